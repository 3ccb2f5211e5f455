#include "ner/internal/dated_roles.h"

#include <algorithm>
#include <unordered_set>

#include "ner/tagger.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace newsgraph::ner {
namespace {

// The gazetteer people among `candidates` with a role held on `date` (and,
// when `affiliation` is given, serving it under the title `title`).
std::vector<uint32_t> Holders(const gazetteer::Gazetteer& gaz,
                              const std::vector<uint32_t>& candidates, const std::string& date,
                              const std::string& affiliation = "", const std::string& title = "") {
  std::vector<uint32_t> out;
  for (uint32_t g : candidates) {
    for (const gazetteer::RoleView r : gaz.entry(g).roles) {
      if (!HeldOn(r, date)) continue;
      if (!affiliation.empty() &&
          (r.affiliation != affiliation || text::AsciiLower(r.title) != title))
        continue;
      out.push_back(g);
      break;
    }
  }
  return out;
}

// Document people's surnames: a bare surname one of them has is theirs.
std::unordered_set<std::string> DocumentSurnames(const Work& w) {
  std::unordered_set<std::string> out;
  for (const DocEntity& e : w.out->entities) {
    if (e.type != "PERSON") continue;
    std::vector<std::string> keys = text::NameKeys(e.name);
    for (const std::string& k : keys) out.insert(k);
  }
  return out;
}

bool NamedInSentence(const Work& w, const std::string& key, uint32_t sentence) {
  for (const Mention& o : w.out->mentions) {
    if (o.sentence == sentence && w.out->entities[o.entity].key == key) return true;
  }
  return false;
}

void AddPerson(Work* w, const gazetteer::EntryView g, uint32_t first, uint32_t end,
               const char* rule) {
  uint32_t e = w->Entity(std::string(g.id), std::string(g.name), std::string(g.type), false, 0.6f);
  w->AddMention(first, end, e, MatchKind::kCoref, 0.6f, rule);
}

// "Lavrov said": a capitalised word no mention covers, outside a headline
// and not part of a longer name, that is the surname of exactly one person
// in office.
void BareSurnames(Work* w, const EntityTagger& tagger) {
  const text::Document& d = w->doc;
  const gazetteer::Gazetteer& gaz = w->matcher.gazetteer();
  const std::unordered_set<std::string> named = DocumentSurnames(*w);
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    const text::Token& tok = d.tokens[t];
    if (!w->Free(t) || !w->IsCapWord(t) || tok.Is(text::kAllCaps) || w->headline[tok.sentence] ||
        tok.norm.size() < 3 || named.count(tok.norm) ||
        w->lexicon.Has(WordList::kStopword, tok.norm) || w->lexicon.IsGivenName(tok.norm)) {
      continue;
    }
    // Part of a longer capitalised name ("Lavrov Street") is not the person.
    if ((t + 1 < d.tokens.size() && w->IsCapWord(t + 1) &&
         d.tokens[t + 1].sentence == tok.sentence) ||
        (t > 0 && w->IsCapWord(t - 1))) {
      continue;
    }
    const std::vector<uint32_t> people = tagger.PeopleWithSurname(tok.norm);
    if (people.empty()) continue;
    std::vector<uint32_t> holders = Holders(gaz, people, d.date);
    if (holders.size() == 1) AddPerson(w, gaz.entry(holders[0]), t, t + 1, "surname-office-holder");
  }
}

// "the Russian president", "Japan's foreign minister": a country mention
// after "the" or with 's, then one to three lower-case
// words ending the phrase that are a role title of exactly one person
// serving that country on the date; the longest title wins.
void RoleDescriptions(Work* w, const EntityTagger& tagger) {
  const text::Document& d = w->doc;
  const gazetteer::Gazetteer& gaz = w->matcher.gazetteer();
  const size_t num_mentions = w->out->mentions.size();
  for (size_t i = 0; i < num_mentions; ++i) {
    const Mention m = w->out->mentions[i];
    const DocEntity& country = w->out->entities[m.entity];
    if (country.type != "COUNTRY" || country.discovered) continue;
    uint32_t t = m.end_token;
    const bool after_the = m.first_token > 0 && d.tokens[m.first_token - 1].norm == "the";
    if (t < d.tokens.size() && d.tokens[t].Is(text::kPossessive)) {
      ++t;  // "Japan's foreign minister"
    } else if (!after_the) {
      continue;  // "the Russian president", "the U.S. secretary of state"
    }
    // Not when a name stands in apposition: "Ivo Marek, the Czech defence
    // minister," / "the Czech defence minister, Ivo Marek,".
    auto person_at = [&](uint32_t u) {
      return u < d.tokens.size() && w->owner[u] >= 0 &&
             w->out->entities[w->out->mentions[w->owner[u]].entity].type == "PERSON";
    };
    const uint32_t open = m.first_token - (after_the ? 1 : 0);
    if (open >= 2 && d.tokens[open - 1].norm == "," && person_at(open - 2)) continue;
    std::vector<std::string> words;
    for (uint32_t u = t; u < d.tokens.size() && u < t + 3; ++u) {
      const text::Token& k = d.tokens[u];
      if (!k.Is(text::kWord) || k.Is(text::kCapital) || !w->Free(u) || k.sentence != m.sentence)
        break;
      words.push_back(k.norm);
    }
    for (size_t n = words.size(); n >= 1; --n) {
      // A name right after the title is the person ("the Russian
      // president Boris Yeltsin"), whoever held the office on the date.
      const uint32_t after = t + static_cast<uint32_t>(n);
      if (after < d.tokens.size() && w->IsCapWord(after) && d.tokens[after].sentence == m.sentence)
        break;
      if (after + 1 < d.tokens.size() && d.tokens[after].norm == "," && person_at(after + 1)) break;
      std::string title;
      for (size_t k = 0; k < n; ++k) title += (k ? " " : "") + words[k];
      const std::vector<uint32_t>* people = tagger.RoleHolders(country.key, title);
      if (people == nullptr) continue;
      std::vector<uint32_t> holders = Holders(gaz, *people, d.date, country.key, title);
      // Not when the sentence names the holder already ("X became
      // Indonesia's president").
      if (holders.size() == 1 &&
          !NamedInSentence(*w, std::string(gaz.entry(holders[0]).id), m.sentence)) {
        AddPerson(w, gaz.entry(holders[0]), t, after, "role-holder");
      }
      break;
    }
  }
}

}  // namespace

bool HeldOn(const gazetteer::RoleView& role, const std::string& date) {
  if (date.empty() || role.start.empty()) return false;
  if (date.compare(0, std::min(date.size(), role.start.size()), role.start, 0,
                   std::min(date.size(), role.start.size())) < 0) {
    return false;
  }
  if (!role.end.empty()) {
    const size_t n = std::min(date.size(), role.end.size());
    if (date.compare(0, n, role.end, 0, n) > 0) return false;
  }
  return true;
}

void ResolveDatedRoles(Work* w, const EntityTagger& tagger) {
  if (w->doc.date.empty()) return;
  RoleDescriptions(w, tagger);
  BareSurnames(w, tagger);
}

}  // namespace newsgraph::ner

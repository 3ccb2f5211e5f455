#include "ner/internal/coref.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "ner/tagger.h"
#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

// Does a gazetteer person hold an office of this title category (the
// lexicon's role words: "President Yoon" wants a role with "President")?
bool HoldsOffice(const Lexicon& lexicon, const gazetteer::EntryView e,
                 const std::string& category) {
  // "Mr Bell" says nothing about an office: with a large gazetteer a unique
  // surname is no evidence that the text means that person.
  if (category == "honorific" || category.empty()) return false;
  for (const gazetteer::RoleView r : e.roles) {
    if (lexicon.RoleFits(r.title, category)) return true;
  }
  return false;
}

bool FamilyNameFirst(const Work& w, const DocEntity& e) {
  if (!e.discovered) {
    int64_t i = w.matcher.gazetteer().Find(e.key);
    if (i >= 0) {
      for (const gazetteer::RoleView r :
           w.matcher.gazetteer().entry(static_cast<uint32_t>(i)).roles) {
        if (w.lexicon.IsFamilyNameFirstCountry(r.affiliation)) return true;
      }
    }
  }
  // "Cho Tae-yul", "Kim Jong-un": a hyphenated given name after the family name.
  size_t space = e.name.find(' ');
  return space != std::string::npos && e.name.find('-', space) != std::string::npos;
}

}  // namespace

std::vector<std::string> ShortForms(const std::string& name, bool family_name_first) {
  std::string first, last;
  if (!gazetteer::NameEndKeys(name, &first, &last)) return {};
  std::vector<std::string> out = {last};
  if (family_name_first) out.push_back(first);
  return out;
}

namespace {

// The tokens of a document by their folded form, each list in text order:
// built once per document, so that a search for a word visits its own
// occurrences only (a 5 MB file has ~1M tokens and thousands of "Mr X").
class TokensByNorm {
 public:
  explicit TokensByNorm(const text::Document& d) : doc_(d) {}
  const std::vector<uint32_t>& Of(const std::string& norm) {
    if (index_.empty()) {
      for (uint32_t u = 0; u < doc_.tokens.size(); ++u) index_[doc_.tokens[u].norm].push_back(u);
    }
    auto it = index_.find(norm);
    return it == index_.end() ? none_ : it->second;
  }

 private:
  const text::Document& doc_;
  std::unordered_map<std::string_view, std::vector<uint32_t>> index_;
  const std::vector<uint32_t> none_;
};

// For a titled surname ("Mr Tsuda"), the one place the document writes it
// after a capitalised word that is not a title, function word or sentence
// opener ("Shiro Tsuda"): the surname's token there, else 0.
uint32_t FullNameElsewhere(const Work& w, uint32_t surname, TokensByNorm* tokens) {
  const text::Document& d = w.doc;
  const std::string& key = d.tokens[surname].norm;
  uint32_t found = 0;
  std::string given;
  for (uint32_t u : tokens->Of(key)) {
    if (u == 0 || u == surname || !w.Free(u) || !w.Free(u - 1)) continue;
    const text::Token& g = d.tokens[u - 1];
    const uint32_t sentence = d.tokens[u].sentence;
    if (g.sentence != sentence || w.headline[sentence] ||
        d.sentences[sentence].first_token == u - 1 || w.LineBreakBefore(u)) {
      continue;
    }
    if (!w.IsCapWord(u - 1) || g.Is(text::kAllCaps) || w.lexicon.Has(WordList::kStopword, g.norm) ||
        w.lexicon.Has(WordList::kHonorific, g.norm) || w.lexicon.Has(WordList::kOrgHead, g.norm)) {
      continue;
    }
    if (found != 0 && g.norm != given) return 0;  // two different first names
    found = u;
    given = g.norm;
  }
  return found;
}

}  // namespace

void ResolveSurnames(Work* w, const EntityTagger& tagger,
                     const std::vector<PendingSurname>& pending) {
  const text::Document& d = w->doc;
  // Short form -> document people it could refer to.
  std::unordered_map<std::string, std::unordered_set<uint32_t>> by_short;
  for (uint32_t e = 0; e < w->out->entities.size(); ++e) {
    const DocEntity& ent = w->out->entities[e];
    if (ent.type != "PERSON") continue;
    for (const std::string& k : ShortForms(ent.name, FamilyNameFirst(*w, ent)))
      by_short[k].insert(e);
  }
  auto unique_person = [&](const std::string& key, uint32_t* entity) {
    auto it = by_short.find(key);
    if (it == by_short.end() || it->second.size() != 1) return false;
    *entity = *it->second.begin();
    return true;
  };

  // Titled one-word names: the document's people first, then the gazetteer.
  TokensByNorm tokens_by_norm(d);
  for (const PendingSurname& p : pending) {
    if (!w->Free(p.token)) continue;
    const std::string& key = d.tokens[p.token].norm;
    uint32_t entity;
    if (unique_person(key, &entity)) {
      w->AddMention(p.token, p.token + 1, entity, MatchKind::kCoref, 0.9f, "title-surname");
      continue;
    }
    int found = -1, count = 0;
    for (uint32_t g : tagger.PeopleWithSurname(key)) {
      if (HoldsOffice(w->lexicon, w->matcher.gazetteer().entry(g), p.category)) {
        found = static_cast<int>(g);
        ++count;
      }
    }
    if (count == 1) {
      const gazetteer::EntryView g = w->matcher.gazetteer().entry(static_cast<uint32_t>(found));
      uint32_t e =
          w->Entity(std::string(g.id), std::string(g.name), std::string(g.type), false, 0.7f);
      w->AddMention(p.token, p.token + 1, e, MatchKind::kCoref, 0.7f, "title-surname-gazetteer");
      by_short[key].insert(e);
    } else if (uint32_t given = FullNameElsewhere(*w, p.token, &tokens_by_norm); given != 0) {
      // "Mr Tsuda" in a story that also writes "Shiro Tsuda": that person.
      const uint32_t u = given;
      std::string name(d.Slice(text::Span{d.tokens[u - 1].span.begin, d.tokens[u].span.end}));
      uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.6f);
      w->AddMention(u - 1, u + 1, e, MatchKind::kRule, 0.6f, "surname-full-name");
      w->AddMention(p.token, p.token + 1, e, MatchKind::kCoref, 0.6f, "title-surname");
      by_short[key].insert(e);
    } else {
      std::string name(d.TokenText(p.token));
      uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.5f);
      w->AddMention(p.token, p.token + 1, e, MatchKind::kRule, 0.5f, "title-name");
    }
  }

  // Bare surnames anywhere in the document.
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    if (!w->Free(t) || !w->IsCapWord(t)) continue;
    uint32_t entity;
    if (!unique_person(d.tokens[t].norm, &entity)) continue;
    const text::Sentence& s = d.sentences[d.tokens[t].sentence];
    auto other_name_word = [&](uint32_t u) {
      return w->Free(u) && w->IsCapWord(u) &&
             !w->lexicon.Has(WordList::kStopword, d.tokens[u].norm);
    };
    if (t > s.first_token && !w->IsSentenceStart(t - 1) && other_name_word(t - 1)) continue;
    if (t + 1 < s.end_token && other_name_word(t + 1)) continue;
    w->AddMention(t, t + 1, entity, MatchKind::kCoref, 0.9f, "surname");
  }
}

}  // namespace newsgraph::ner

#include "ner/tagger.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "ner/internal/coref.h"
#include "ner/internal/dated_roles.h"
#include "ner/internal/name_rules.h"
#include "ner/internal/work.h"
#include "text/dateline.h"
#include "text/tokenizer.h"
#include "text/utf8.h"

namespace newsgraph::ner {
namespace {

using gazetteer::NameKind;

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A number of one to three digits: a score, a place in a table.
bool IsSmallNumber(std::string_view s) { return s.size() <= 3 && AllDigits(s); }

// A score such as "2-1" starting at token t (one token or three glued ones),
// not part of a date ("1996-08-28").
bool IsScoreAt(const text::Document& d, uint32_t t) {
  auto glued = [&](uint32_t a) {
    return a > 0 && d.tokens[a].span.begin == d.tokens[a - 1].span.end;
  };
  std::string_view a = d.TokenText(t);
  if (glued(t) && d.tokens[t - 1].Is(text::kHyphen)) return false;
  size_t dash = a.find('-');
  if (dash != std::string_view::npos) {
    return IsSmallNumber(a.substr(0, dash)) && IsSmallNumber(a.substr(dash + 1)) &&
           !(t + 1 < d.tokens.size() && glued(t + 1) && d.tokens[t + 1].Is(text::kHyphen));
  }
  return IsSmallNumber(a) && t + 2 < d.tokens.size() && d.tokens[t + 1].Is(text::kHyphen) &&
         glued(t + 1) && glued(t + 2) && IsSmallNumber(d.TokenText(t + 2)) &&
         !(t + 3 < d.tokens.size() && glued(t + 3) && d.tokens[t + 3].Is(text::kHyphen));
}

// Sports stories: three different sports words, one of them a strong one
// ("striker", "innings"; "win", "season" are weak), or two scores.
bool IsSportsStory(const text::Document& d, const Lexicon& lexicon) {
  std::unordered_set<std::string_view> words;
  int strong = 0, scores = 0;
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    const text::Token& k = d.tokens[t];
    if (k.Is(text::kHasDigit)) {
      if (IsScoreAt(d, t) && ++scores >= 2) return true;
    } else if (k.Is(text::kWord) &&
               (!k.Is(text::kCapital) ||
                k.Is(text::kAllCaps))) {  // "league", "LEAGUE", not "Arab League"
      int kind = lexicon.SportsWord(k.norm);
      if (kind == 0 || !words.insert(k.norm).second) continue;
      if (kind == 2) ++strong;
      if (words.size() >= 3 && strong >= 1) return true;
    }
  }
  return false;
}

void TeamsNamedAfterCities(Work* w) {
  const text::Document& d = w->doc;
  const size_t n = w->out->mentions.size();
  for (size_t i = 0; i < n; ++i) {
    Mention& m = w->out->mentions[i];
    if (m.end_token <= m.first_token || m.how == MatchKind::kRule) continue;
    const DocEntity& city = w->out->entities[m.entity];
    if (city.type != "CITY" && city.type != "REGION") continue;
    // The home nations field national sides, as countries do ("England 3 Wales 1").
    if (w->lexicon.FieldsNationalSides(city.key)) continue;
    const text::Sentence& s = d.sentences[m.sentence];
    bool next = m.end_token < s.end_token && IsSmallNumber(d.TokenText(m.end_token));
    bool before = m.first_token >= s.first_token + 2 &&
                  IsSmallNumber(d.TokenText(m.first_token - 1)) &&
                  d.tokens[m.first_token - 2].Is(text::kWord) &&
                  !d.tokens[m.first_token - 2].Is(text::kHasDigit);
    // "victory over Atlanta"; "KANSAS CITY AT DETROIT" (a schedule line: the
    // visitors, then the place they play at).
    bool opponent = m.first_token > s.first_token &&
                    w->lexicon.Has(WordList::kOpponentWord, d.tokens[m.first_token - 1].norm);
    bool host = m.end_token + 1 < s.end_token && d.tokens[m.end_token].norm == "at" &&
                d.tokens[m.end_token].Is(text::kAllCaps) && !w->Free(m.end_token + 1);
    if (!next && !before && !opponent && !host) continue;
    std::string name = city.name;
    uint32_t team = w->Entity(Work::DiscoveredKey("ORG", name), name, "ORG", true, 0.6f);
    m.entity = team;
    m.how = MatchKind::kRule;
    m.confidence = 0.6f;
    m.rule = "team-of-city";
  }
}

int TypeRank(std::string_view type) {
  if (type == "COUNTRY") return 0;
  if (type == "ORG") return 1;
  if (type == "PERSON") return 2;
  return 3;
}

MatchKind KindOf(NameKind k) {
  switch (k) {
    case NameKind::kName:
      return MatchKind::kName;
    case NameKind::kAlias:
      return MatchKind::kAlias;
    case NameKind::kAcronym:
      return MatchKind::kAcronym;
    case NameKind::kDemonym:
      return MatchKind::kDemonym;
    case NameKind::kCapital:
      return MatchKind::kCapital;
    case NameKind::kShortForm:
      return MatchKind::kCoref;
  }
  return MatchKind::kName;
}

// Title case or capitals: at least four words, and every word but the
// lexicon's minor words ("of", "the") capitalised ("Britain's Minister Sees
// Deal Soon"). Used for the first sentence of a document.
bool IsHeadline(const text::Document& d, const text::Sentence& s, const Lexicon& lexicon) {
  int words = 0, lower = 0;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const text::Token& k = d.tokens[t];
    if (!k.Is(text::kWord) || k.Is(text::kHasDigit)) continue;
    if (lexicon.Has(WordList::kMinorWord, k.norm)) continue;
    ++words;
    if (!k.Is(text::kCapital)) ++lower;
  }
  return words >= 4 && lower == 0;
}

struct Raw {
  uint32_t first = 0, end = 0;
  std::vector<uint32_t> patterns;
  bool name_part = false;  // looks like a part of a longer, unknown name
  bool as_place = false;   // a capital naming the city, not the government
  bool airline = false;    // "Air France": the place names an airline
};

// The one country the offices of gazetteer person `id` serve: a role's
// affiliation that is a country, or the country of a national organisation
// (a party, a ministry); empty when none or several.
std::string HomeCountry(const gazetteer::Gazetteer& gaz, const std::string& id) {
  const int64_t i = gaz.Find(id);
  if (i < 0) return "";
  std::string home;
  for (const gazetteer::RoleView r : gaz.entry(static_cast<uint32_t>(i)).roles) {
    std::string country;
    if (r.affiliation.starts_with("country:")) {
      country = r.affiliation;
    } else if (const int64_t org = gaz.Find(r.affiliation); org >= 0) {
      country = gaz.entry(static_cast<uint32_t>(org)).country;
    }
    if (country.empty()) continue;
    if (!home.empty() && home != country) return "";
    home = country;
  }
  return home;
}

// A business word right after the name, after its 's, or right before it:
// "Intel's board", "Ford shares fell", "chipmaker Intel".
bool IsCompanyContext(const text::Document& d, const text::Sentence& s, const Raw& r,
                      const Lexicon& lexicon) {
  uint32_t next = r.end;
  if (next < s.end_token && d.tokens[next].Is(text::kPossessive)) ++next;
  if (next < s.end_token && lexicon.Has(WordList::kBusinessWord, d.tokens[next].norm)) return true;
  return r.first > s.first_token &&
         lexicon.Has(WordList::kBusinessWord, d.tokens[r.first - 1].norm) &&
         !d.tokens[r.first - 1].Is(text::kCapital);
}

// A dateline: the match is the upper-case place that opens the sentence,
// followed by a comma, a dash, a date or an agency in brackets ("SEOUL, Nov.
// 4 -", "LONDON 1996-08-30", "WASHINGTON (Reuters) -"); text/dateline.h.
bool IsDateline(const text::Document& d, const Work& w, uint32_t t, uint32_t end) {
  if (!w.IsSentenceStart(t) || end == t) return false;
  const text::Sentence& s = d.sentences[d.tokens[t].sentence];
  const uint32_t begin = d.tokens[t].span.begin;
  const size_t place = text::DatelinePlaceLength(d.Slice({begin, s.span.end}));
  return place > 0 && begin + place == d.tokens[end - 1].span.end;
}

}  // namespace

namespace {
bool HasCapitalNameImpl(const gazetteer::Matcher& m, const Raw& r) {
  for (uint32_t p : r.patterns) {
    const gazetteer::Pattern& pat = m.pattern(p);
    if (m.gazetteer().entry(pat.entry).names[pat.name].kind == NameKind::kCapital) return true;
  }
  return false;
}
}  // namespace

EntityTagger::EntityTagger(const gazetteer::Matcher& matcher, const Lexicon& lexicon,
                           TaggerOptions options, const gazetteer::Matcher* short_forms)
    : matcher_(matcher), short_forms_(short_forms), lexicon_(lexicon), options_(options) {
  // Everyone's last name is indexed in the gazetteer; here only what needs
  // the lexicon: role holders, and the family name of people serving a
  // country that writes it first (only people with roles).
  const gazetteer::Gazetteer& gaz = matcher.gazetteer();
  std::string first, last;
  for (uint32_t e : gaz.entries_with_roles()) {
    const gazetteer::EntryView entry = gaz.entry(e);
    if (entry.type != "PERSON") continue;
    for (const gazetteer::RoleView r : entry.roles) {
      std::vector<uint32_t>& v =
          role_holders_[std::string(r.affiliation) + "|" + text::AsciiLower(r.title)];
      if (v.empty() || v.back() != e) v.push_back(e);
    }
    bool family_first = false;
    for (const gazetteer::RoleView r : entry.roles) {
      if (lexicon_.IsFamilyNameFirstCountry(r.affiliation)) family_first = true;
    }
    // "Edward Yau Tang-wah": a Western given name first is not a family name.
    if (family_first) {
      std::vector<std::string> keys = text::NameKeys(entry.name);
      if (!keys.empty() && lexicon_.IsGivenName(keys.front())) family_first = false;
    }
    if (family_first && gazetteer::NameEndKeys(entry.name, &first, &last)) {
      family_names_[first].push_back(e);
    }
  }
}

// Short forms ("the North") count only for entries the document names
// otherwise, and only over tokens no other mention covers.
void EntityTagger::TagShortForms(Work* w) const {
  if (short_forms_ == nullptr || short_forms_->num_patterns() == 0) return;
  const text::Document& d = w->doc;
  const gazetteer::Gazetteer& gaz = short_forms_->gazetteer();
  std::vector<uint32_t> ids, patterns;
  short_forms_->Lookup(d, &ids);
  for (const text::Sentence& s : d.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      uint32_t end = 0;
      if (ids[i] == 0 || !w->Free(i) ||
          !short_forms_->LongestAt(d, ids, i, s.end_token, &patterns, &end)) {
        continue;
      }
      for (uint32_t p : patterns) {
        const gazetteer::EntryView e = gaz.entry(short_forms_->pattern(p).entry);
        auto it = w->entity_index.find(std::string(e.id));
        if (it == w->entity_index.end()) continue;
        if (w->AddMention(i, end, it->second, MatchKind::kCoref, 0.9f, "short-form")) {
          i = end - 1;
          break;
        }
      }
    }
  }
}

const std::vector<uint32_t>* EntityTagger::RoleHolders(const std::string& affiliation,
                                                       const std::string& title) const {
  auto it = role_holders_.find(affiliation + "|" + title);
  return it == role_holders_.end() ? nullptr : &it->second;
}

std::vector<uint32_t> EntityTagger::PeopleWithSurname(const std::string& key) const {
  const std::span<const uint32_t> by_last = matcher_.gazetteer().PeopleWithLastName(key);
  auto it = family_names_.find(key);
  if (it == family_names_.end()) return {by_last.begin(), by_last.end()};
  std::vector<uint32_t> out;
  std::set_union(by_last.begin(), by_last.end(), it->second.begin(), it->second.end(),
                 std::back_inserter(out));
  return out;
}

void EntityTagger::Tag(text::Document doc, TaggedDocument* out) const {
  out->doc = std::move(doc);
  out->entities.clear();
  out->mentions.clear();
  const text::Document& d = out->doc;
  const gazetteer::Gazetteer& gaz = matcher_.gazetteer();
  Work w{d, matcher_, lexicon_, out, std::vector<int>(d.tokens.size(), -1), {}, {}};
  w.headline.reserve(d.sentences.size());
  // Only the first line of a story is taken for a headline: title-case runs
  // later on are lists and tables of names.
  for (const text::Sentence& s : d.sentences) {
    w.headline.push_back(w.headline.empty() && IsHeadline(d, s, lexicon_));
  }

  // In a sports story a club named after its city is the club. Looked at
  // only when a club's ambiguous name or a city asks (most stories have none).
  int sports_story = -1;
  auto sports = [&] {
    if (sports_story < 0) sports_story = IsSportsStory(d, lexicon_) ? 1 : 0;
    return sports_story == 1;
  };

  // 1. Longest gazetteer matches, sentence by sentence.
  std::vector<uint32_t> ids;
  matcher_.Lookup(d, &ids);
  std::vector<Raw> raws;
  std::vector<int> raw_at(d.tokens.size(), -1);
  std::vector<uint32_t> patterns;
  for (const text::Sentence& s : d.sentences) {
    uint32_t i = s.first_token;
    while (i < s.end_token) {
      uint32_t end = 0;
      if (ids[i] != 0 && matcher_.LongestAt(d, ids, i, s.end_token, &patterns, &end)) {
        for (uint32_t t = i; t < end; ++t) raw_at[t] = static_cast<int>(raws.size());
        raws.push_back(Raw{i, end, patterns, false});
        i = end;
      } else {
        ++i;
      }
    }
  }

  // 2. A one-word place or ambiguous name next to an unknown capitalised
  // word is probably part of a longer name ("George Washington University").
  auto is_name_word = [&](uint32_t t) {
    return w.IsCapWord(t) && raw_at[t] < 0 &&
           !lexicon_.Has(WordList::kStopword, d.tokens[t].norm) && !d.tokens[t].Is(text::kHasDigit);
  };
  for (Raw& r : raws) {
    if (r.end < d.sentences[d.tokens[r.first].sentence].end_token && w.IsCapWord(r.end) &&
        raw_at[r.end] < 0 && lexicon_.Has(WordList::kEventHead, d.tokens[r.end].norm)) {
      r.name_part = true;  // "the U.S. Open", "the Hong Kong Masters": an event
      continue;
    }
    if (r.first > 0 && d.TokenText(r.first - 1) == "Air" && raw_at[r.first - 1] < 0 &&
        d.tokens[r.first - 1].sentence == d.tokens[r.first].sentence &&
        !(r.first > 1 && w.IsCapWord(r.first - 2) && !w.IsSentenceStart(r.first - 1))) {
      r.name_part = r.airline = true;  // "Air France", "Air New Zealand"
      continue;
    }
    if (IsDateline(d, w, r.first, r.end) && HasCapitalNameImpl(matcher_, r)) {
      r.as_place = true;  // "MOSCOW, March 3 -" places the story, not the government
      continue;
    }
    if (r.end - r.first != 1) continue;
    bool risky = false;
    for (uint32_t p : r.patterns) {
      const gazetteer::Pattern& pat = matcher_.pattern(p);
      const gazetteer::EntryView e = gaz.entry(pat.entry);
      const gazetteer::NameView n = e.names[pat.name];
      if (n.kind == NameKind::kCapital || n.ambiguous || TypeRank(e.type) == 3) risky = true;
    }
    const uint32_t sb = d.sentences[d.tokens[r.first].sentence].first_token;
    const uint32_t se = d.sentences[d.tokens[r.first].sentence].end_token;
    // A one-word company name after a given name is a surname ("Jean Dupont",
    // "John Cummins"), even at the start of a sentence.
    if (r.first > sb && is_name_word(r.first - 1) &&
        lexicon_.IsGivenName(d.tokens[r.first - 1].norm) &&
        std::all_of(r.patterns.begin(), r.patterns.end(), [&](uint32_t p) {
          return gaz.entry(matcher_.pattern(p).entry).kind == "company";
        })) {
      r.name_part = true;
      continue;
    }
    if (!risky) continue;
    if (r.first > sb && !w.IsSentenceStart(r.first - 1) && is_name_word(r.first - 1))
      r.name_part = true;
    if (r.end < se && is_name_word(r.end)) r.name_part = true;
  }

  // 3. Entries named unambiguously somewhere in the document; `named` are
  // those named by more than their capital.
  std::unordered_set<uint32_t> secure, named;
  for (const Raw& r : raws) {
    if (r.name_part || r.as_place) continue;
    bool clean = true, capital = false;
    uint32_t entry = matcher_.pattern(r.patterns[0]).entry;
    for (uint32_t p : r.patterns) {
      const gazetteer::Pattern& pat = matcher_.pattern(p);
      const gazetteer::NameView n = gaz.entry(pat.entry).names[pat.name];
      if (pat.entry != entry || n.ambiguous || n.kind == NameKind::kShortForm) clean = false;
      capital = capital || n.kind == NameKind::kCapital;
    }
    if (clean) secure.insert(entry);
    if (clean && !capital) named.insert(entry);
  }

  // 4. Choose one entry per match; ambiguous ones wait for context.
  auto choose = [&](const Raw& r, bool allow_ambiguous) -> int {
    int best = -1;
    // A club named after its town, in a sports story, unless the words are
    // the place itself: "played in Milan", a dateline "MILAN 1996-08-30"
    // ("moved to Milan" stays the club: transfers).
    const std::string_view before =
        r.first > 0 ? std::string_view(d.tokens[r.first - 1].norm) : std::string_view();
    auto club_context = [&] {
      return !IsDateline(d, w, r.first, r.end) &&
             !(before == "in" || before == "at" ||
               before == "near") &&  // not "to", "from": transfers
             sports();
    };
    auto rank = [&](uint32_t p) {
      const gazetteer::Pattern& pat = matcher_.pattern(p);
      const gazetteer::EntryView e = gaz.entry(pat.entry);
      return std::make_tuple(secure.count(pat.entry) ? 0 : 1, TypeRank(e.type),
                             static_cast<int>(e.names[pat.name].kind));
    };
    for (uint32_t p : r.patterns) {
      const gazetteer::Pattern& pat = matcher_.pattern(p);
      const gazetteer::NameView n = gaz.entry(pat.entry).names[pat.name];
      bool known = secure.count(pat.entry) > 0;
      if (n.kind == NameKind::kShortForm && !known) continue;
      // A dateline names a capital ("WASHINGTON (Reuters) -" is the city, not the state).
      const bool dateline_capital = r.as_place && n.kind == NameKind::kCapital;
      if (n.ambiguous && !known && !allow_ambiguous && !dateline_capital &&
          !(gaz.entry(pat.entry).kind == "club" && club_context())) {
        continue;
      }
      if (best < 0 || rank(p) < rank(static_cast<uint32_t>(best))) best = static_cast<int>(p);
    }
    return best;
  };
  auto accept = [&](const Raw& r, uint32_t p, float confidence) {
    for (uint32_t t = r.first; t < r.end; ++t) {
      if (!w.Free(t)) return;  // taken by a name rule: no entity without a mention
    }
    const gazetteer::Pattern& pat = matcher_.pattern(p);
    const gazetteer::EntryView e = gaz.entry(pat.entry);
    if (e.names[pat.name].kind == NameKind::kCapital &&
        (r.as_place ||
         (!named.count(pat.entry) && r.first > 0 &&
          lexicon_.Has(WordList::kPlacePreposition, d.tokens[r.first - 1].norm) &&
          !(r.first > 1 && lexicon_.Has(WordList::kTravelWord, d.tokens[r.first - 2].norm))))) {
      // "met in Brussels" in a story that never names Belgium: the city; but
      // "arrived in Moscow" is a visit to the country.
      uint32_t city = w.Entity("city-of:" + std::string(e.id) + ":" + d.tokens[r.first].norm,
                               std::string(e.names[pat.name].text), "CITY", false, 1.0f);
      w.out->entities[city].country = e.id;
      w.AddMention(r.first, r.end, city, MatchKind::kName, confidence, "capital-as-place");
      return;
    }
    uint32_t entity =
        w.Entity(std::string(e.id), std::string(e.name), std::string(e.type), false, 1.0f);
    if (e.type == "CITY" || e.type == "REGION" || e.type == "ORG")
      w.out->entities[entity].country = e.country;
    w.AddMention(r.first, r.end, entity, KindOf(e.names[pat.name].kind), confidence, "");
  };
  std::vector<const Raw*> deferred;
  for (const Raw& r : raws) {
    if (r.name_part) continue;
    int p = choose(r, false);
    if (p >= 0) {
      const gazetteer::Pattern& pat = matcher_.pattern(static_cast<uint32_t>(p));
      bool short_form = gaz.entry(pat.entry).names[pat.name].kind == NameKind::kShortForm;
      accept(r, static_cast<uint32_t>(p), short_form ? 0.9f : 1.0f);
    } else if (choose(r, true) >= 0) {
      deferred.push_back(&r);
    }
  }

  for (const Raw& r : raws) {
    if (!r.airline) continue;
    std::string name(
        d.Slice(text::Span{d.tokens[r.first - 1].span.begin, d.tokens[r.end - 1].span.end}));
    uint32_t e = w.Entity(Work::DiscoveredKey("ORG", name), name, "ORG", true, 0.7f);
    w.AddMention(r.first - 1, r.end, e, MatchKind::kRule, 0.7f, "airline");
  }

  // 5. Name rules over what is left.
  std::vector<PendingSurname> pending;
  if (options_.discover) ApplyNameRules(&w, &pending);

  // 6. Ambiguous names with context that shows the gazetteer meaning, and
  // that are not the surname of a person the document names.
  std::unordered_set<std::string> person_short_forms;
  for (const DocEntity& e : out->entities) {
    if (e.type == "PERSON") {
      for (const std::string& k : ShortForms(e.name, false)) person_short_forms.insert(k);
    }
  }
  for (const Raw* r : deferred) {
    if (r->end - r->first == 1 && person_short_forms.count(d.tokens[r->first].norm)) continue;
    const text::Sentence& s = d.sentences[d.tokens[r->first].sentence];
    bool cue = r->first > s.first_token &&
               lexicon_.Has(WordList::kLocationCue, d.tokens[r->first - 1].norm);
    if (!cue && r->end + 1 < s.end_token && d.tokens[r->end].Is(text::kPossessive) &&
        w.IsCapWord(r->end + 1)) {
      cue = true;  // "Jordan's King Abdullah"
    }
    if (!cue && !w.IsSentenceStart(r->first) && d.tokens[r->first].Is(text::kCapital)) {
      for (uint32_t t = s.first_token; t < s.end_token && !cue; ++t) {
        if (w.owner[t] < 0) continue;
        const DocEntity& e = out->entities[out->mentions[w.owner[t]].entity];
        cue = e.type == "COUNTRY";
      }
    }
    int p = choose(*r, true);
    if (p < 0) continue;
    const gazetteer::EntryView chosen = gaz.entry(matcher_.pattern(static_cast<uint32_t>(p)).entry);
    if (!cue && !(chosen.kind == "company" && IsCompanyContext(d, s, *r, lexicon_))) continue;
    // The cues above speak of places and organisations: an ambiguous person's
    // name ("the life of Michael Collins") waits for the unambiguous name.
    if (chosen.type == "PERSON") continue;
    // Nor do they settle a club's: "a speech in Burnley" is the town.
    if (chosen.kind == "club") continue;
    accept(*r, static_cast<uint32_t>(p), 0.8f);
  }

  // 6b. In a sports story, a city next to a score or a table's numbers is
  // its team: "CHICAGO 74 55 .574", "Boston 5 Chicago 3".
  if (std::any_of(out->entities.begin(), out->entities.end(),
                  [](const DocEntity& e) { return e.type == "CITY" || e.type == "REGION"; }) &&
      sports()) {
    TeamsNamedAfterCities(&w);
  }

  // 7. Coreference within the document.
  if (options_.coref) {
    ApplyAcronymDefinitions(&w);
    ResolveSurnames(&w, *this, pending);
    TagShortForms(&w);
    ResolveDatedRoles(&w, *this);
  }

  // 8. Drop cleared mentions and unused entities; sort; collect aliases.
  std::vector<Mention> kept;
  kept.reserve(out->mentions.size());
  for (Mention& m : out->mentions) {
    if (m.end_token > m.first_token) kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  std::vector<int> remap(out->entities.size(), -1);
  std::vector<DocEntity> entities;
  for (Mention& m : kept) {
    if (remap[m.entity] < 0) {
      remap[m.entity] = static_cast<int>(entities.size());
      entities.push_back(std::move(out->entities[m.entity]));
    }
    m.entity = static_cast<uint32_t>(remap[m.entity]);
    DocEntity& e = entities[m.entity];
    std::string surface(d.Slice(m.span));
    if (surface != e.name &&
        std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) {
      e.aliases.push_back(std::move(surface));
    }
  }
  out->mentions = std::move(kept);
  out->entities = std::move(entities);
  for (DocEntity& e : out->entities) {
    if (e.type == "PERSON" && !e.discovered) e.home = HomeCountry(gaz, e.key);
  }
}

}  // namespace newsgraph::ner

#include "ner/internal/name_rules.h"

#include <unordered_map>
#include <unordered_set>

#include "gazetteer/gazetteer.h"
#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

// Skips a "." glued to the word before it ("Mr." -> "Mr").
uint32_t SkipAbbrevDot(const text::Document& d, uint32_t sb, uint32_t t) {
  if (t > sb + 1 && d.TokenText(t - 1) == "." && d.tokens[t - 2].Is(text::kWord) &&
      d.tokens[t - 2].span.end == d.tokens[t - 1].span.begin) {
    return t - 1;
  }
  return t;
}

bool AllGeneric(const Work& w, uint32_t first, uint32_t end) {
  for (uint32_t t = first; t < end; ++t) {
    const std::string& n = w.doc.tokens[t].norm;
    if (!w.doc.tokens[t].Is(text::kWord)) continue;
    if (!w.lexicon.Has(WordList::kStopword, n) && !w.lexicon.Has(WordList::kOrgHead, n) &&
        !w.lexicon.Has(WordList::kOrgConnector, n)) {
      return false;
    }
  }
  return true;
}

void OrgHeadRule(Work* w) {
  const text::Document& d = w->doc;
  for (const text::Sentence& s : d.sentences) {
    if (w->headline[&s - d.sentences.data()]) continue;
    uint32_t t = s.first_token;
    while (t < s.end_token) {
      const text::Token& tok = d.tokens[t];
      bool country_start = false;
      if (!w->Free(t)) {
        const Mention& m = w->out->mentions[w->owner[t]];
        const DocEntity& e = w->out->entities[m.entity];
        country_start = (e.type == "COUNTRY" || e.type == "CITY" || e.type == "REGION") &&
                        m.end_token < s.end_token && w->IsCapWord(m.end_token) &&
                        w->Free(m.end_token) && m.first_token == t;
        if (!country_start) {
          ++t;
          continue;
        }
      } else if (!w->IsCapWord(t) || w->lexicon.Has(WordList::kNotOrgStart, tok.norm) ||
                 w->lexicon.Has(WordList::kCalendarWord, tok.norm) || tok.Is(text::kHasDigit)) {
        ++t;
        continue;
      }
      // Extend the run, never over a line break.
      const uint32_t line_end = w->LineEnd(t, s.end_token);
      uint32_t j = country_start ? w->out->mentions[w->owner[t]].end_token : t + 1;
      uint32_t last_head = 0;
      bool has_head = false;
      bool after_of = false;  // "Ministry of ...", "Commission for ...": the run names the head
      if (!country_start && w->lexicon.Has(WordList::kOrgHead, tok.norm))
        last_head = t, has_head = true;
      while (j < line_end) {
        const text::Token& k = d.tokens[j];
        if (w->IsCapWord(j) && w->Free(j) && !k.Is(text::kHasDigit) &&
            !w->lexicon.Has(WordList::kCalendarWord, k.norm)) {
          if (w->lexicon.Has(WordList::kOrgHead, k.norm) || after_of)
            last_head = j, has_head = true;
          ++j;
        } else if (k.Is(text::kHyphen) && j + 1 < line_end && w->IsCapWord(j + 1) &&
                   w->Free(j + 1) &&
                   (k.span.begin == d.tokens[j - 1].span.end ||
                    d.tokens[j + 1].span.begin == k.span.end)) {
          ++j;  // "Alfa-Laval", "Alfa -Laval"; a dash spaced on both sides ends the name
                // ("WASHINGTON - A Senate")
        } else if ((k.norm == "of" || k.norm == "for") && j + 2 < line_end &&
                   d.tokens[j + 1].norm == "the" && !d.tokens[j + 1].Is(text::kCapital) &&
                   w->IsCapWord(j + 2) && w->Free(j + 2) && has_head) {
          after_of = true;  // "Office of the President"
          j += 2;
        } else if (w->lexicon.Has(WordList::kOrgConnector, k.norm) && !k.Is(text::kCapital) &&
                   j + 1 < line_end && w->IsCapWord(j + 1) && w->Free(j + 1) &&
                   !w->lexicon.Has(WordList::kCalendarWord, d.tokens[j + 1].norm) &&
                   (k.norm != "the" ||
                    (j > t && (d.tokens[j - 1].norm == "of" || d.tokens[j - 1].norm == "for" ||
                               d.tokens[j - 1].norm == "on")))) {
          if (has_head && (k.norm == "of" || k.norm == "for" || k.norm == "on")) after_of = true;
          ++j;
        } else {
          break;
        }
      }
      if (!has_head) {
        t = j;
        continue;
      }
      uint32_t end = last_head + 1;
      uint32_t words = 0;
      for (uint32_t u = t; u < end; ++u) {
        if (d.tokens[u].Is(text::kWord) &&
            !w->lexicon.Has(WordList::kOrgConnector, d.tokens[u].norm))
          ++words;
      }
      if (words < 2) {
        t = j;
        continue;
      }
      // "Shares of Douglas & Lomason Co", "Lynn Reaser of Barnett Banks Inc":
      // words before "of"/"and" without a head word of their own are no part
      // of the name; "Johnson Controls Inc and Lear Corp" are two names.
      uint32_t first = t;
      if (!country_start) {
        bool head_before = false;
        for (uint32_t c = t; c < end; ++c) {
          const std::string& n = d.tokens[c].norm;
          if ((n == "of" || n == "and") && !d.tokens[c].Is(text::kCapital) && c > t) {
            bool head_after = false;
            for (uint32_t u = c + 1; u < end; ++u) {
              head_after = head_after || w->lexicon.Has(WordList::kOrgHead, d.tokens[u].norm);
            }
            if (!head_after) break;
            if (!head_before && n == "of" &&
                w->lexicon.Has(WordList::kCompanySuffix, d.tokens[end - 1].norm)) {
              // not "Procter and Gamble Co", nor "Victims of Crime Trust"
              first = c + 1;
              break;
            }
            if (n == "and" && w->lexicon.Has(WordList::kOrgHead, d.tokens[c - 1].norm) &&
                c - t >= 2) {
              std::string left(
                  d.Slice(text::Span{d.tokens[t].span.begin, d.tokens[c - 1].span.end}));
              uint32_t le = w->Entity(Work::DiscoveredKey("ORG", left), left, "ORG", true, 0.7f);
              w->AddMention(t, c, le, MatchKind::kRule, 0.7f, "org-head");
              first = c + 1;
              break;
            }
          }
          head_before = head_before || w->lexicon.Has(WordList::kOrgHead, n);
        }
        uint32_t words_left = 0;
        for (uint32_t u = first; u < end; ++u) {
          if (d.tokens[u].Is(text::kWord) &&
              !w->lexicon.Has(WordList::kOrgConnector, d.tokens[u].norm))
            ++words_left;
        }
        if (words_left < 2) {
          t = j;
          continue;
        }
      }
      std::string name(d.Slice(text::Span{d.tokens[first].span.begin, d.tokens[end - 1].span.end}));
      float confidence = 0.7f;
      if (AllGeneric(*w, first, end) && !country_start) {
        // "Defence Ministry": name it after the country before it, if any.
        if (first == t && t >= s.first_token + 2 && d.tokens[t - 1].Is(text::kPossessive) &&
            !w->Free(t - 2)) {
          const DocEntity& c = w->out->entities[w->out->mentions[w->owner[t - 2]].entity];
          if (c.type == "COUNTRY") name += " of " + c.name;
        }
        confidence = 0.5f;
      }
      if (country_start) w->ClearRange(t, t + 1);
      uint32_t entity = w->Entity(Work::DiscoveredKey("ORG", name), name, "ORG", true, confidence);
      w->AddMention(first, end, entity, MatchKind::kRule, confidence, "org-head");
      t = end;
    }
  }
}

void TitleRule(Work* w, std::vector<PendingSurname>* pending) {
  const text::Document& d = w->doc;
  for (const text::Sentence& s : d.sentences) {
    if (w->headline[&s - d.sentences.data()]) continue;
    for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
      if (!w->Free(t) || !w->IsCapWord(t) || w->lexicon.Has(WordList::kStopword, d.tokens[t].norm))
        continue;
      uint32_t before = SkipAbbrevDot(d, s.first_token, t);
      std::string category;
      uint32_t title_begin = 0;
      bool titled = w->lexicon.TitleEndingAt(d, s.first_token, before, &category, &title_begin) > 0;
      if (!titled && before > s.first_token &&
          w->lexicon.Has(WordList::kHonorific, d.tokens[before - 1].norm)) {
        titled = true;
        category = "honorific";
      }
      // "veteran dissident Wang Donghai", "striker Alan Shearer": a lower-case
      // noun naming a person's office or trade, then a name of two words or more.
      bool noun = !titled && t > s.first_token && !d.tokens[t - 1].Is(text::kCapital) &&
                  w->lexicon.Has(WordList::kPersonNoun, d.tokens[t - 1].norm);
      if (!titled && !noun) continue;
      uint32_t n = NameRunLength(*w, t, s.end_token, 4);
      if (n == 0) continue;
      if (noun) {
        uint32_t words = 0;
        for (uint32_t u = t; u < t + n; ++u)
          words += d.tokens[u].Is(text::kWord) && d.tokens[u].Is(text::kCapital);
        if (words < 2 || (t + n < s.end_token && !w->LineBreakBefore(t + n) && w->IsCapWord(t + n)))
          continue;
      }
      uint32_t words = 0;
      for (uint32_t u = t; u < t + n; ++u) {
        if (d.tokens[u].Is(text::kWord) && d.tokens[u].Is(text::kCapital)) ++words;
      }
      if (words >= 2) {
        std::string name(d.Slice(text::Span{d.tokens[t].span.begin, d.tokens[t + n - 1].span.end}));
        uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.75f);
        w->AddMention(t, t + n, e, MatchKind::kRule, 0.75f, noun ? "noun-name" : "title-name");
      } else {
        pending->push_back(PendingSurname{t, category});
      }
      t += n - 1;
    }
  }
}

void AppositionRule(Work* w) {
  const text::Document& d = w->doc;
  for (const text::Sentence& s : d.sentences) {
    if (w->headline[&s - d.sentences.data()]) continue;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!w->Free(t) || !w->IsCapWord(t) || w->lexicon.Has(WordList::kStopword, d.tokens[t].norm))
        continue;
      uint32_t n = NameRunLength(*w, t, s.end_token, 4);
      if (n < 2) continue;
      uint32_t j = t + n;
      if (j >= s.end_token || d.TokenText(j) != ",") {
        t += n - 1;
        continue;
      }
      bool found = false;
      int capitalised = 0;  // unknown adjectives such as "Czech"
      const std::string& first_after = j + 1 < s.end_token ? d.tokens[j + 1].norm : std::string();
      const bool determiner = first_after == "a" || first_after == "an" || first_after == "the";
      for (uint32_t k = j + 1; k < s.end_token && k <= j + 7; ++k) {
        const text::Token& tok = d.tokens[k];
        if (!w->Free(k)) {
          const DocEntity& e = w->out->entities[w->out->mentions[w->owner[k]].entity];
          if (e.type == "COUNTRY" || e.type == "ORG") continue;
          break;
        }
        if (w->lexicon.Has(WordList::kPersonNoun, tok.norm) && !tok.Is(text::kCapital)) {
          found = true;
          break;
        }
        if (tok.Is(text::kPossessive) || w->lexicon.Has(WordList::kAppositionFiller, tok.norm))
          continue;
        if (w->IsCapWord(k) && ++capitalised <= 2) continue;
        // After "a"/"the", any lower-case words: "a retired Indonesian navy admiral".
        if (determiner && tok.Is(text::kWord) && !tok.Is(text::kCapital) && k <= j + 6) continue;
        break;
      }
      if (found) {
        std::string name(d.Slice(text::Span{d.tokens[t].span.begin, d.tokens[t + n - 1].span.end}));
        uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.7f);
        w->AddMention(t, t + n, e, MatchKind::kRule, 0.7f, "apposition");
      }
      t += n - 1;
    }
  }
}

// "his deputy, Tomas Hruby," / "Russia's ambassador to the UN, Vassily Nebenzia,":
// a name between commas right after a phrase naming an office.
void ReverseAppositionRule(Work* w) {
  const text::Document& d = w->doc;
  for (const text::Sentence& s : d.sentences) {
    if (w->headline[&s - d.sentences.data()]) continue;
    for (uint32_t t = s.first_token + 2; t < s.end_token; ++t) {
      if (!w->Free(t) || !w->IsCapWord(t) || d.TokenText(t - 1) != ",") continue;
      uint32_t n = NameRunLength(*w, t, s.end_token, 4);
      if (n < 2) continue;
      uint32_t after = t + n;
      if (after < s.end_token) {
        std::string_view next = d.TokenText(after);
        if (next != "," && next != "." && next != ";" && next != ")") continue;
      }
      bool office = false;
      for (uint32_t k = t - 1; k-- > s.first_token && k + 7 >= t;) {
        const text::Token& tok = d.tokens[k];
        if (!tok.Is(text::kWord) && !tok.Is(text::kPossessive) && w->Free(k)) break;
        if (w->Free(k) && !tok.Is(text::kCapital) &&
            w->lexicon.Has(WordList::kPersonNoun, tok.norm)) {
          office = true;
          break;
        }
      }
      if (!office) continue;
      std::string name(d.Slice(text::Span{d.tokens[t].span.begin, d.tokens[t + n - 1].span.end}));
      uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.7f);
      w->AddMention(t, t + n, e, MatchKind::kRule, 0.7f, "apposition-before");
      t += n - 1;
    }
  }
}

// "Phil Simmons": a known given name followed by capitalised name words,
// not itself preceded by a capitalised word ("San Francisco", "King Fahd").
void GivenNameRule(Work* w) {
  if (w->lexicon.num_given_names() == 0) return;
  const text::Document& d = w->doc;
  for (const text::Sentence& s : d.sentences) {
    if (w->headline[&s - d.sentences.data()]) continue;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!w->Free(t) || !w->IsCapWord(t) || !w->lexicon.IsGivenName(d.tokens[t].norm)) continue;
      if (d.tokens[t].Is(text::kAllCaps) && d.tokens[t].span.size() > 1) continue;
      if (t > s.first_token && !w->LineBreakBefore(t) && w->IsCapWord(t - 1)) {
        // "San Francisco", "King Fahd"; but "Australian Tom Moody" is a name.
        bool demonym =
            !w->Free(t - 1) && w->out->mentions[w->owner[t - 1]].how == MatchKind::kDemonym;
        if (!demonym) continue;
      }
      uint32_t n = NameRunLength(*w, t, s.end_token, 4);
      uint32_t words = 0;
      for (uint32_t u = t; u < t + n; ++u) {
        if (d.tokens[u].Is(text::kWord) && d.tokens[u].Is(text::kCapital)) ++words;
      }
      if (words < 2) continue;
      uint32_t after = t + n;
      if (after < s.end_token && !w->LineBreakBefore(after) && w->IsCapWord(after))
        continue;  // "Eli Lilly Inc"
      std::string name(d.Slice(text::Span{d.tokens[t].span.begin, d.tokens[t + n - 1].span.end}));
      uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.6f);
      w->AddMention(t, t + n, e, MatchKind::kRule, 0.6f, "given-name");
      t += n - 1;
    }
  }
}

// "S. Waugh", "A.J. Stewart": initials, then a capitalised surname, the
// initials not after a capitalised word ("George W. Bush" is a gazetteer
// name; "Plan B. Officials" is not a person).
void InitialsRule(Work* w) {
  const text::Document& d = w->doc;
  auto initials_end = [&](uint32_t t, uint32_t se) -> uint32_t {
    // One token "A.J" or "S" (letters and inner dots, at most 3 letters)
    // with a "." glued after it; returns the token after the dot, or 0.
    const text::Token& k = d.tokens[t];
    if (!k.Is(text::kWord) || !k.Is(text::kAllCaps) || k.Is(text::kHasDigit)) return 0;
    std::string_view text = d.TokenText(t);
    int letters = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (c >= 'A' && c <= 'Z') {
        if (++letters > 3 || (i + 1 < text.size() && text[i + 1] != '.')) return 0;
      } else if (c != '.') {
        return 0;
      }
    }
    if (letters == 0) return 0;
    if (text.back() == '.') return t + 1;
    if (t + 1 < se && d.TokenText(t + 1) == "." && d.tokens[t + 1].span.begin == k.span.end)
      return t + 2;
    return 0;
  };
  // Words the document writes in lower case are not surnames ("vitamin C. Researchers").
  std::unordered_set<std::string_view> lower;
  bool lower_ready = false;
  for (const text::Sentence& s : d.sentences) {
    if (w->headline[&s - d.sentences.data()]) continue;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (!w->Free(t)) continue;
      if (t > s.first_token && (w->IsCapWord(t - 1) || d.TokenText(t - 1) == "." ||
                                d.tokens[t].span.begin == d.tokens[t - 1].span.end)) {
        continue;  // "George W. Bush", "AT&T. Consolidation"
      }
      uint32_t j = initials_end(t, s.end_token);
      if (j == 0 || j >= s.end_token || !w->Free(j - 1)) continue;
      uint32_t n = NameRunLength(*w, j, s.end_token, 2);
      if (n == 0 || d.tokens[j].span.size() < 2 || d.tokens[j].Is(text::kAllCaps)) continue;
      if (w->lexicon.Has(WordList::kEventHead, d.tokens[j].norm)) continue;  // "U.S. Open"
      if (d.tokens[j].span.begin == d.tokens[j - 1].span.end) continue;  // "A.Smith": not spaced
      uint32_t end = j + n;
      for (uint32_t u = j + 1; u < end; ++u) {
        if (d.TokenText(u) == "st") end = u;  // cricket: "D. Lehmann st Kaluwitharana"
      }
      if (!lower_ready) {
        for (const text::Token& k : d.tokens) {
          if (k.Is(text::kWord) && !k.Is(text::kCapital)) lower.insert(k.norm);
        }
        lower_ready = true;
      }
      if (lower.count(d.tokens[end - 1].norm)) continue;
      std::string name(d.Slice(text::Span{d.tokens[t].span.begin, d.tokens[end - 1].span.end}));
      uint32_t e = w->Entity(Work::DiscoveredKey("PERSON", name), name, "PERSON", true, 0.6f);
      w->AddMention(t, end, e, MatchKind::kRule, 0.6f, "initials");
      t = end - 1;
    }
  }
}

}  // namespace

uint32_t NameRunLength(const Work& w, uint32_t t, uint32_t sentence_end, uint32_t max_words) {
  const text::Document& d = w.doc;
  if (t >= sentence_end) return 0;
  sentence_end = w.LineEnd(t, sentence_end);  // a name never crosses a line break
  auto name_word = [&](uint32_t u) {
    const text::Token& k = d.tokens[u];
    return w.IsCapWord(u) && w.Free(u) && !k.Is(text::kHasDigit) &&
           !w.lexicon.Has(WordList::kStopword, k.norm) &&
           !w.lexicon.Has(WordList::kOrgHead, k.norm);
  };
  if (!name_word(t)) return 0;
  uint32_t words = 0;
  uint32_t j = t;
  uint32_t good = t;
  while (j < sentence_end && words < max_words) {
    if (name_word(j)) {
      ++words;
      ++j;
      good = j;
      // Hyphenated parts: "Tae-yul", "Al-Assad".
      while (j + 1 < sentence_end && d.tokens[j].Is(text::kHyphen) &&
             d.tokens[j].span.begin == d.tokens[j - 1].span.end &&
             d.tokens[j + 1].Is(text::kWord) && w.Free(j + 1) &&
             d.tokens[j + 1].span.begin == d.tokens[j].span.end) {
        j += 2;
        good = j;
      }
      continue;
    }
    if (j > t && w.lexicon.Has(WordList::kParticle, d.tokens[j].norm) && j + 1 < sentence_end) {
      uint32_t k = j + 1;  // "bin Laden", and "al-Ashtal" with the particle's hyphen
      if (d.tokens[k].Is(text::kHyphen) && d.tokens[k].span.begin == d.tokens[j].span.end &&
          k + 1 < sentence_end && d.tokens[k + 1].span.begin == d.tokens[k].span.end) {
        ++k;
      }
      if (name_word(k)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return good - t;
}

void ApplyNameRules(Work* w, std::vector<PendingSurname>* pending) {
  OrgHeadRule(w);
  TitleRule(w, pending);
  AppositionRule(w);
  ReverseAppositionRule(w);
  GivenNameRule(w);
  InitialsRule(w);
}

int ApplyAcronymDefinitions(Work* w) {
  const text::Document& d = w->doc;
  std::unordered_map<std::string, uint32_t> acronyms;  // token text -> entity
  const size_t num_mentions = w->out->mentions.size();
  for (size_t i = 0; i < num_mentions; ++i) {
    const Mention m = w->out->mentions[i];
    if (m.end_token <= m.first_token) continue;
    const text::Sentence& s = d.sentences[m.sentence];
    uint32_t j = m.end_token;
    if (j < s.end_token && d.tokens[j].Is(text::kPossessive)) ++j;
    if (j + 2 >= s.end_token || d.TokenText(j) != "(" || d.TokenText(j + 2) != ")") continue;
    const text::Token& a = d.tokens[j + 1];
    if (!a.Is(text::kAllCaps) || a.span.size() < 2 || a.span.size() > 10) continue;
    std::string acronym(d.TokenText(j + 1));
    acronyms.emplace(acronym, m.entity);
    w->AddMention(j + 1, j + 2, m.entity, MatchKind::kCoref, 0.9f, "acronym-definition");
  }
  if (acronyms.empty()) return 0;
  for (uint32_t t = 0; t < d.tokens.size(); ++t) {
    if (!w->Free(t) || !d.tokens[t].Is(text::kAllCaps)) continue;
    auto it = acronyms.find(std::string(d.TokenText(t)));
    if (it != acronyms.end())
      w->AddMention(t, t + 1, it->second, MatchKind::kCoref, 0.9f, "acronym");
  }
  return static_cast<int>(acronyms.size());
}

}  // namespace newsgraph::ner

#include "relations/internal/dep_matcher.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "relations/internal/sentence_items.h"
#include "relations/internal/window.h"
#include "syntax/model.h"
#include "text/utf8.h"

namespace newsgraph::relations {
namespace {

using syntax::Upos;

// An argument: an entity and the confidence of the reading.
struct Arg {
  int32_t entity;
  float confidence;
  // Named through an unnamed group of its officials ("U.S. officials"):
  // such an argument relates only to another country or organisation.
  bool via_officials = false;
};

class Tree {
 public:
  // Label names, lower-cased lemmas and plurals are looked up once per
  // sentence here, not at every rule step.
  Tree(const DepInput& in, const syntax::Model& model) : in_(in) {
    const syntax::ParsedSentence& p = in.view->parse;
    children_.assign(p.size(), {});
    for (size_t i = 0; i < p.size(); ++i) {
      if (p.head[i] >= 0) children_[p.head[i]].push_back(static_cast<int>(i));
      labels_.push_back(model.LabelName(p.label[i]));
      lower_.push_back(text::AsciiLower(p.lemma[i]));
      std::string_view tag = model.TagName(p.tag[i]);
      plural_.push_back(tag == "NNS" || tag == "NNPS");
    }
  }
  int size() const { return static_cast<int>(in_.view->parse.size()); }
  int Head(int w) const { return in_.view->parse.head[w]; }
  const std::vector<int>& Children(int w) const { return children_[w]; }
  std::string_view Deprel(int w) const { return labels_[w]; }
  const std::string& Lemma(int w) const { return lower_[w]; }  // lower case
  Upos Pos(int w) const { return in_.view->parse.upos[w]; }

  // A plural noun (treebank tag NNS or NNPS).
  bool Plural(int w) const { return plural_[w]; }

  // Whether `w`'s relation is `rel` ("obl" matches obl and obl:tmod;
  // "obl:tmod" only itself).
  bool Is(int w, std::string_view rel) const {
    std::string_view d = Deprel(w);
    if (rel.find(':') != std::string_view::npos) return d == rel;
    return d.substr(0, d.find(':')) == rel;
  }
  // A child of w with relation `rel`, or -1.
  int Child(int w, std::string_view rel) const {
    for (int c : children_[w]) {
      if (Is(c, rel)) return c;
    }
    return -1;
  }
  // Whether w has a case or mark child with one of these lemmas.
  bool HasCase(int w, const std::vector<std::string>& cases) const {
    for (int c : children_[w]) {
      if (!Is(c, "case") && !Is(c, "mark")) continue;
      for (const std::string& k : cases) {
        if (Lemma(c) == k) return true;
      }
    }
    return false;
  }

 private:
  const DepInput& in_;
  std::vector<std::vector<int>> children_;
  std::vector<std::string_view> labels_;  // views into the model
  std::vector<std::string> lower_;
  std::vector<bool> plural_;
};

class Matcher {
 public:
  Matcher(const DepInput& in, const syntax::Model& model,
          std::vector<std::tuple<int, int32_t, int32_t>>* emitted,
          std::vector<RelationMention>* out)
      : in_(in), tree_(in, model), emitted_(emitted), out_(out) {}

  void Run() {
    for (int w = 0; w < tree_.size(); ++w) {
      const auto* triggers = in_.rules->TriggersFor(tree_.Lemma(w));
      if (triggers == nullptr) continue;
      for (const DepTrigger* t : *triggers) TryTrigger(w, *t);
    }
  }

 private:
  // Whether w's lemma is in class `cls` (a literal: the lookup by name is
  // cached per sentence).
  bool InClass(const char* cls, int w) const {
    auto it = classes_.find(cls);
    if (it == classes_.end()) it = classes_.emplace(cls, in_.rules->Class(cls)).first;
    return it->second != nullptr && it->second->count(tree_.Lemma(w)) != 0;
  }

  // The object word of trigger w that one of `objects` names, or -1: its
  // obj (or, passive, its nsubj:pass), or a noun it modifies (participle).
  int FindObject(int w, const DepTrigger& t) const {
    auto names = [&](int o) {
      if (o < 0) return false;
      return std::find(t.objects.begin(), t.objects.end(), tree_.Lemma(o)) != t.objects.end();
    };
    for (int c : tree_.Children(w)) {
      if (!tree_.Is(c, "obj") && !tree_.Is(c, "nsubj:pass")) continue;
      if (names(c)) return c;
      // "a round of talks", "its number of troops", "a contingent of 300 soldiers"
      if (InClass("QUANTITY", c)) {
        for (int n : tree_.Children(c)) {
          if (tree_.Is(n, "nmod") && tree_.HasCase(n, {"of"}) && names(n)) return n;
        }
      }
    }
    if ((tree_.Is(w, "acl") || tree_.Is(w, "acl:relcl")) && names(tree_.Head(w)))
      return tree_.Head(w);
    return -1;
  }

  bool ParticleOk(int w, const DepTrigger& t) const {
    if (t.particle.empty()) return true;
    for (int c : tree_.Children(w)) {
      if (tree_.Lemma(c) == t.particle && (tree_.Is(c, "compound") || tree_.Is(c, "advmod")))
        return true;
      if (tree_.HasCase(c, {t.particle})) return true;
    }
    return false;
  }

  void TryTrigger(int w, const DepTrigger& t) {
    const Upos pos = tree_.Pos(w);
    if (t.noun ? (pos != Upos::kNoun && pos != Upos::kPropn) : pos != Upos::kVerb) return;
    if (!ParticleOk(w, t)) return;
    int object = -1;
    if (!t.objects.empty()) {
      object = FindObject(w, t);
      if (object < 0) return;
    }
    const DepRule::Selector sel =
        t.noun ? DepRule::kNoun : (t.objects.empty() ? DepRule::kVerb : DepRule::kVerbObject);
    for (const DepRule& r : in_.rules->rules()) {
      if (r.selector != sel || (r.types & (uint64_t{1} << t.type)) == 0) continue;
      if (!r.lemmas.empty() &&
          std::find(r.lemmas.begin(), r.lemmas.end(), t.lemma) == r.lemmas.end()) {
        continue;
      }
      if (std::find(r.except.begin(), r.except.end(), t.lemma) != r.except.end()) continue;
      ApplyRule(w, object, t, r);
    }
  }

  // The words a path leads to from trigger w.
  std::vector<int> Follow(int w, int object, const DepPath& path) const {
    std::vector<int> cur = {w};
    for (const DepStep& s : path) {
      std::vector<int> next;
      for (int x : cur) {
        switch (s.kind) {
          case DepStep::kSelf:
            next.push_back(x);
            break;
          case DepStep::kObject:
            if (object >= 0) next.push_back(object);
            break;
          case DepStep::kSubject:
            Subjects(x, 0, &next);
            break;
          case DepStep::kHead:
            if (tree_.Head(x) >= 0 && tree_.Is(x, s.deprel) &&
                (s.cases.empty() || tree_.HasCase(x, s.cases))) {
              next.push_back(tree_.Head(x));
            }
            break;
          case DepStep::kLemma:
            if (std::find(s.cases.begin(), s.cases.end(), tree_.Lemma(x)) != s.cases.end())
              next.push_back(x);
            break;
          case DepStep::kChild:
            for (int c : tree_.Children(x)) {
              if (!tree_.Is(c, s.deprel)) continue;
              if (s.cases.empty() || tree_.HasCase(c, s.cases)) {
                next.push_back(c);
              } else if (tree_.Pos(c) == Upos::kAdp && std::find(s.cases.begin(), s.cases.end(),
                                                                 tree_.Lemma(c)) != s.cases.end()) {
                // The parser made the preposition the head ("a meeting with
                // X" as with -> X): its noun.
                for (int g : tree_.Children(c)) {
                  const Upos p = tree_.Pos(g);
                  if (p == Upos::kNoun || p == Upos::kPropn || p == Upos::kPron) next.push_back(g);
                }
              }
            }
            break;
        }
      }
      cur.swap(next);
      if (cur.empty()) break;
    }
    return cur;
  }

  // The subject of the clause headed by w: its nsubj, else the one of the
  // clause it continues (xcomp: the head's object if it has one, else its
  // subject; conj, advcl: the head's subject); a relative clause's is the
  // noun it modifies. -1 when none.
  void Subjects(int w, int depth, std::vector<int>* out) const {
    if (depth > 4) return;
    // Two subjects are a parsing error ("UN Secretary General X met"): the
    // one nearest the verb.
    int best = -1;
    for (int c : tree_.Children(w)) {
      if (tree_.Is(c, "nsubj") && !tree_.Is(c, "nsubj:pass") &&
          (best < 0 || std::abs(c - w) < std::abs(best - w))) {
        best = c;
      }
    }
    if (best >= 0) {
      out->push_back(best);
      return;
    }
    int h = tree_.Head(w);
    if (h < 0) return;
    if (tree_.Is(w, "xcomp")) {
      int o = tree_.Child(h, "obj");
      if (o < 0) o = tree_.Child(h, "iobj");
      if (o >= 0) {
        out->push_back(o);
      } else {
        Subjects(h, depth + 1, out);
      }
    } else if (tree_.Is(w, "conj") || (tree_.Is(w, "advcl") && !HasMarkIn(w, "NO_CONTROL"))) {
      Subjects(h, depth + 1, out);
    } else if (tree_.Is(w, "acl:relcl") || tree_.Is(w, "acl")) {
      out->push_back(h);
    }
  }

  bool HasWithObl(int w) const {
    for (int c : tree_.Children(w)) {
      if (tree_.Is(c, "obl") && tree_.HasCase(c, {"with"})) return true;
    }
    return false;
  }

  bool HasAdvmodIn(int w, const char* cls) const {
    for (int c : tree_.Children(w)) {
      if (tree_.Is(c, "advmod") && InClass(cls, c)) return true;
    }
    return false;
  }

  bool HasMarkIn(int w, const char* cls) const {
    for (int c : tree_.Children(w)) {
      if ((tree_.Is(c, "mark") || tree_.Is(c, "case")) && InClass(cls, c)) return true;
    }
    return false;
  }

  // A conjunct that is a noun phrase, not a clause of its own ("X met Y, and
  // Z spoke": Z is the subject of another clause).
  bool IsNominalConj(int c) const {
    if (!tree_.Is(c, "conj")) return false;
    if (tree_.Pos(c) != Upos::kPropn && tree_.Pos(c) != Upos::kNoun &&
        tree_.Pos(c) != Upos::kPron) {
      return false;
    }
    for (int g : tree_.Children(c)) {
      if (tree_.Is(g, "nsubj") || tree_.Is(g, "cop") || tree_.Is(g, "aux")) return false;
    }
    // "X met Y, and Z spoke": a verb right after it that does not govern it
    // makes it the subject of a clause the parser missed ("the ministers of
    // X and Y held talks": "held" governs Y).
    if (c + 1 < tree_.size() &&
        (tree_.Pos(c + 1) == Upos::kVerb || tree_.Pos(c + 1) == Upos::kAux)) {
      // An auxiliary stands for its verb ("X and Y would join").
      int verb = c + 1;
      if (tree_.Pos(verb) == Upos::kAux && tree_.Head(verb) >= 0) verb = tree_.Head(verb);
      for (int a = tree_.Head(c), steps = 0; a >= 0 && steps < 8; a = tree_.Head(a), ++steps) {
        if (a == verb) return true;
      }
      return false;
    }
    return true;
  }

  bool TypeOk(int32_t entity, uint8_t allowed) const {
    return entity >= 0 && ((*in_.entity_types)[entity] & allowed) != 0;
  }

  // The entity named at word w (a mention, a resolved pronoun), or -1.
  Arg EntityAt(int w, uint8_t allowed) const {
    int32_t m = in_.view->word_mention[w];
    if (m >= 0) {
      const ner::Mention& mention = in_.doc->mentions[m];
      // A demonym before a noun modifies it ("Rwandan President Paul
      // Kagame"), even when the parser took it for the head.
      if (mention.how == ner::MatchKind::kDemonym && w + 1 < tree_.size() &&
          tree_.Head(w) != w + 1 &&
          (tree_.Pos(w + 1) == Upos::kNoun || tree_.Pos(w + 1) == Upos::kPropn)) {
        return {-1, 0};
      }
      if (TypeOk(static_cast<int32_t>(mention.entity), allowed)) {
        return {static_cast<int32_t>(mention.entity), mention.confidence};
      }
      if (places_ && (!regions_only_ || in_.doc->entities[mention.entity].type == "REGION")) {
        return {CountryOf(mention.entity, allowed), mention.confidence};
      }
      return {-1, 0};
    }
    if (tree_.Pos(w) == Upos::kPron || tree_.Pos(w) == Upos::kDet) {
      const text::Span span = in_.view->words[w].span;
      for (const Item& item : *in_.items) {
        if (item.Is(kItemPronoun) && item.span.begin == span.begin &&
            TypeOk(item.entity, allowed)) {
          return {item.entity, kPronounConfidence};
        }
      }
      // "Syria has not pulled its forces": "it" and "its" stand for the
      // subject of their clause when that names a country or organisation
      // (the resolver, without syntax, gives up when the sentence names two).
      const std::string& p = tree_.Lemma(w);
      // Up the clauses: "North Korea said its diplomats met ...".
      if (p == "it" || p == "its") {
        for (int v = tree_.Head(w), steps = 0; v >= 0 && steps < 6; v = tree_.Head(v), ++steps) {
          if (tree_.Pos(v) != Upos::kVerb) continue;
          for (int c : tree_.Children(v)) {
            if (c >= w || !tree_.Is(c, "nsubj") || in_.view->word_mention[c] < 0) continue;
            const ner::Mention& m = in_.doc->mentions[in_.view->word_mention[c]];
            if (m.how == ner::MatchKind::kDemonym) continue;
            if (TypeOk(static_cast<int32_t>(m.entity), allowed & (kCountryBit | kOrgBit))) {
              return {static_cast<int32_t>(m.entity), kPronounConfidence};
            }
          }
        }
      }
    }
    return {-1, 0};
  }

  // Whether a mention of a person covers word w.
  bool NamesPerson(int w) const {
    const int32_t m = in_.view->word_mention[w];
    return m >= 0 && ((*in_.entity_types)[in_.doc->mentions[m].entity] & kPersonBit) != 0;
  }

  // The country a place lies in ("Darfur": Sudan) when the document names
  // it, or -1.
  int32_t CountryOf(uint32_t place, uint8_t allowed) const {
    const std::string& country = in_.doc->entities[place].country;
    if (country.empty() || (allowed & kCountryBit) == 0) return -1;
    for (size_t i = 0; i < in_.doc->entities.size(); ++i) {
      if (in_.doc->entities[i].key == country) return static_cast<int32_t>(i);
    }
    return -1;
  }

  // "the two leaders", "both sides": the two actors the sentence named before
  // the phrase, else the last earlier sentence (at most two back) that named
  // exactly two. People for PAIR_PEOPLE nouns, countries for PAIR_STATES, any
  // actor for the others. Appends them and returns true when found.
  bool PairNamedBefore(int w, uint8_t allowed, std::vector<Arg>* out) const {
    if (!InClass("PAIR", w) || !tree_.Plural(w)) return false;
    bool counted = false;
    for (int c : tree_.Children(w)) {
      const std::string& l = tree_.Lemma(c);
      counted = counted || ((tree_.Is(c, "nummod") && l == "two") ||
                            ((tree_.Is(c, "det") || tree_.Is(c, "det:predet")) && l == "both"));
    }
    if (!counted) return false;
    uint8_t types = allowed;
    if (InClass("PAIR_PEOPLE", w)) types &= kPersonBit;
    if (InClass("PAIR_STATES", w)) types &= kCountryBit;
    const auto& mentions = in_.doc->mentions;
    const uint32_t here = in_.view->words[w].span.begin;
    // This sentence, before the phrase; then the sentences before.
    std::vector<int32_t> found;
    auto add = [&](uint32_t m) {
      const int32_t e = static_cast<int32_t>(mentions[m].entity);
      if (mentions[m].how == ner::MatchKind::kDemonym || !TypeOk(e, types)) return;
      if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
    };
    for (uint32_t m = in_.view->first_mention;
         m < mentions.size() && mentions[m].sentence == in_.sentence &&
         mentions[m].span.begin < here;
         ++m) {
      add(m);
    }
    uint32_t m = in_.view->first_mention;
    for (uint32_t back = 1; found.empty() && back <= 2 && in_.sentence >= back; ++back) {
      while (m > 0 && mentions[m - 1].sentence == in_.sentence - back) add(--m);
    }
    if (found.size() != 2) return false;
    for (int32_t e : found) out->push_back({e, kPronounConfidence});
    return true;
  }

  // "Southampton will unveil Harry Redknapp. The former Portsmouth boss
  // replaces Steve Wigley": a singular title with "the" and no name, subject
  // of its clause near the start of the sentence, is the one person the
  // sentence before named.
  bool EpithetSubject(int w, uint8_t allowed, std::vector<Arg>* out) const {
    if ((allowed & kPersonBit) == 0 || !InClass("TITLE", w) || tree_.Plural(w) || w > 6 ||
        !(tree_.Is(w, "nsubj") || tree_.Is(w, "nsubj:pass")) || in_.view->word_mention[w] >= 0 ||
        in_.sentence == 0) {
      return false;
    }
    bool the = false;
    for (int c : tree_.Children(w)) {
      if (tree_.Is(c, "appos") || tree_.Is(c, "flat") || tree_.Pos(c) == Upos::kPron) return false;
      the = the || (tree_.Is(c, "det") && tree_.Lemma(c) == "the");
    }
    for (int k = 0; k < w; ++k) {
      if (NamesPerson(k)) return false;  // a person before it in the sentence
    }
    if (!the) return false;
    const auto& mentions = in_.doc->mentions;
    int32_t person = -1;
    for (uint32_t m = in_.view->first_mention;
         m > 0 && mentions[m - 1].sentence + 1 == in_.sentence; --m) {
      const int32_t e = static_cast<int32_t>(mentions[m - 1].entity);
      if (!TypeOk(e, kPersonBit)) continue;
      if (person >= 0 && person != e) return false;  // two people: which?
      person = e;
    }
    if (person < 0) return false;
    out->push_back({person, kPronounConfidence});
    return true;
  }

  // The word a relative pronoun stands for: the noun its clause modifies; or,
  // when the parser missed the relative clause ("X, who replaced Y" as
  // parataxis), the word before the comma.
  int Antecedent(int w) const {
    if (tree_.Head(w) >= 0 && tree_.Is(tree_.Head(w), "acl:relcl"))
      return tree_.Head(tree_.Head(w));
    if (w >= 2 && tree_.Lemma(w - 1) == "," &&
        (tree_.Pos(w - 2) == Upos::kPropn || tree_.Pos(w - 2) == Upos::kNoun)) {
      return w - 2;
    }
    return w;
  }

  // A designator of a role or place noun: a compound, possessive, adjective
  // or "of"/"from" phrase ("NATO troops", "the leaders of X", "Iraqi").
  bool IsDesignator(int c) const {
    return tree_.Is(c, "compound") || tree_.Is(c, "nmod:poss") || tree_.Is(c, "amod") ||
           (tree_.Is(c, "nmod") && tree_.HasCase(c, {"of", "from"}));
  }

  // The entities an argument word stands for: the entity named there; for a
  // relative pronoun, the noun its clause modifies; for a role noun
  // ("leaders", "officials", "troops", "government"), the entity its
  // designators name ("of X", "X's", "Iraqi", "NATO"); for any noun, a name in
  // apposition ("his counterpart, X"); then the conjuncts of each.
  void Resolve(int w, uint8_t allowed, int depth, std::vector<Arg>* out) const {
    if (w < 0 || depth > 3) return;
    if (InClass("RELATIVE", w)) w = Antecedent(w);
    if (PairNamedBefore(w, allowed, out)) return;
    if (EpithetSubject(w, allowed, out)) return;
    Arg a = EntityAt(w, allowed);
    // "U.N. Secretary-General Kofi Annan" parsed with U.N. as the head: the
    // person the title introduces.
    if (a.entity >= 0 && ((*in_.entity_types)[a.entity] & kPersonBit) == 0 &&
        (allowed & kPersonBit)) {
      for (int c : tree_.Children(w)) {
        const bool bare_nmod = tree_.Is(c, "nmod") && tree_.Child(c, "case") < 0;
        if (c <= w || c - w > 4 || !(tree_.Is(c, "appos") || tree_.Is(c, "flat") || bare_nmod))
          continue;
        bool comma = false;
        for (int k = w + 1; k < c; ++k) comma = comma || tree_.Lemma(k) == ",";
        Arg p = EntityAt(c, kPersonBit);
        if (!comma && p.entity >= 0) {
          a = p;
          break;
        }
      }
    }
    if (a.entity >= 0) {
      out->push_back(a);
    } else if (tree_.Pos(w) == Upos::kNoun || tree_.Pos(w) == Upos::kPropn) {
      // A name that the noun introduces or that stands beside it first
      // ("Chancellor Gerhard Schroeder", "his counterpart, X"), then, for a
      // role noun, who it belongs to ("the leaders of X", "Iraqi officials").
      auto take = [&](int c, uint8_t types) {
        Arg d = EntityAt(c, types);
        // "the head of the decommissioning body (IICD)": the name beside it.
        for (int g : tree_.Children(c)) {
          if (d.entity >= 0 || tree_.Pos(c) != Upos::kNoun) break;
          if (tree_.Is(g, "appos")) d = EntityAt(g, types);
        }
        if (d.entity < 0) return false;
        out->push_back(d);
        for (int cc : tree_.Children(c)) {
          if (IsNominalConj(cc)) Resolve(cc, types, depth + 1, out);
        }
        return true;
      };
      bool done = false;
      // "the Prime Minister, Ariel Sharon" with the name attached elsewhere
      // (not "met the president, Zelensky said").
      if (InClass("TITLE", w) && !tree_.Plural(w) && w + 2 < tree_.size() &&
          tree_.Lemma(w + 1) == "," && tree_.Pos(w + 2) == Upos::kPropn && tree_.Head(w + 2) != w &&
          !tree_.Is(w + 2, "nsubj") && NamesPerson(w + 2)) {
        done = take(w + 2, allowed);
      }
      // A destination in apposition to a noun the parser made of an
      // adjective ("moved into volatile central Iraq").
      for (int c : tree_.Children(w)) {
        if (done || !places_ || !tree_.Is(c, "appos")) continue;
        done = take(c, allowed & kCountryBit);
      }
      // "the opposition Labour party" tagged as "Labour": the organisation.
      if (!done && InClass("ORG_HEAD", w)) {
        for (int c : tree_.Children(w)) {
          if (c == w - 1 && tree_.Is(c, "compound") && (done = take(c, allowed & kOrgBit))) break;
        }
      }
      for (int c : tree_.Children(w)) {
        if (done) break;
        if ((tree_.Is(c, "appos") || tree_.Is(c, "flat") || tree_.Is(c, "compound") ||
             tree_.Is(c, "nmod:desc")) &&
            tree_.Pos(c) == Upos::kPropn && NamesPerson(c) && take(c, allowed)) {
          done = true;
          break;
        }
      }
      // Who a group of representatives belongs to: only a country, and only
      // for a plural or collective noun ("Syrian leaders", "the foreign
      // ministers of X and Y", "the government of X"); a singular role ("the
      // Chinese foreign minister", "the king of Spain") is an unnamed person.
      // Armed forces belong to their country or organisation (deploys,
      // attacks). Never a former group ("ex-NATO officials").
      // A place ("the heart of Fallujah", "central Iraq", "the western
      // Sudanese region of Darfur") stands for the country it names or lies
      // in (deploys, visits).
      const bool armed = armed_ && InClass("ARMED", w);
      const bool plural = tree_.Plural(w);
      const bool leaders = (plural && InClass("LEADERS", w)) || InClass("COLLECTIVE", w);
      const bool officials = plural && InClass("OFFICIALS", w);
      // A war stands for where it is fought: "committed forces to the war in Iraq".
      const bool theatre = places_ && InClass("THEATRE", w);
      const bool place = (places_ && InClass("PLACE", w)) || theatre;
      // The unnamed head of a named organisation ("the head of the IICD").
      const bool head_of_org = !plural && InClass("LEADERS", w) && !leaders;
      bool former = false;
      for (int c : tree_.Children(w)) former = former || InClass("FORMER", c);
      if (!done && !former && leaders) {
        // "a delegation led by X": X.
        for (int c : tree_.Children(w)) {
          if (!tree_.Is(c, "acl") || !InClass("LEAD", c)) continue;
          for (int g : tree_.Children(c)) {
            if ((tree_.Is(g, "obl") && tree_.HasCase(g, {"by"})) && take(g, allowed)) done = true;
          }
        }
      }
      if (!done && !former && (armed || leaders || officials || place || head_of_org)) {
        uint8_t owner = armed || place ? allowed : static_cast<uint8_t>(allowed & kCountryBit);
        if (head_of_org) owner = static_cast<uint8_t>(allowed & kOrgBit);
        for (int c : tree_.Children(w)) {
          const bool designator =
              theatre ? tree_.Is(c, "nmod") && tree_.HasCase(c, {"in", "against", "on"})
                      : IsDesignator(c) && !(head_of_org && !tree_.Is(c, "nmod"));
          if (!designator) continue;
          const size_t at = out->size();
          // A place inside a place: "the heart of the capital".
          if (!take(c, owner) && place && InClass("PLACE", c)) Resolve(c, owner, depth + 1, out);
          if (out->size() > at) {
            for (size_t k = at; k < out->size(); ++k) (*out)[k].via_officials = officials && !armed;
            break;
          }
        }
      }
    }
    for (int c : tree_.Children(w)) {
      if (IsNominalConj(c)) Resolve(c, allowed, depth + 1, out);
    }
  }

  std::vector<Arg> Arguments(int w, int object, const std::vector<DepPath>& paths,
                             uint8_t allowed) const {
    std::vector<Arg> out;
    for (const DepPath& p : paths) {
      for (int end : Follow(w, object, p)) Resolve(end, allowed, 0, &out);
      if (!out.empty()) break;
    }
    return out;
  }

  // The word whose modifiers tell the modality: the trigger, or for a noun
  // the verb that governs it ("held talks", "cancelled the meeting").
  const char* Modality(int w) const {
    int clause = w;
    if (tree_.Pos(w) == Upos::kNoun || tree_.Pos(w) == Upos::kPropn) {
      // "its number of troops": the quantity's verb.
      int n = w;
      if (tree_.Is(n, "nmod") && tree_.Head(n) >= 0 && InClass("QUANTITY", tree_.Head(n)))
        n = tree_.Head(n);
      int h = tree_.Head(n);
      // Forces that are cut or pulled out are there: "has not pulled its
      // forces out of Lebanon", "will reduce its troops in Iraq".
      if (h >= 0 && tree_.Is(n, "obj") && InClass("WITHDRAW", h) && InClass("FORCES", w))
        return kAsserted;
      if (h >= 0 && (tree_.Is(n, "obj") || tree_.Is(n, "nsubj") || tree_.Is(n, "nsubj:pass") ||
                     tree_.Is(n, "obl"))) {
        if (InClass("CANCEL", h)) return kNegated;
        if (InClass("WISH", h)) return kHypothetical;  // "invited X for talks"
        clause = h;
      }
      for (int c : tree_.Children(w)) {
        if (tree_.Is(c, "amod") && InClass("PLANNED", c)) return kPlanned;
        if (tree_.Is(c, "det") && InClass("NEG", c)) return kNegated;
      }
    }
    // Up through xcomp chains: "refused to meet", "plans to send".
    const char* found = nullptr;
    for (int x = clause, steps = 0; x >= 0 && steps < 4; ++steps) {
      for (int c : tree_.Children(x)) {
        if ((tree_.Is(c, "advmod") || tree_.Is(c, "aux")) && InClass("NEG", c)) return kNegated;
        if (tree_.Is(c, "aux") && InClass("FUTURE", c) && found == nullptr) found = kPlanned;
        if (tree_.Is(c, "aux") && InClass("MAYBE", c) && found == nullptr) found = kHypothetical;
        if (tree_.Is(c, "mark") && InClass("IF", c) && found == nullptr) found = kHypothetical;
        // "is to succeed", "was to meet": "be" as copula of a to-infinitive.
        if (tree_.Is(c, "cop") && HasMarkIn(x, "TO") && found == nullptr) found = kPlanned;
      }
      if (x != clause) {
        if (InClass("CANCEL", x) || InClass("REFUSE", x)) return kNegated;
        if (InClass("PLAN", x) && found == nullptr) found = kPlanned;
        if (InClass("WISH", x) && found == nullptr) found = kHypothetical;
      }
      // Up through complements: "refused to meet" (xcomp), "would be happy to
      // meet" and "warned X against sending" (an advcl with "to" or a
      // preposition).
      if (!tree_.Is(x, "xcomp") &&
          !(tree_.Is(x, "advcl") && (HasMarkIn(x, "NO_CONTROL") || HasMarkIn(x, "TO")))) {
        break;
      }
      x = tree_.Head(x);
    }
    return found != nullptr ? found : kAsserted;
  }

  void Emit(int w, const DepTrigger& t, const DepRule& r, const Arg& a, const Arg& b) {
    const RelationType& type = in_.types->types()[t.type];
    int32_t source = r.swap ? b.entity : a.entity, target = r.swap ? a.entity : b.entity;
    if (source == target) return;
    const uint8_t person = kPersonBit;
    if ((a.via_officials && ((*in_.entity_types)[b.entity] & person)) ||
        (b.via_officials && ((*in_.entity_types)[a.entity] & person))) {
      return;  // "French officials met him at the airport"
    }
    auto key = std::make_tuple(t.type, type.symmetric ? std::min(source, target) : source,
                               type.symmetric ? std::max(source, target) : target);
    if (std::find(emitted_->begin(), emitted_->end(), key) != emitted_->end()) return;
    emitted_->push_back(key);
    RelationMention rm;
    rm.type = type.name;
    rm.source = static_cast<uint32_t>(source);
    rm.target = static_cast<uint32_t>(target);
    rm.symmetric = type.symmetric;
    rm.modality = Modality(w);
    rm.sentence = in_.sentence;
    rm.sentence_span = in_.doc->doc.sentences[in_.sentence].span;
    rm.trigger = in_.view->words[w].span;
    rm.rule = "dep." + r.id;
    rm.cameo = t.cameo;
    float base = r.confidence > 0 ? r.confidence : type.confidence;
    rm.confidence = base * std::min(a.confidence, b.confidence);
    out_->push_back(std::move(rm));
  }

  void ApplyRule(int w, int object, const DepTrigger& t, const DepRule& r) {
    const RelationType& type = in_.types->types()[t.type];
    armed_ = type.name == "deploys" || type.name == "attacks";
    if (Blocked(t.type)) return;
    const uint8_t src_types = r.swap ? type.types[1] : type.types[0];
    const uint8_t tgt_types = r.swap ? type.types[0] : type.types[1];
    std::vector<Arg> sources = Arguments(w, object, r.source, src_types);
    if (sources.empty()) return;
    if (r.target_is_group) {
      // "X and Y met": they met each other; "X and Y met Z": they met Z.
      if (!type.symmetric) return;
      if (r.selector == DepRule::kVerb && (tree_.Child(w, "obj") >= 0 || HasWithObl(w))) return;
      for (size_t i = 0; i < sources.size(); ++i) {
        for (size_t j = i + 1; j < sources.size(); ++j) Emit(w, t, r, sources[i], sources[j]);
      }
      return;
    }
    // Forces sent to a town count for its country ("into the heart of
    // Fallujah"); a visit only to a region ("visited Darfur"): a politician
    // touring towns at home is no visit to a country.
    places_ = type.name == "deploys" || type.name == "visits";
    regions_only_ = type.name == "visits";
    std::vector<Arg> targets =
        Arguments(w, object, r.target, r.target_types != 0 ? r.target_types : tgt_types);
    places_ = false;
    for (const Arg& a : sources) {
      for (const Arg& b : targets) Emit(w, t, r, a, b);
    }
    // "X hosted Y and Z for a summit": Y and Z meet too, unless separately.
    if (r.pairs && type.symmetric && !HasAdvmodIn(w, "APART")) {
      for (size_t i = 0; i < targets.size(); ++i) {
        for (size_t j = i + 1; j < targets.size(); ++j) Emit(w, t, r, targets[i], targets[j]);
      }
    }
  }

  // A block of rules/relations.tsv (sports pages) vetoes the type here too.
  bool Blocked(int type) const {
    const TypeMask bit = TypeMask{1} << type;
    PatternMatch whole;
    whole.begin = 0;
    whole.end = static_cast<int>(in_.items->size());
    whole.trigger_begin = whole.trigger_end = whole.end;
    for (const Block& block : in_.types->blocks()) {
      if ((block.relations & bit) == 0) continue;
      Window everywhere = block.window;
      everywhere.sentence = true;
      if (OccursInWindow(*in_.types, block.pattern, everywhere, *in_.items, whole)) return true;
    }
    return false;
  }

  const DepInput& in_;
  mutable std::unordered_map<const char*, const std::unordered_set<std::string>*> classes_;
  bool armed_ = false;
  bool places_ = false;        // a place argument stands for its country
  bool regions_only_ = false;  // ... only a region
  Tree tree_;
  std::vector<std::tuple<int, int32_t, int32_t>>* emitted_;
  std::vector<RelationMention>* out_;
};

}  // namespace

void MatchDependencies(const DepInput& in, std::vector<std::tuple<int, int32_t, int32_t>>* emitted,
                       std::vector<RelationMention>* out) {
  if (in.view == nullptr || in.view->parse.size() == 0 || in.view->model == nullptr) return;
  Matcher m(in, *in.view->model, emitted, out);
  m.Run();
}

}  // namespace newsgraph::relations

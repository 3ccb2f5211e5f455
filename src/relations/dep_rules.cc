#include "relations/internal/dep_rules.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "relations/internal/items.h"

namespace newsgraph::relations {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// A TSV file with a header naming its columns: rows as column -> value.
struct Table {
  std::vector<std::pair<std::string, std::unordered_map<std::string, std::string>>> rows;
};

Status ReadTable(const std::string& path, Table* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot read");
  std::string line;
  std::vector<std::string> header;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty() || line[0] == '#') continue;
    std::vector<std::string> cols = Split(line, '\t');
    if (header.empty()) {
      header = cols;
      continue;
    }
    if (cols.size() > header.size()) {
      return Status::InvalidArgument(path + ":" + std::to_string(n) + ": " +
                                     std::to_string(cols.size()) + " fields, the header names " +
                                     std::to_string(header.size()));
    }
    std::unordered_map<std::string, std::string> row;
    for (size_t i = 0; i < header.size(); ++i) {
      std::string v = i < cols.size() ? Trim(cols[i]) : "";
      row[header[i]] = v == "-" ? "" : v;
    }
    out->rows.push_back({path + ":" + std::to_string(n), std::move(row)});
  }
  return Status::OK();
}

int FindType(const RuleSet& types, const std::string& name) {
  for (size_t i = 0; i < types.types().size(); ++i) {
    if (types.types()[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

using Classes = std::unordered_map<std::string, std::unordered_set<std::string>>;

// "{a,b,@CLASS}": the lemmas of a lemma test.
Status ParseLemmas(const std::string& where, const std::string& s, const Classes& classes,
                   DepStep* step) {
  step->kind = DepStep::kLemma;
  for (const std::string& raw : Split(s.substr(1, s.size() - 2), ',')) {
    std::string l = Trim(raw);
    if (l.empty()) continue;
    if (l[0] != '@') {
      step->cases.push_back(l);
      continue;
    }
    auto it = classes.find(l.substr(1));
    if (it == classes.end()) return Status::InvalidArgument(where + ": unknown class '" + l + "'");
    step->cases.insert(step->cases.end(), it->second.begin(), it->second.end());
  }
  if (step->cases.empty()) return Status::InvalidArgument(where + ": empty lemma test '" + s + "'");
  return Status::OK();
}

Status ParsePath(const std::string& where, const std::string& text, const Classes& classes,
                 DepPath* path) {
  for (const std::string& raw : Split(text, '/')) {
    std::string s = Trim(raw);
    DepStep step;
    if (s == "OBJ") {
      step.kind = DepStep::kObject;
    } else if (s == "SUBJ") {
      step.kind = DepStep::kSubject;
    } else if (s == ".") {
      step.kind = DepStep::kSelf;
    } else if (s.size() > 2 && s.front() == '{' && s.back() == '}') {
      NG_RETURN_IF_ERROR(ParseLemmas(where, s, classes, &step));
    } else {
      // "nsubj", "obl[with,to]", "^xcomp", "^obl[for]".
      static const RE2 relation(R"((\^?)([a-z:_]+)(?:\[([^\[\]]*)\])?)");
      std::string up, cases;
      if (!RE2::FullMatch(s, relation, &up, &step.deprel, &cases)) {
        return Status::InvalidArgument(where + ": bad path step '" + raw +
                                       "' (a dependency relation such as obl or ^xcomp, maybe with "
                                       "[case words]; {lemmas}; OBJ; SUBJ; .)");
      }
      if (!up.empty()) step.kind = DepStep::kHead;
      for (const std::string& c : Split(cases, ',')) {
        if (!Trim(c).empty()) step.cases.push_back(Trim(c));
      }
    }
    path->push_back(std::move(step));
  }
  return Status::OK();
}

Status ParsePaths(const std::string& where, const std::string& text, const Classes& classes,
                  std::vector<DepPath>* out) {
  for (const std::string& alt : Split(text, '|')) {
    DepPath p;
    NG_RETURN_IF_ERROR(ParsePath(where, alt, classes, &p));
    out->push_back(std::move(p));
  }
  return Status::OK();
}

// "key=value" options, space-separated.
std::unordered_map<std::string, std::string> Options(const std::string& text) {
  std::unordered_map<std::string, std::string> out;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    size_t eq = word.find('=');
    out[word.substr(0, eq)] = eq == std::string::npos ? "" : word.substr(eq + 1);
  }
  return out;
}

}  // namespace

std::vector<std::string> RegularForms(const std::string& lemma) {
  std::string head = lemma.substr(0, lemma.find(' '));
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::vector<std::string> out = {head};
  size_t n = head.size();
  if (n == 0) return out;
  bool ends_y = head[n - 1] == 'y' && n > 1 && !vowel(head[n - 2]);
  if (ends_y) {
    out.push_back(head.substr(0, n - 1) + "ies");
    out.push_back(head.substr(0, n - 1) + "ied");
  } else if (head.back() == 's' || head.back() == 'x' || head.back() == 'z' ||
             (n > 1 && (head.substr(n - 2) == "ch" || head.substr(n - 2) == "sh"))) {
    out.push_back(head + "es");
  } else {
    out.push_back(head + "s");
  }
  if (head.back() == 'e') {
    out.push_back(head + "d");
    out.push_back(head.substr(0, n - 1) + "ing");
  } else {
    if (!ends_y) out.push_back(head + "ed");
    out.push_back(head + "ing");
    if (n >= 3 && !vowel(head[n - 1]) && head[n - 1] != 'w' && head[n - 1] != 'x' &&
        head[n - 1] != 'y' && vowel(head[n - 2]) && !vowel(head[n - 3])) {
      // "ship" -> shipped; "visit" gets a spare "visitted" (forms only feed
      // the parse prefilter).
      out.push_back(head + head.back() + "ed");
      out.push_back(head + head.back() + "ing");
    }
  }
  return out;
}

Status DepRuleSet::AddTrigger(DepTrigger t, const std::string& forms,
                              std::vector<std::string> needs) {
  std::vector<std::string> all = RegularForms(t.lemma);
  // A noun's forms are its lemma and plural ("accord" is not "according").
  if (t.noun) all.resize(std::min<size_t>(all.size(), 2));
  for (const std::string& f : Split(forms, '|')) {
    std::string w = Trim(f);
    if (!w.empty()) all.push_back(w.substr(0, w.find(' ')));
  }
  std::vector<std::string> objects;
  for (const std::string& o : t.objects) {
    for (const std::string& f : RegularForms(o)) objects.push_back(f);
  }
  const uint32_t index = static_cast<uint32_t>(triggers_.size());
  for (const std::string& f : all) {
    auto& list = forms_[f];
    if (list.empty() || list.back() != index) list.push_back(index);
  }
  object_forms_.push_back(std::move(objects));
  particles_.push_back(t.particle);
  needs_.push_back(std::move(needs));
  triggers_.push_back(std::make_unique<DepTrigger>(std::move(t)));
  by_lemma_[triggers_.back()->lemma].push_back(triggers_.back().get());
  return Status::OK();
}

Status DepRuleSet::Load(const std::string& triggers_path, const std::string& rules_path,
                        const RuleSet& types, std::unique_ptr<DepRuleSet>* result) {
  std::unique_ptr<DepRuleSet> d(new DepRuleSet());
  // The hand-written file first: its classes name objects of the triggers.
  Table rules;
  NG_RETURN_IF_ERROR(ReadTable(rules_path, &rules));
  for (auto& [where, row] : rules.rows) {
    const std::string& kind = row["kind"];
    if (kind == "class") {
      if (row["id"].empty()) return Status::InvalidArgument(where + ": a class needs an id");
      auto& cls = d->classes_[row["id"]];
      for (const std::string& w : Split(row["trigger"], '|')) {
        if (!Trim(w).empty()) cls.insert(Trim(w));
      }
    }
  }
  auto objects_of = [&](const std::string& where, const std::string& spec,
                        std::vector<std::string>* out) -> Status {
    for (const std::string& o : Split(spec, '|')) {
      std::string w = Trim(o);
      if (w.empty()) continue;
      if (w[0] == '@') {
        auto it = d->classes_.find(w.substr(1));
        if (it == d->classes_.end()) return Status::InvalidArgument(where + ": unknown class " + w);
        out->insert(out->end(), it->second.begin(), it->second.end());
      } else {
        // A phrase object names its head, the last word ("peace treaty" -> treaty).
        out->push_back(w.substr(w.rfind(' ') == std::string::npos ? 0 : w.rfind(' ') + 1));
      }
    }
    return Status::OK();
  };
  auto add_trigger = [&](const std::string& where, const std::string& relation,
                         const std::string& phrase, bool noun, const std::string& objects,
                         const std::string& cameo, const std::string& forms,
                         const std::string& needs = "") -> Status {
    DepTrigger t;
    t.type = FindType(types, relation);
    if (t.type < 0)
      return Status::InvalidArgument(where + ": unknown relation type '" + relation + "'");
    size_t space = phrase.find(' ');
    t.lemma = phrase.substr(0, space);
    if (space != std::string::npos) t.particle = phrase.substr(phrase.rfind(' ') + 1);
    if (t.lemma.empty()) return Status::InvalidArgument(where + ": a trigger needs a lemma");
    t.noun = noun;
    NG_RETURN_IF_ERROR(objects_of(where, objects, &t.objects));
    t.cameo = cameo;
    t.source = where;
    // needs=@CLASS|lemma: forms one of which the sentence must also hold.
    std::vector<std::string> need_forms;
    for (const std::string& raw : Split(needs, '|')) {
      std::string n = Trim(raw);
      if (n.empty()) continue;
      std::vector<std::string> lemmas = {n};
      if (n[0] == '@') {
        auto it = d->classes_.find(n.substr(1));
        if (it == d->classes_.end())
          return Status::InvalidArgument(where + ": unknown class '" + n + "'");
        lemmas.assign(it->second.begin(), it->second.end());
      }
      for (const std::string& l : lemmas) {
        for (const std::string& f : RegularForms(l)) need_forms.push_back(f);
      }
    }
    return d->AddTrigger(std::move(t), forms, std::move(need_forms));
  };
  if (!triggers_path.empty()) {
    Table lexicon;
    NG_RETURN_IF_ERROR(ReadTable(triggers_path, &lexicon));
    for (auto& [where, row] : lexicon.rows) {
      NG_RETURN_IF_ERROR(add_trigger(where, row["relation"], row["lemma"], false, row["objects"],
                                     row["cameo"], row["forms"]));
    }
  }
  for (auto& [where, row] : rules.rows) {
    const std::string& kind = row["kind"];
    if (kind == "class") continue;
    std::unordered_map<std::string, std::string> opts = Options(row["options"]);
    if (kind == "trigger") {
      std::string spec = row["trigger"];
      std::string pos = spec.substr(0, spec.find(' '));
      std::string objects =
          spec.find(' ') == std::string::npos ? "" : Trim(spec.substr(spec.find(' ')));
      if (pos != "VERB" && pos != "NOUN") {
        return Status::InvalidArgument(where + ": trigger must start with VERB or NOUN, got '" +
                                       pos + "'");
      }
      if (!row["source"].empty() || !row["target"].empty()) {
        return Status::InvalidArgument(
            where + ": a trigger has no source or target (options go in the last column)");
      }
      NG_RETURN_IF_ERROR(add_trigger(where, row["relation"], row["id"], pos == "NOUN", objects,
                                     opts["cameo"], opts["forms"], opts["needs"]));
      continue;
    }
    if (kind != "dep") {
      return Status::InvalidArgument(where + ": unknown kind '" + kind + "' (class, trigger, dep)");
    }
    DepRule r;
    r.id = row["id"];
    if (r.id.empty()) return Status::InvalidArgument(where + ": a dep rule needs an id");
    for (const std::string& name : Split(row["relation"], ',')) {
      std::string n = Trim(name);
      int t = FindType(types, n);
      if (t < 0) return Status::InvalidArgument(where + ": unknown relation type '" + n + "'");
      r.types |= uint64_t{1} << t;
    }
    std::string sel = row["trigger"];
    std::string head = sel.substr(0, sel.find(' '));
    if (head == "VERB") {
      r.selector = DepRule::kVerb;
    } else if (head == "VERB+OBJ") {
      r.selector = DepRule::kVerbObject;
    } else if (head == "NOUN") {
      r.selector = DepRule::kNoun;
    } else {
      return Status::InvalidArgument(where + ": trigger selector must be VERB, VERB+OBJ or NOUN");
    }
    if (sel.find(' ') != std::string::npos) {
      for (const std::string& l : Split(Trim(sel.substr(sel.find(' '))), '|')) {
        if (!Trim(l).empty()) r.lemmas.push_back(Trim(l));
      }
    }
    NG_RETURN_IF_ERROR(ParsePaths(where, row["source"], d->classes_, &r.source));
    if (row["target"] == "&") {
      r.target_is_group = true;
    } else {
      NG_RETURN_IF_ERROR(ParsePaths(where, row["target"], d->classes_, &r.target));
    }
    r.swap = opts.count("swap") != 0;
    r.pairs = opts.count("pairs") != 0;
    for (const std::string& l : Split(opts["except"], '|')) {
      if (!Trim(l).empty()) r.except.push_back(Trim(l));
    }
    if (opts.count("target")) {
      r.target_types = ParseTypeBits(opts["target"]);
      if (r.target_types == 0 || (r.target_types & ~(kPersonBit | kCountryBit | kOrgBit)) != 0) {
        return Status::InvalidArgument(where + ": target=" + opts["target"] +
                                       ": PERSON, COUNTRY or ORG, '|'-separated");
      }
    }
    if (opts.count("confidence")) {
      char* end = nullptr;
      r.confidence = std::strtof(opts["confidence"].c_str(), &end);
      if (end == opts["confidence"].c_str() || *end != '\0' ||
          !(r.confidence > 0 && r.confidence <= 1)) {
        return Status::InvalidArgument(where + ": confidence must be in (0, 1]");
      }
    }
    d->rules_.push_back(std::move(r));
  }
  // Forms too common in other senses to make a sentence worth parsing on
  // their own ("back" as an adverb, "a deal", "air force"): the trigger
  // still fires when another form gets the sentence parsed.
  if (const auto* weak = d->Class("WEAK_FORMS")) {
    for (const std::string& f : *weak) d->forms_.erase(f);
  }
  *result = std::move(d);
  return Status::OK();
}

bool DepRuleSet::HasTrigger(const std::vector<std::string_view>& norms) const {
  for (std::string_view norm : norms) {
    auto it = forms_.find(norm);
    if (it == forms_.end()) continue;
    for (uint32_t t : it->second) {
      if (!particles_[t].empty() &&
          std::find(norms.begin(), norms.end(), std::string_view(particles_[t])) == norms.end()) {
        continue;  // "take" without "over"
      }
      const std::vector<std::string>& needs = needs_[t];
      if (!needs.empty() && std::none_of(norms.begin(), norms.end(), [&](std::string_view n) {
            return std::find(needs.begin(), needs.end(), n) != needs.end();
          })) {
        continue;  // "died" with no appointment in the sentence
      }
      const std::vector<std::string>& objects = object_forms_[t];
      if (objects.empty()) return true;
      for (std::string_view other : norms) {
        for (const std::string& o : objects) {
          if (other == o) return true;
        }
      }
    }
  }
  return false;
}

const std::vector<const DepTrigger*>* DepRuleSet::TriggersFor(const std::string& lemma) const {
  auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? nullptr : &it->second;
}

const std::unordered_set<std::string>* DepRuleSet::Class(const std::string& name) const {
  auto it = classes_.find(name);
  return it == classes_.end() ? nullptr : &it->second;
}

}  // namespace newsgraph::relations

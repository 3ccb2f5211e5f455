#include "gazetteer/matcher.h"

#include <algorithm>

#include "text/tokenizer.h"

namespace newsgraph::gazetteer {
namespace {

inline size_t Slot(uint64_t key, uint32_t shift) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift);
}

// The token text with dots removed, case kept: "U.S." -> "US".
std::string Undotted(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c != '.') out.push_back(c);
  }
  return out.empty() ? std::string(s) : out;
}

}  // namespace

uint32_t Matcher::Child(uint32_t node, uint32_t token) const {
  if (node == 0) return token < t_.root_children.size() ? t_.root_children[token] : 0;
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | token;
  const size_t cap = t_.edge_keys.size();
  size_t s = Slot(key, t_.edge_shift);
  for (size_t n = 0; n < cap; ++n, s = (s + 1) & (cap - 1)) {
    const uint64_t k = t_.edge_keys[s];
    if (k == key) return t_.edge_values[s];
    if (k == 0) return 0;
  }
  return 0;
}

void Matcher::ViewOwned() {
  t_.vocab = vocab_.view();
  t_.root_children = root_children_;
  t_.edge_keys = edge_keys_;
  t_.edge_values = edge_values_;
  t_.edge_shift = edge_shift_;
  t_.node_first = node_first_;
  t_.pattern_ids = pattern_ids_;
  t_.patterns = patterns_;
  t_.exact = exact_;
}

void Matcher::Grow() {
  std::vector<uint64_t> old_keys = std::move(edge_keys_);
  std::vector<uint32_t> old_values = std::move(edge_values_);
  size_t cap = old_keys.empty() ? 1024 : old_keys.size() * 2;
  edge_keys_.assign(cap, 0);
  edge_values_.assign(cap, 0);
  edge_shift_ = 64 - static_cast<uint32_t>(__builtin_ctzll(cap));
  const size_t mask = cap - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == 0) continue;
    size_t s = Slot(old_keys[i], edge_shift_);
    while (edge_keys_[s] != 0) s = (s + 1) & mask;
    edge_keys_[s] = old_keys[i];
    edge_values_[s] = old_values[i];
  }
}

uint32_t Matcher::AddChild(uint32_t node, uint32_t token, uint32_t* num_nodes) {
  if ((edge_count_ + 1) * 2 > edge_keys_.size()) Grow();
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | token;
  const size_t mask = edge_keys_.size() - 1;
  size_t s = Slot(key, edge_shift_);
  while (edge_keys_[s] != 0) {
    if (edge_keys_[s] == key) return edge_values_[s];
    s = (s + 1) & mask;
  }
  edge_keys_[s] = key;
  edge_values_[s] = (*num_nodes)++;
  ++edge_count_;
  return edge_values_[s];
}

Status Matcher::Build(const Gazetteer& gaz, std::unique_ptr<Matcher>* result, Names names) {
  std::unique_ptr<Matcher> m(new Matcher(gaz));
  // Sizes known up front, so that the tables are not regrown while filled.
  size_t num_names = 0;
  for (uint32_t e = 0; e < gaz.size(); ++e) {
    for (const NameView name : gaz.entry(e).names) {
      num_names += (name.kind == NameKind::kShortForm) == (names == Names::kOnlyShortForms);
    }
  }
  m->patterns_.reserve(num_names);
  std::vector<std::pair<uint32_t, uint32_t>> ends;  // (node, pattern)
  ends.reserve(num_names);
  m->Grow();
  uint32_t num_nodes = 1;  // root
  text::Document d;
  std::string exact;
  for (uint32_t e = 0; e < gaz.size(); ++e) {
    const EntryView entry = gaz.entry(e);
    for (size_t n = 0; n < entry.names.size(); ++n) {
      const NameView name = entry.names[n];
      if ((name.kind == NameKind::kShortForm) != (names == Names::kOnlyShortForms)) continue;
      d.text = name.text;
      text::Tokenize(&d);
      exact.clear();
      Pattern p;
      p.entry = e;
      p.name = static_cast<uint16_t>(n);
      p.policy = name.policy;
      uint32_t node = 0;
      uint32_t k = 0;
      for (uint32_t t = 0; t < d.tokens.size(); ++t) {
        const text::Token& tok = d.tokens[t];
        if (tok.Is(text::kHyphen)) continue;
        node = m->AddChild(node, m->vocab_.Insert(tok.norm), &num_nodes);
        if (k < 32 && tok.Is(text::kCapital)) p.cap_mask |= 1u << k;
        if (p.policy == CasePolicy::kExact) {
          if (!exact.empty()) exact.push_back('\x1f');
          exact += Undotted(d.TokenText(t));
        }
        ++k;
      }
      if (k == 0 || k > 255) continue;
      p.num_keys = static_cast<uint8_t>(k);
      p.exact =
          StrRef{static_cast<uint32_t>(m->exact_.size()), static_cast<uint32_t>(exact.size())};
      m->exact_ += exact;
      ends.emplace_back(node, static_cast<uint32_t>(m->patterns_.size()));
      m->patterns_.push_back(std::move(p));
    }
  }
  // The root's children in a flat array: the first probe of every token.
  m->root_children_.assign(m->vocab_.size() + 1, 0);
  for (size_t i = 0; i < m->edge_keys_.size(); ++i) {
    uint64_t k = m->edge_keys_[i];
    if (k != 0 && (k >> 32) == 0) m->root_children_[static_cast<uint32_t>(k)] = m->edge_values_[i];
  }
  std::stable_sort(ends.begin(), ends.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  m->node_first_.assign(num_nodes + 1, 0);
  for (const auto& [node, pat] : ends) ++m->node_first_[node + 1];
  for (uint32_t n = 0; n < num_nodes; ++n) m->node_first_[n + 1] += m->node_first_[n];
  m->pattern_ids_.resize(ends.size());
  for (size_t i = 0; i < ends.size(); ++i) m->pattern_ids_[i] = ends[i].second;
  m->ViewOwned();
  *result = std::move(m);
  return Status::OK();
}

void Matcher::Write(FlatWriter* out) const {
  out->Array(t_.vocab.slots());
  out->Bytes(t_.vocab.arena());
  out->Array(t_.root_children);
  out->Array(t_.edge_keys);
  out->Array(t_.edge_values);
  out->Array(t_.node_first);
  out->Array(t_.pattern_ids);
  out->Array(t_.patterns);
  out->Bytes(t_.exact);
}

Status Matcher::Read(const Gazetteer& gaz, FlatReader* in, std::unique_ptr<Matcher>* result) {
  std::unique_ptr<Matcher> m(new Matcher(gaz));
  Tables& t = m->t_;
  std::span<const StringSlot> slots = in->Array<StringSlot>();
  t.vocab = StringIdView(slots, in->Bytes());
  t.root_children = in->Array<uint32_t>();
  t.edge_keys = in->Array<uint64_t>();
  t.edge_values = in->Array<uint32_t>();
  t.node_first = in->Array<uint32_t>();
  t.pattern_ids = in->Array<uint32_t>();
  t.patterns = in->Array<Pattern>();
  t.exact = in->Bytes();
  // How the tables fit together; values inside them are checked where
  // they are used (LongestAt).
  const size_t cap = t.edge_keys.size();
  if (!in->ok() || !t.vocab.Valid() || cap == 0 || (cap & (cap - 1)) != 0 ||
      t.edge_values.size() != cap || t.node_first.size() < 2 || t.node_first.front() != 0 ||
      t.node_first.back() != t.pattern_ids.size()) {
    return Status::Corruption("gazetteer image: bad matcher tables");
  }
  t.edge_shift = 64 - static_cast<uint32_t>(__builtin_ctzll(cap));
  *result = std::move(m);
  return Status::OK();
}

void Matcher::Lookup(const text::Document& doc, std::vector<uint32_t>* ids) const {
  ids->resize(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) (*ids)[i] = t_.vocab.Find(doc.tokens[i].norm);
}

bool Matcher::CasePasses(const Pattern& p, const text::Document& doc, uint32_t first,
                         uint32_t end) const {
  if (p.policy == CasePolicy::kIgnore) return true;
  uint32_t k = 0;
  size_t exact_pos = 0;
  const std::string_view exact = PoolString(t_.exact, p.exact);
  for (uint32_t t = first; t < end; ++t) {
    const text::Token& tok = doc.tokens[t];
    if (tok.Is(text::kHyphen)) continue;
    if (p.policy == CasePolicy::kTitle) {
      if (k < 32 && (p.cap_mask >> k & 1u) && !tok.Is(text::kCapital)) return false;
    } else {
      size_t sep = exact.find('\x1f', exact_pos);
      std::string_view want =
          exact.substr(std::min(exact_pos, exact.size()),
                       sep == std::string_view::npos ? std::string_view::npos : sep - exact_pos);
      if (Undotted(doc.TokenText(t)) != want) return false;
      exact_pos = sep == std::string_view::npos ? exact.size() : sep + 1;
    }
    ++k;
  }
  return true;
}

bool Matcher::LongestAt(const text::Document& doc, const std::vector<uint32_t>& ids, uint32_t i,
                        uint32_t end, std::vector<uint32_t>* patterns, uint32_t* match_end) const {
  patterns->clear();
  uint32_t node = 0;
  uint32_t keys = 0;
  bool found = false;
  for (uint32_t j = i; j < end; ++j) {
    if (keys > 0 && doc.tokens[j].Is(text::kHyphen)) continue;
    uint32_t id = ids[j];
    if (id == 0) break;
    node = Child(node, id);
    if (node == 0 || node + 1 >= t_.node_first.size()) break;
    ++keys;
    const uint32_t b = t_.node_first[node];
    const uint32_t e = std::min<size_t>(t_.node_first[node + 1], t_.pattern_ids.size());
    bool any = false;
    for (uint32_t x = b; x < e; ++x) {
      const uint32_t pid = t_.pattern_ids[x];
      if (pid >= t_.patterns.size()) continue;
      // (A damaged image's pattern may name no entry: Gazetteer::entry and
      // its names then give empty views.)
      if (!CasePasses(t_.patterns[pid], doc, i, j + 1)) continue;
      if (!any) patterns->clear();
      any = true;
      patterns->push_back(pid);
    }
    if (any) {
      found = true;
      *match_end = j + 1;
    }
  }
  return found;
}

size_t Matcher::MemoryBytes() const {
  size_t bytes = root_children_.capacity() * 4 + edge_keys_.capacity() * 8 +
                 edge_values_.capacity() * 4 + node_first_.capacity() * 4 +
                 pattern_ids_.capacity() * 4 + patterns_.capacity() * sizeof(Pattern);
  return bytes + exact_.capacity() + vocab_.MemoryBytes();
}

}  // namespace newsgraph::gazetteer

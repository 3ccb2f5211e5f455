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
  if (node == 0) return token < root_children_.size() ? root_children_[token] : 0;
  const uint64_t key = (static_cast<uint64_t>(node) << 32) | token;
  const size_t mask = edge_keys_.size() - 1;
  for (size_t s = Slot(key, edge_shift_);; s = (s + 1) & mask) {
    uint64_t k = edge_keys_[s];
    if (k == key) return edge_values_[s];
    if (k == 0) return 0;
  }
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
  for (const Entry& entry : gaz.entries()) {
    for (const Name& name : entry.names) {
      num_names += (name.kind == NameKind::kShortForm) == (names == Names::kOnlyShortForms);
    }
  }
  m->patterns_.reserve(num_names);
  std::vector<std::pair<uint32_t, uint32_t>> ends;  // (node, pattern)
  ends.reserve(num_names);
  m->Grow();
  uint32_t num_nodes = 1;  // root
  text::Document d;
  for (uint32_t e = 0; e < gaz.size(); ++e) {
    const Entry& entry = gaz.entry(e);
    for (size_t n = 0; n < entry.names.size(); ++n) {
      const Name& name = entry.names[n];
      if ((name.kind == NameKind::kShortForm) != (names == Names::kOnlyShortForms)) continue;
      d.text = name.text;
      text::Tokenize(&d);
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
          if (!p.exact.empty()) p.exact.push_back('\x1f');
          p.exact += Undotted(d.TokenText(t));
        }
        ++k;
      }
      if (k == 0 || k > 255) continue;
      p.num_keys = static_cast<uint8_t>(k);
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
  *result = std::move(m);
  return Status::OK();
}

void Matcher::Write(util::BinaryWriter* out) const {
  vocab_.Write(out);
  out->Array(root_children_);
  out->Array(edge_keys_);
  out->Array(edge_values_);
  out->U64(edge_count_);
  out->U32(edge_shift_);
  out->Array(node_first_);
  out->Array(pattern_ids_);
  out->U64(patterns_.size());
  for (const Pattern& p : patterns_) {
    out->U32(p.entry);
    out->U16(p.name);
    out->U8(p.num_keys);
    out->U8(static_cast<uint8_t>(p.policy));
    out->U32(p.cap_mask);
    out->Str(p.exact);
  }
}

Status Matcher::Read(const Gazetteer& gaz, util::BinaryReader* in,
                     std::unique_ptr<Matcher>* result) {
  std::unique_ptr<Matcher> m(new Matcher(gaz));
  auto corrupt = [](const char* what) {
    return Status::Corruption(std::string("gazetteer image: bad ") + what);
  };
  if (!m->vocab_.Read(in)) return corrupt("vocabulary");
  in->Array(&m->root_children_);
  in->Array(&m->edge_keys_);
  in->Array(&m->edge_values_);
  m->edge_count_ = in->U64();
  m->edge_shift_ = in->U32();
  in->Array(&m->node_first_);
  in->Array(&m->pattern_ids_);
  const uint64_t num_patterns = in->U64();
  if (!in->ok() || num_patterns > in->remaining() / 12) return corrupt("matcher tables");
  m->patterns_.resize(num_patterns);
  for (Pattern& p : m->patterns_) {
    p.entry = in->U32();
    p.name = in->U16();
    p.num_keys = in->U8();
    p.policy = static_cast<CasePolicy>(in->U8());
    p.cap_mask = in->U32();
    p.exact = in->Str();
    if (p.entry >= gaz.size() || p.name >= gaz.entry(p.entry).names.size() ||
        p.policy > CasePolicy::kIgnore) {
      return corrupt("pattern");
    }
  }
  // Every index used while matching must point inside its table.
  const size_t cap = m->edge_keys_.size();
  const size_t nodes = m->node_first_.empty() ? 0 : m->node_first_.size() - 1;
  bool ok = in->ok() && cap > 0 && (cap & (cap - 1)) == 0 && m->edge_values_.size() == cap &&
            m->edge_shift_ == 64 - static_cast<uint32_t>(__builtin_ctzll(cap)) && nodes > 0 &&
            m->root_children_.size() == m->vocab_.size() + 1 && m->node_first_.front() == 0 &&
            m->node_first_.back() == m->pattern_ids_.size();
  for (size_t i = 0; ok && i < cap; ++i) ok = m->edge_values_[i] < nodes;
  for (size_t i = 0; ok && i < m->root_children_.size(); ++i) ok = m->root_children_[i] < nodes;
  for (size_t i = 0; ok && i < nodes; ++i) ok = m->node_first_[i] <= m->node_first_[i + 1];
  for (size_t i = 0; ok && i < m->pattern_ids_.size(); ++i) ok = m->pattern_ids_[i] < num_patterns;
  if (!ok) return corrupt("matcher tables");
  *result = std::move(m);
  return Status::OK();
}

void Matcher::Lookup(const text::Document& doc, std::vector<uint32_t>* ids) const {
  ids->resize(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) (*ids)[i] = vocab_.Find(doc.tokens[i].norm);
}

bool Matcher::CasePasses(const Pattern& p, const text::Document& doc, uint32_t first,
                         uint32_t end) const {
  if (p.policy == CasePolicy::kIgnore) return true;
  uint32_t k = 0;
  size_t exact_pos = 0;
  for (uint32_t t = first; t < end; ++t) {
    const text::Token& tok = doc.tokens[t];
    if (tok.Is(text::kHyphen)) continue;
    if (p.policy == CasePolicy::kTitle) {
      if (k < 32 && (p.cap_mask >> k & 1u) && !tok.Is(text::kCapital)) return false;
    } else {
      size_t sep = p.exact.find('\x1f', exact_pos);
      std::string_view want = std::string_view(p.exact).substr(
          exact_pos, sep == std::string::npos ? std::string::npos : sep - exact_pos);
      if (Undotted(doc.TokenText(t)) != want) return false;
      exact_pos = sep == std::string::npos ? p.exact.size() : sep + 1;
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
    if (node == 0) break;
    ++keys;
    uint32_t b = node_first_[node], e = node_first_[node + 1];
    if (b == e) continue;
    bool any = false;
    for (uint32_t x = b; x < e; ++x) {
      const Pattern& p = patterns_[pattern_ids_[x]];
      if (!CasePasses(p, doc, i, j + 1)) continue;
      if (!any) patterns->clear();
      any = true;
      patterns->push_back(pattern_ids_[x]);
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
  return bytes + vocab_.MemoryBytes();
}

}  // namespace newsgraph::gazetteer

#include "syntax/internal/parser.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "syntax/internal/hash.h"

namespace newsgraph::syntax {
namespace {

constexpr int kMaxFeatures = 128;
constexpr uint64_t kRootWord = 0x524f4f54ULL;  // the virtual root's word value
constexpr uint64_t kRootTag = 255;

enum Move { kShift = 0, kLeft = 1, kRight = 2 };

// A parser configuration in one flat buffer, so that the beam copies it with
// one memcpy. Word n is the root, always last in the buffer.
class State {
 public:
  void Init(int words) {
    n_ = words;
    b_ = 0;
    depth_ = 0;
    const size_t m = static_cast<size_t>(n_) + 1;
    ints_.assign(m * kIntArrays, -1);
    std::fill(ints_.begin() + kNLeft * m, ints_.begin() + (kNRight + 1) * m, 0);
    sets_.assign(2 * m, 0);
    score = 0;
    cost = 0;
    history.clear();
  }
  int n() const { return n_; }
  bool Final() const { return depth_ == 0 && b_ == n_; }
  int depth() const { return depth_; }
  int b() const { return b_; }
  // The k-th word from the stack top, or -1.
  int S(int k) const { return depth_ > k ? Get(kStack, depth_ - 1 - k) : -1; }
  int StackAt(int i) const { return Get(kStack, i); }
  // The k-th word of the buffer (n = the root), or -1.
  int B(int k) const { return b_ + k <= n_ ? b_ + k : -1; }
  int Head(int i) const { return Get(kHead, i); }
  int Label(int i) const { return Get(kLabel, i); }
  int L1(int i) const { return i < 0 ? -1 : Get(kL1, i); }
  int L2(int i) const { return i < 0 ? -1 : Get(kL2, i); }
  int R1(int i) const { return i < 0 ? -1 : Get(kR1, i); }
  int R2(int i) const { return i < 0 ? -1 : Get(kR2, i); }
  int NLeft(int i) const { return Get(kNLeft, i); }
  int NRight(int i) const { return Get(kNRight, i); }
  uint64_t LSet(int i) const { return sets_[i]; }
  uint64_t RSet(int i) const { return sets_[n_ + 1 + i]; }

  void Apply(int move, int l) {
    if (move == kShift) {
      Set(kStack, depth_++, b_++);
    } else if (move == kLeft) {
      AddArc(b_, S(0), l);
      --depth_;
    } else {
      int s0 = S(0);
      --depth_;
      AddArc(S(0), s0, l);
    }
  }

  double score = 0;              // sum of the transition scores
  int cost = 0;                  // gold arcs lost so far (training)
  std::vector<uint8_t> history;  // the classes applied (training)

 private:
  enum Array { kStack, kHead, kLabel, kL1, kL2, kR1, kR2, kNLeft, kNRight, kIntArrays };
  int Get(Array a, int i) const { return ints_[static_cast<size_t>(a) * (n_ + 1) + i]; }
  void Set(Array a, int i, int v) { ints_[static_cast<size_t>(a) * (n_ + 1) + i] = v; }

  void AddArc(int h, int d, int l) {
    Set(kHead, d, h);
    Set(kLabel, d, l);
    if (d < h) {
      if (Get(kL1, h) < 0 || d < Get(kL1, h)) {
        Set(kL2, h, Get(kL1, h));
        Set(kL1, h, d);
      } else if (Get(kL2, h) < 0 || d < Get(kL2, h)) {
        Set(kL2, h, d);
      }
      Set(kNLeft, h, Get(kNLeft, h) + 1);
      sets_[h] |= 1ULL << (l & 63);
    } else {
      if (Get(kR1, h) < 0 || d > Get(kR1, h)) {
        Set(kR2, h, Get(kR1, h));
        Set(kR1, h, d);
      } else if (Get(kR2, h) < 0 || d > Get(kR2, h)) {
        Set(kR2, h, d);
      }
      Set(kNRight, h, Get(kNRight, h) + 1);
      sets_[n_ + 1 + h] |= 1ULL << (l & 63);
    }
  }

  int n_ = 0, b_ = 0, depth_ = 0;
  std::vector<int> ints_;
  std::vector<uint64_t> sets_;
};

uint64_t Bucket(int d) {
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  return 7;
}

class FeatureBuilder {
 public:
  FeatureBuilder(const std::vector<WordHashes>& words, const std::vector<uint8_t>& tags,
                 const std::vector<uint8_t>& coarse_of_tag)
      : words_(words),
        tags_(tags),
        coarse_of_tag_(coarse_of_tag),
        n_(static_cast<int>(words.size())) {}

  int Build(const State& s, uint64_t* f) const {
    const int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2);
    const int b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
    const int s0l1 = s.L1(s0), s0l2 = s.L2(s0), s0r1 = s.R1(s0), s0r2 = s.R2(s0);
    const int s1l1 = s.L1(s1), s1r1 = s.R1(s1), s1r2 = s.R2(s1);
    const int b0l1 = s.L1(b0), b0l2 = s.L2(b0);

    auto W = [&](int i) -> uint64_t { return i < 0 ? 0 : i == n_ ? kRootWord : words_[i].lower; };
    auto T = [&](int i) -> uint64_t {
      return i < 0 ? 0 : i == n_ ? kRootTag : static_cast<uint64_t>(tags_[i]) + 1;
    };
    auto L = [&](int i) -> uint64_t { return i < 0 ? 0 : static_cast<uint64_t>(s.Label(i) + 1); };
    const uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), s2t = T(s2);
    const uint64_t b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2w = W(b2), b2t = T(b2);
    const uint64_t s0wt = Combine(s0w, s0t), s1wt = Combine(s1w, s1t), b0wt = Combine(b0w, b0t),
                   b1wt = Combine(b1w, b1t);
    const uint64_t d1 = s0 >= 0 && b0 >= 0 ? Bucket(b0 - s0) : 0;
    const uint64_t d2 = s1 >= 0 ? Bucket(s0 - s1) : 0;
    auto VL = [&](int i) -> uint64_t { return i < 0 ? 0 : std::min(s.NLeft(i), 4) + 1; };
    auto VR = [&](int i) -> uint64_t { return i < 0 ? 0 : std::min(s.NRight(i), 4) + 1; };
    auto LS = [&](int i) -> uint64_t { return i < 0 ? 0 : s.LSet(i); };
    auto RS = [&](int i) -> uint64_t { return i < 0 ? 0 : s.RSet(i); };

    int k = 0;
    uint32_t t = 0;
    auto add = [&](uint64_t a, uint64_t b = 0, uint64_t c = 0) {
      f[k++] = FeatureKey(t++, a, b, c);
    };
    add(0);
    // Single positions.
    add(s0w);
    add(s0t);
    add(s0wt);
    add(s1w);
    add(s1t);
    add(s1wt);
    add(s2t);
    add(W(s2));
    add(b0w);
    add(b0t);
    add(b0wt);
    add(b1w);
    add(b1t);
    add(b1wt);
    add(b2w);
    add(b2t);
    // Children.
    add(W(s0l1));
    add(T(s0l1));
    add(L(s0l1));
    add(W(s0r1));
    add(T(s0r1));
    add(L(s0r1));
    add(T(s0l2));
    add(L(s0l2));
    add(T(s0r2));
    add(L(s0r2));
    add(W(b0l1));
    add(T(b0l1));
    add(L(b0l1));
    add(T(b0l2));
    add(L(b0l2));
    add(T(s1r1));
    add(L(s1r1));
    add(T(s1l1));
    add(L(s1l1));
    add(W(s1r1));
    // Pairs.
    add(s0wt, b0wt);
    add(s0wt, b0w);
    add(s0w, b0wt);
    add(s0wt, b0t);
    add(s0t, b0wt);
    add(s0w, b0w);
    add(s0t, b0t);
    add(b0t, b1t);
    add(s1wt, s0wt);
    add(s1w, s0w);
    add(s1t, s0t);
    add(s1t, s0w);
    add(s1w, s0t);
    add(s1wt, s0t);
    add(s1t, s0wt);
    // Triples.
    add(b0t, b1t, b2t);
    add(s0t, b0t, b1t);
    add(s1t, s0t, b0t);
    add(s2t, s1t, s0t);
    add(s0t, T(s0l1), b0t);
    add(s0t, T(s0r1), b0t);
    add(s0t, b0t, T(b0l1));
    add(s1t, T(s1r1), s0t);
    add(s1t, s0t, T(s0r1));
    add(s1t, s0t, T(s0l1));
    add(s1w, s0t, b0t);
    add(s1t, s0w, b0t);
    add(s1t, s0t, b0w);
    // Distance.
    add(s0w, d1);
    add(s0t, d1);
    add(b0w, d1);
    add(b0t, d1);
    add(s0w, b0w, d1);
    add(s0t, b0t, d1);
    add(s1w, d2);
    add(s1t, d2);
    add(s0w, d2);
    add(s0t, d2);
    add(s1t, s0t, d2);
    add(s1w, s0w, d2);
    // Valency.
    add(s0w, VL(s0));
    add(s0t, VL(s0));
    add(s0w, VR(s0));
    add(s0t, VR(s0));
    add(b0w, VL(b0));
    add(b0t, VL(b0));
    add(s1t, VR(s1));
    add(s1t, VL(s1));
    // Third order.
    add(s0t, T(s0l1), T(s0l2));
    add(s0t, T(s0r1), T(s0r2));
    add(b0t, T(b0l1), T(b0l2));
    add(s1t, T(s1r1), T(s1r2));
    // Label sets.
    add(s0w, LS(s0));
    add(s0t, LS(s0));
    add(s0w, RS(s0));
    add(s0t, RS(s0));
    add(b0w, LS(b0));
    add(b0t, LS(b0));
    add(s1t, RS(s1));
    // Linear context: the words next to the stack top and the buffer front.
    auto At = [&](int i) { return i >= 0 && i < n_ ? i : -1; };
    const int s0m1 = s0 >= 0 ? At(s0 - 1) : -1, s0p1 = s0 >= 0 ? At(s0 + 1) : -1;
    const int b0m1 = b0 >= 0 ? At(b0 - 1) : -1;
    add(T(s0m1), s0t);
    add(s0t, T(s0p1));
    add(T(b0m1), b0t);
    add(s0t, T(s0p1), b0t);
    add(s0t, T(b0m1), b0t);
    add(W(b0m1), b0t);
    add(s0t, W(s0p1));
    // Coarse tags (UPOS) in the larger conjunctions, where the fine tags
    // make them sparse.
    auto C = [&](int i) -> uint64_t {
      if (i < 0) return 0;
      if (i == n_) return kRootTag;
      return tags_[i] < coarse_of_tag_.size() ? coarse_of_tag_[tags_[i]] + 1u : 100u;
    };
    const uint64_t s0c = C(s0), s1c = C(s1), b0c = C(b0), b1c = C(b1);
    add(s0c, b0c, b1c);
    add(s1c, s0c, b0c);
    add(s0c, C(s0l1), b0c);
    add(s0c, C(s0r1), b0c);
    add(s1c, C(s1r1), s0c);
    add(s0c, b0c, d1);
    add(s1c, s0c, d2);
    add(b0c, b1c, C(b2));
    add(C(s2), s1c, s0c);
    add(s0c, b0w);
    add(s0w, b0c);
    add(s1c, s0w);
    add(s1w, s0c);
    return k;
  }

 private:
  const std::vector<WordHashes>& words_;
  const std::vector<uint8_t>& tags_;
  const std::vector<uint8_t>& coarse_of_tag_;  // tag -> coarse class (UPOS)
  int n_;
};

// Transition classes: 0 SHIFT, 1 + l LEFT-l, 1 + n_labels + l RIGHT-l.
struct Moves {
  int n_labels, root_label;
  int n_classes() const { return 1 + 2 * n_labels; }
  int MoveOf(int cls) const { return cls == 0 ? kShift : cls <= n_labels ? kLeft : kRight; }
  int LabelOf(int cls) const { return cls == 0 ? -1 : (cls - 1) % n_labels; }
  bool Valid(const State& s, int cls) const {
    int move = MoveOf(cls), l = LabelOf(cls);
    switch (move) {
      case kShift:
        return s.b() < s.n();
      case kLeft:
        if (s.depth() == 0) return false;
        if (s.b() == s.n()) return s.depth() == 1 && l == root_label;
        return l != root_label;
      default:
        return s.depth() >= 2 && l != root_label;
    }
  }
};

// The best valid class by score; -1 when none is valid.
int BestValid(const State& s, const Moves& m, const float* scores) {
  int best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  for (int c = 0; c < m.n_classes(); ++c) {
    if (scores[c] > best_score && m.Valid(s, c)) {
      best = c;
      best_score = scores[c];
    }
  }
  return best;
}

// The dynamic oracle of Goldberg and Nivre (2013) for arc-hybrid: the number
// of gold arcs a move makes unreachable (wrong labels count as lost arcs).
class Oracle {
 public:
  Oracle(const std::vector<int>& heads, const std::vector<uint8_t>& labels)
      : heads_(heads), labels_(labels), children_(heads.size() + 1) {
    for (size_t d = 0; d < heads.size(); ++d) children_[heads[d]].push_back(static_cast<int>(d));
  }

  // Fills costs[c] for every class, -1 for invalid ones; returns the minimum.
  int Costs(const State& s, const Moves& m, int* costs) const {
    int shift = 0, left = 0, right = 0, left_label = -1, right_label = -1;
    const int b0 = s.b(), s0 = s.S(0), s1 = s.S(1);
    if (b0 < s.n()) {
      for (int i = 0; i < s.depth(); ++i) {
        int k = s.StackAt(i);
        if (k != s0 && heads_[b0] == k) ++shift;
        if (heads_[k] == b0) ++shift;
      }
    }
    if (s0 >= 0) {
      int lost_children = 0;
      for (int c : children_[s0]) lost_children += c >= b0;
      int h = heads_[s0];
      left = right = lost_children;
      if (h == b0) {
        left_label = labels_[s0];
      } else if (h > b0 || h == s1) {
        ++left;
      }
      if (h == s1) {
        right_label = labels_[s0];
      } else if (h >= b0) {
        ++right;
      }
    }
    int min_cost = std::numeric_limits<int>::max();
    for (int c = 0; c < m.n_classes(); ++c) {
      if (!m.Valid(s, c)) {
        costs[c] = -1;
        continue;
      }
      int move = m.MoveOf(c), l = m.LabelOf(c);
      if (move == kShift) {
        costs[c] = shift;
      } else if (move == kLeft) {
        costs[c] = left + (left_label >= 0 && l != left_label);
      } else {
        costs[c] = right + (right_label >= 0 && l != right_label);
      }
      min_cost = std::min(min_cost, costs[c]);
    }
    return min_cost;
  }

 private:
  const std::vector<int>& heads_;
  const std::vector<uint8_t>& labels_;
  std::vector<std::vector<int>> children_;
};

struct Candidate {
  int parent;
  int cls;
  double score;
  int cost;
};

// Keeps the `width` best candidates, best first (ties: lower parent, class).
void KeepBest(std::vector<Candidate>* cands, size_t width) {
  auto better = [](const Candidate& a, const Candidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.parent != b.parent) return a.parent < b.parent;
    return a.cls < b.cls;
  };
  if (cands->size() > width) {
    std::nth_element(cands->begin(), cands->begin() + width, cands->end(), better);
    cands->resize(width);
  }
  std::sort(cands->begin(), cands->end(), better);
}

// Runs beam search. `score(state, features, n, scores)` fills class scores.
// With an oracle, tracks costs; returns the beam after the last step.
template <typename ScoreFn>
void BeamStep(const std::vector<State>& beam, const Moves& m, const FeatureBuilder& fb,
              ScoreFn score, const Oracle* oracle, size_t width, std::vector<Candidate>* cands) {
  cands->clear();
  uint64_t f[kMaxFeatures];
  std::vector<float> scores(m.n_classes());
  std::vector<int> costs(m.n_classes(), 0);
  for (size_t i = 0; i < beam.size(); ++i) {
    const State& s = beam[i];
    int k = fb.Build(s, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    score(f, k, scores.data());
    if (oracle != nullptr) oracle->Costs(s, m, costs.data());
    for (int c = 0; c < m.n_classes(); ++c) {
      if (oracle != nullptr ? costs[c] < 0 : !m.Valid(s, c)) continue;
      cands->push_back({static_cast<int>(i), c, s.score + scores[c], s.cost + costs[c]});
    }
  }
  KeepBest(cands, width);
}

void Expand(const std::vector<State>& beam, const std::vector<Candidate>& cands, const Moves& m,
            bool keep_history, std::vector<State>* next) {
  next->resize(cands.size());
  for (size_t i = 0; i < cands.size(); ++i) {
    State& s = (*next)[i];
    s = beam[cands[i].parent];
    s.Apply(m.MoveOf(cands[i].cls), m.LabelOf(cands[i].cls));
    s.score = cands[i].score;
    s.cost = cands[i].cost;
    if (keep_history) s.history.push_back(static_cast<uint8_t>(cands[i].cls));
  }
}

void Output(const State& s, std::vector<int>* heads, std::vector<uint8_t>* labels) {
  heads->resize(s.n());
  labels->resize(s.n());
  for (int i = 0; i < s.n(); ++i) {
    (*heads)[i] = s.Head(i);
    (*labels)[i] = static_cast<uint8_t>(s.Label(i));
  }
}

}  // namespace

int Projectivize(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  const int n = static_cast<int>(h.size());
  auto dominates = [&](int a, int d) {  // a is an ancestor of d (or d itself)
    for (int steps = 0; d != n && steps <= n; ++steps) {
      if (d == a) return true;
      d = h[d];
      if (d < 0) return false;
    }
    return d == a;
  };
  int lifted = 0;
  while (true) {
    int best = -1, best_len = 1 << 30;
    for (int d = 0; d < n; ++d) {
      int hd = h[d];
      if (hd < 0) continue;
      int lo = std::min(hd, d), hi = std::max(hd, d);
      bool nonproj = false;
      for (int k = lo + 1; k < hi && !nonproj; ++k) nonproj = !dominates(hd, k);
      if (nonproj && hi - lo < best_len) {
        best = d;
        best_len = hi - lo;
      }
    }
    if (best < 0 || h[best] == n) return lifted;
    h[best] = h[h[best]];
    ++lifted;
  }
}

void Parser::Parse(const std::vector<WordHashes>& words, const std::vector<uint8_t>& tags,
                   std::vector<int>* heads, std::vector<uint8_t>* labels) const {
  FeatureBuilder fb(words, tags, coarse_);
  Moves m{n_labels_, root_label_};
  const int n = static_cast<int>(words.size());
  auto score = [&](const uint64_t* f, int k, float* scores) { model_.Score(f, k, scores); };
  if (beam_ <= 1) {
    State s;
    s.Init(n);
    std::vector<float> scores(m.n_classes());
    uint64_t f[kMaxFeatures];
    while (!s.Final()) {
      int k = fb.Build(s, f);
      std::fill(scores.begin(), scores.end(), 0.0f);
      score(f, k, scores.data());
      int c = BestValid(s, m, scores.data());
      s.Apply(m.MoveOf(c), m.LabelOf(c));
    }
    Output(s, heads, labels);
    return;
  }
  std::vector<State> beam(1), next;
  beam[0].Init(n);
  std::vector<Candidate> cands;
  for (int step = 0; step < 2 * n; ++step) {
    BeamStep(beam, m, fb, score, nullptr, static_cast<size_t>(beam_), &cands);
    Expand(beam, cands, m, false, &next);
    beam.swap(next);
  }
  Output(beam[0], heads, labels);
}

Parser Parser::Train(const std::vector<ParserSentence>& data, int n_labels, int root_label,
                     const std::vector<uint8_t>& coarse_of_tag, const ParserTrainOptions& options,
                     const std::function<void(const std::string&)>& log) {
  std::vector<std::vector<int>> proj(data.size());
  int lifted = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    proj[i] = data[i].heads;
    lifted += Projectivize(&proj[i]);
  }
  if (log) log("parser: " + std::to_string(lifted) + " non-projective arcs lifted");

  Moves m{n_labels, root_label};
  const int n_classes = m.n_classes();
  PerceptronTrainer trainer(n_classes);
  Rng rng(options.seed);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(n_classes);
  std::vector<int> costs(n_classes);
  uint64_t f[kMaxFeatures];
  auto score = [&](const uint64_t* keys, int k, float* out) { trainer.Score(keys, k, out); };
  const size_t width = static_cast<size_t>(std::max(1, options.beam));

  // Replays `history` (the first `steps` classes) from the initial state,
  // adding `delta` to the weights of each transition taken.
  auto replay = [&](const FeatureBuilder& fb, int n, const std::vector<uint8_t>& history,
                    size_t steps, float delta) {
    State s;
    s.Init(n);
    for (size_t t = 0; t < steps; ++t) {
      int k = fb.Build(s, f);
      trainer.Update(f, k, history[t], delta);
      s.Apply(m.MoveOf(history[t]), m.LabelOf(history[t]));
    }
  };

  State s;
  std::vector<State> beam, next, gold_beam, gold_next;
  std::vector<Candidate> cands, gold_cands;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    Shuffle(order.data(), order.size(), &rng);
    size_t moves = 0, wrong = 0, updates = 0;
    for (size_t si : order) {
      const ParserSentence& sent = data[si];
      const int n = static_cast<int>(sent.words.size());
      Oracle oracle(proj[si], sent.labels);
      FeatureBuilder fb(sent.words, sent.tags, coarse_of_tag);
      if (width > 1) {
        // Beam search with the max-violation update (Huang, Fayong and Guo
        // 2012); the gold path is the best-scoring path of zero-cost moves.
        beam.assign(1, State());
        beam[0].Init(n);
        gold_beam = beam;
        double max_violation = 0;
        int max_step = -1;
        State pred_at_max, gold_at_max;
        for (int step = 0; step < 2 * n; ++step) {
          BeamStep(beam, m, fb, score, &oracle, width, &cands);
          Expand(beam, cands, m, true, &next);
          beam.swap(next);
          BeamStep(gold_beam, m, fb, score, &oracle, 1 << 20, &gold_cands);
          // Keep the best zero-cost continuation.
          gold_cands.erase(std::remove_if(gold_cands.begin(), gold_cands.end(),
                                          [](const Candidate& c) { return c.cost > 0; }),
                           gold_cands.end());
          if (gold_cands.empty()) break;  // cannot happen for a projective tree
          gold_cands.resize(1);
          Expand(gold_beam, gold_cands, m, true, &gold_next);
          gold_beam.swap(gold_next);
          ++moves;
          double violation = beam[0].score - gold_beam[0].score;
          if (beam[0].cost > 0 && violation >= max_violation) {
            max_violation = violation;
            max_step = step;
            pred_at_max = beam[0];
            gold_at_max = gold_beam[0];
          }
        }
        if (beam[0].cost > 0 && max_step >= 0) {
          ++wrong;
          ++updates;
          replay(fb, n, gold_at_max.history, gold_at_max.history.size(), 1.0f);
          replay(fb, n, pred_at_max.history, pred_at_max.history.size(), -1.0f);
        }
        trainer.Tick();
        continue;
      }
      s.Init(n);
      while (!s.Final()) {
        int k = fb.Build(s, f);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(f, k, scores.data());
        int min_cost = oracle.Costs(s, m, costs.data());
        int guess = BestValid(s, m, scores.data());
        int best = -1;
        for (int c = 0; c < n_classes; ++c) {
          if (costs[c] == min_cost && (best < 0 || scores[c] > scores[best])) best = c;
        }
        ++moves;
        if (costs[guess] != min_cost) {
          ++wrong;
          ++updates;
          trainer.Update(f, k, best, 1.0f);
          trainer.Update(f, k, guess, -1.0f);
        }
        trainer.Tick();
        int next_cls = best;
        if (costs[guess] != min_cost && epoch >= options.explore_from &&
            rng.Unit() < options.explore_p) {
          next_cls = guess;
        }
        s.Apply(m.MoveOf(next_cls), m.LabelOf(next_cls));
      }
    }
    if (log) {
      log("parser epoch " + std::to_string(epoch + 1) + ": " + std::to_string(moves) + " moves, " +
          std::to_string(wrong) + " wrong, " + std::to_string(trainer.num_rows()) + " features");
    }
    if (options.after_epoch) {
      Parser snapshot;
      snapshot.n_labels_ = n_labels;
      snapshot.root_label_ = root_label;
      snapshot.beam_ = static_cast<int>(width);
      snapshot.coarse_ = coarse_of_tag;
      snapshot.model_ = trainer.Averaged(options.min_weight, options.min_updates);
      options.after_epoch(epoch + 1, snapshot);
    }
  }
  Parser p;
  p.n_labels_ = n_labels;
  p.root_label_ = root_label;
  p.beam_ = static_cast<int>(width);
  p.coarse_ = coarse_of_tag;
  p.model_ = trainer.Averaged(options.min_weight, options.min_updates);
  return p;
}

// Layout: u16 label count, u16 root label, u16 beam width, u16 tag count,
// per tag u8 coarse class, linear model.
void Parser::Write(util::BinaryWriter* out) const {
  out->U16(static_cast<uint16_t>(n_labels_));
  out->U16(static_cast<uint16_t>(root_label_));
  out->U16(static_cast<uint16_t>(beam_));
  out->U16(static_cast<uint16_t>(coarse_.size()));
  for (uint8_t c : coarse_) out->U8(c);
  model_.Write(out);
}

bool Parser::Read(util::BinaryReader* in) {
  n_labels_ = in->U16();
  root_label_ = in->U16();
  beam_ = in->U16();
  if (!in->ok() || n_labels_ == 0 || root_label_ >= n_labels_ || beam_ == 0 || beam_ > 64) {
    return false;
  }
  coarse_.resize(in->U16());
  for (uint8_t& c : coarse_) c = in->U8();
  return model_.Read(in) && model_.n_classes() == 1 + 2 * n_labels_;
}

}  // namespace newsgraph::syntax

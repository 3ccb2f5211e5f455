#include "graph/centrality.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "graph/internal/csr_internal.h"

namespace newsgraph::graph {
namespace {

// splitmix64: a small, fully specified generator, so that sampled results
// are the same on every platform (std:: distributions are not).
uint64_t NextRandom(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

}  // namespace

std::vector<double> DegreeScores(const KnowledgeGraph& kg, const EdgeFilter& filter) {
  const TypeMask mask(kg.impl(), filter);
  std::vector<double> degree(kg.num_vertices(), 0.0);
  for (VertexId v = 0; v < kg.num_vertices(); ++v) {
    size_t d = 0;
    ForEachIncident(kg.impl(), mask, v, [&](VertexId, const CsrEdge&) { ++d; });
    degree[v] = static_cast<double>(d);
  }
  return degree;
}

PageRankResult PageRank(const KnowledgeGraph& kg, const EdgeFilter& filter,
                        const PageRankOptions& options) {
  PageRankResult result;
  const size_t n = kg.num_vertices();
  if (n == 0) return result;
  const TypeMask mask(kg.impl(), filter);
  const double d = options.damping;

  std::vector<double> out_weight(n, 0.0);
  for (VertexId v = 0; v < n; ++v) {
    ForEachIncident(kg.impl(), mask, v, [&](VertexId w, const CsrEdge& e) {
      if (w != v) out_weight[v] += e.weight;
    });
  }
  std::vector<double> rank(n, 1.0 / n), next(n), share(n);
  while (result.iterations < options.max_iterations) {
    ++result.iterations;
    double dangling = 0;
    for (VertexId v = 0; v < n; ++v) {
      if (out_weight[v] > 0) {
        share[v] = rank[v] / out_weight[v];
      } else {
        share[v] = 0;
        dangling += rank[v];
      }
    }
    const double base = (1.0 - d) / n + d * dangling / n;
    double change = 0;
    for (VertexId v = 0; v < n; ++v) {
      double sum = 0;
      ForEachIncident(kg.impl(), mask, v, [&](VertexId w, const CsrEdge& e) {
        if (w != v) sum += e.weight * share[w];  // stored both ways: in-edges = out-edges
      });
      next[v] = base + d * sum;
      change += std::fabs(next[v] - rank[v]);
    }
    rank.swap(next);
    if (change < options.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.scores = std::move(rank);
  return result;
}

namespace {

// The graph as Brandes needs it: for each vertex its distinct neighbours
// through edges that pass the mask, self-loops dropped, in plain arrays
// (CSR offsets + targets), so that the inner loops read contiguous memory
// and need no type checks or de-duplication.
struct SimpleAdjacency {
  std::vector<uint32_t> offset;  // size V + 1
  std::vector<VertexId> target;
};

SimpleAdjacency MakeSimpleAdjacency(const KnowledgeGraph& kg, const TypeMask& mask) {
  const size_t n = kg.num_vertices();
  SimpleAdjacency adj;
  adj.offset.assign(n + 1, 0);
  adj.target.reserve(2 * kg.num_edges());
  for (VertexId v = 0; v < n; ++v) {
    const size_t begin = adj.target.size();
    ForEachIncident(kg.impl(), mask, v, [&](VertexId w, const CsrEdge&) {
      if (w != v) adj.target.push_back(w);
    });
    std::sort(adj.target.begin() + begin, adj.target.end());
    adj.target.erase(std::unique(adj.target.begin() + begin, adj.target.end()), adj.target.end());
    adj.offset[v + 1] = static_cast<uint32_t>(adj.target.size());
  }
  adj.target.shrink_to_fit();
  return adj;
}

}  // namespace

BetweennessResult Betweenness(const KnowledgeGraph& kg, const EdgeFilter& filter,
                              const BetweennessOptions& options) {
  BetweennessResult result;
  const size_t n = kg.num_vertices();
  result.scores.assign(n, 0.0);
  const SimpleAdjacency adj = MakeSimpleAdjacency(kg, TypeMask(kg.impl(), filter));

  std::vector<VertexId> sources;
  for (VertexId v = 0; v < n; ++v) {
    if (adj.offset[v + 1] > adj.offset[v]) sources.push_back(v);
  }
  result.connected_vertices = sources.size();
  size_t samples = options.samples;
  if (samples == 0) {  // a search visits each vertex and adjacency entry twice
    const double cost = 2.0 * (static_cast<double>(n) + static_cast<double>(adj.target.size()));
    samples = static_cast<size_t>(
        std::clamp(BetweennessOptions::kSampleBudget / std::max(cost, 1.0), 16.0, 256.0));
  }
  if (sources.size() > options.exact_limit && samples < sources.size()) {
    // A partial Fisher-Yates shuffle draws `samples` distinct sources.
    uint64_t state = options.seed;
    for (size_t i = 0; i < samples; ++i) {
      size_t j = i + NextRandom(&state) % (sources.size() - i);
      std::swap(sources[i], sources[j]);
    }
    sources.resize(samples);
    std::sort(sources.begin(), sources.end());
    result.sampled = true;
  }
  result.sources = sources.size();

  // Per-vertex state of one search, packed so that a visit touches one line.
  struct State {
    int32_t dist = -1;
    double sigma = 0;  // shortest paths from the source
    double delta = 0;  // dependency of the source on the vertex
  };
  std::vector<State> st(n);
  std::vector<VertexId> order;
  for (VertexId s : sources) {
    order.clear();
    order.push_back(s);
    st[s].dist = 0;
    st[s].sigma = 1;
    for (size_t head = 0; head < order.size(); ++head) {
      const VertexId v = order[head];
      const State& sv = st[v];
      for (uint32_t i = adj.offset[v]; i < adj.offset[v + 1]; ++i) {
        State& sw = st[adj.target[i]];
        if (sw.dist < 0) {
          sw.dist = sv.dist + 1;
          order.push_back(adj.target[i]);
        }
        if (sw.dist == sv.dist + 1) sw.sigma += sv.sigma;
      }
    }
    for (size_t k = order.size(); k-- > 0;) {
      const VertexId v = order[k];
      State& sv = st[v];
      for (uint32_t i = adj.offset[v]; i < adj.offset[v + 1]; ++i) {
        const State& sw = st[adj.target[i]];
        if (sw.dist == sv.dist + 1) sv.delta += sv.sigma / sw.sigma * (1.0 + sw.delta);
      }
      if (v != s) result.scores[v] += sv.delta;
    }
    for (VertexId v : order) st[v] = State();
  }
  // Every pair was counted from both its ends (exact), or the sample stands
  // for connected_vertices / sources times as many sources (estimated).
  double scale = 0.5;
  if (result.sampled && result.sources > 0) {
    scale *= static_cast<double>(result.connected_vertices) / result.sources;
  }
  for (double& score : result.scores) score *= scale;
  return result;
}

namespace {

// `x` rounded to 30 significant bits, so that scores equal but for the
// order of floating-point additions (tied entities) compare equal and rank by
// name on every platform.
double Quantize(double x) {
  int exponent = 0;
  const double mantissa = std::frexp(x, &exponent);
  return std::ldexp(std::round(std::ldexp(mantissa, 30)), exponent - 30);
}

}  // namespace

std::vector<Ranked> TopK(const KnowledgeGraph& kg, const std::vector<double>& scores, size_t k) {
  std::vector<VertexId> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<double> key(scores.size());
  for (size_t v = 0; v < scores.size(); ++v) key[v] = Quantize(scores[v]);
  auto better = [&](VertexId a, VertexId b) {
    if (key[a] != key[b]) return key[a] > key[b];
    const model::Node& na = kg.node(a);
    const model::Node& nb = kg.node(b);
    if (na.name != nb.name) return na.name < nb.name;
    return na.id < nb.id;
  };
  if (k == 0 || k > order.size()) k = order.size();
  std::partial_sort(order.begin(), order.begin() + k, order.end(), better);
  std::vector<Ranked> top;
  top.reserve(k);
  for (size_t i = 0; i < k; ++i) top.push_back(Ranked{order[i], scores[order[i]]});
  return top;
}

std::vector<Component> ConnectedComponents(const KnowledgeGraph& kg, const EdgeFilter& filter) {
  const TypeMask mask(kg.impl(), filter);
  const size_t n = kg.num_vertices();
  constexpr uint32_t kNone = ~0u;
  std::vector<uint32_t> component_of(n, kNone);
  std::vector<Component> components;
  std::vector<VertexId> queue;
  for (VertexId start = 0; start < n; ++start) {
    if (component_of[start] != kNone) continue;
    const uint32_t c = static_cast<uint32_t>(components.size());
    Component& comp = components.emplace_back();
    queue.assign(1, start);
    component_of[start] = c;
    for (size_t head = 0; head < queue.size(); ++head) {
      const VertexId v = queue[head];
      ForEachIncident(kg.impl(), mask, v, [&](VertexId w, const CsrEdge& e) {
        if (e.forward) ++comp.edges;  // each edge once, from its source
        if (component_of[w] == kNone) {
          component_of[w] = c;
          queue.push_back(w);
        }
      });
    }
    std::sort(queue.begin(), queue.end());
    comp.vertices = queue;
  }
  std::stable_sort(
      components.begin(), components.end(),
      [](const Component& a, const Component& b) { return a.vertices.size() > b.vertices.size(); });
  return components;
}

}  // namespace newsgraph::graph

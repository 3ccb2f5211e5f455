// Centrality of the entities of a KnowledgeGraph: which entities matter
// most, by three measures, and the connected components.
//
//   std::vector<double> pr = PageRank(kg, {}, {}).scores;
//   for (const Ranked& r : TopK(kg, pr, 10)) ... kg.node(r.vertex).name ...
//
// All measures treat the graph as undirected (a relation joins both its
// entities, whatever its direction) and use only edges that pass the
// EdgeFilter. Self-loops are ignored by PageRank and betweenness.
//
//   Measure      What it counts                          Cost (V vertices, E edges)
//   degree       relations incident to the entity        O(V + E)
//   pagerank     stationary visit probability of a        O(iterations * (V + E))
//                random walk that follows relations in
//                proportion to their supporting
//                documents and jumps anywhere with
//                probability 1 - damping
//   betweenness  shortest paths between other pairs of    O(sources * (V + E)); exact
//                entities that pass through the entity    (sources = V) up to
//                (Brandes; unweighted)                    exact_limit vertices, else
//                                                         sampled sources, estimated
//
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_GRAPH_CENTRALITY_H_
#define NEWSGRAPH_GRAPH_CENTRALITY_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::graph {

// Per vertex: the number of incident edges that pass `filter` (a self-loop
// counts once).
std::vector<double> DegreeScores(const KnowledgeGraph& kg, const EdgeFilter& filter);

struct PageRankOptions {
  // Option          Default  Meaning
  // damping         0.85     probability of following a relation rather than
  //                          jumping to a random entity (Brin & Page's value)
  // max_iterations  200      stop after this many iterations
  // tolerance       1e-9     or when the scores move less than this (L1 norm);
  //                          the error left is then below ~6e-9 (d / (1 - d)
  //                          times the last move)
  double damping = 0.85;
  int max_iterations = 200;
  double tolerance = 1e-9;
};

struct PageRankResult {
  std::vector<double> scores;  // per vertex; they sum to 1 (empty graph: empty)
  int iterations = 0;
  bool converged = false;  // the tolerance was reached
};

// Weighted PageRank by power iteration. Each walk step follows an incident
// relation with probability proportional to its supporting documents; an
// entity without relations (dangling) spreads its score over all entities.
PageRankResult PageRank(const KnowledgeGraph& kg, const EdgeFilter& filter,
                        const PageRankOptions& options);

struct BetweennessOptions {
  // Option       Default  Meaning
  // exact_limit  5000     exact (every vertex a source) when the graph has at
  //                       most this many connected vertices
  // samples      0        else, this many sources drawn at random among the
  //                       vertices with at least one edge; scores are scaled
  //                       up to estimate the exact values. 0: by graph size,
  //                       as many as cost kSampleBudget adjacency visits,
  //                       between 16 and 256 (16 at 1M vertices / 5M edges,
  //                       ~9 s on the reference machine; ~0.5 s per source)
  // seed         1        of the deterministic source sampler
  static constexpr double kSampleBudget = 2e8;
  size_t exact_limit = 5000;
  size_t samples = 0;
  uint64_t seed = 1;
};

struct BetweennessResult {
  // Per vertex: the number of shortest paths between pairs of other
  // entities that pass through it, each path split evenly among ties
  // (undirected: each pair counted once). Estimated when `sampled`.
  std::vector<double> scores;
  bool sampled = false;
  size_t sources = 0;             // sources searched
  size_t connected_vertices = 0;  // vertices with at least one edge (the population sampled)
};

// Brandes' algorithm over the unweighted, undirected graph; parallel edges
// count as one.
BetweennessResult Betweenness(const KnowledgeGraph& kg, const EdgeFilter& filter,
                              const BetweennessOptions& options);

struct Ranked {
  VertexId vertex = 0;
  double score = 0;
};

// The `k` vertices with the highest scores (all when k == 0 or k >= V),
// best first; ties (scores equal to 9 significant digits) go to the lower
// name (byte order), then the lower node id.
std::vector<Ranked> TopK(const KnowledgeGraph& kg, const std::vector<double>& scores, size_t k);

struct Component {
  std::vector<VertexId> vertices;  // ascending
  size_t edges = 0;                // edges inside it that pass the filter
};

// The connected components, largest first (ties: the one holding the lower
// vertex first). Isolated vertices are components of one.
std::vector<Component> ConnectedComponents(const KnowledgeGraph& kg, const EdgeFilter& filter);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_CENTRALITY_H_

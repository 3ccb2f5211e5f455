// A force-directed drawing of the knowledge graph: a position for every
// node, for pictures the exporters draw themselves (export/html_writer.h).
//
//   std::vector<graph::Point> at = graph::ForceLayout(g, {});
//   // at[i] is where g.nodes[i] goes: x, y >= 0, neighbours about 60 apart
//
// Nodes joined by relations are drawn near each other and every node pushes
// the others away (Fruchterman-Reingold, Boost.Graph, with grid-based
// repulsion so a step costs about O(nodes + edges)). Each connected
// component is laid out on its own and the components are packed in rows,
// largest first, so a graph of many small pieces fills its box instead of
// scattering them along its edges.
//
// The result depends only on the graph and the options (a fixed random
// seed): the same graph gives the same picture. Safe for concurrent use.
#ifndef NEWSGRAPH_GRAPH_LAYOUT_H_
#define NEWSGRAPH_GRAPH_LAYOUT_H_

#include <cstdint>
#include <vector>

#include "model/graph.h"

namespace newsgraph::graph {

struct Point {
  double x = 0, y = 0;
};

struct LayoutOptions {
  // Option      Default  Meaning
  // iterations  100      cooling steps of the force simulation (components
  //                      of more than 400 nodes; smaller ones get the
  //                      Kamada-Kawai spring layout, as Graphviz's neato)
  // seed        1        seed of the random starting positions
  // The drawing keeps its natural scale (neighbours about 60 apart), so a
  // viewer can size nodes and labels against it.
  int iterations = 100;
  uint32_t seed = 1;
};

// Positions for g.nodes (same order). Edges whose ends are not both in
// g.nodes are ignored. An empty graph gives an empty vector.
std::vector<Point> ForceLayout(const model::Graph& g, const LayoutOptions& options);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_GRAPH_LAYOUT_H_

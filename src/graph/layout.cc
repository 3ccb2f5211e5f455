#include "graph/layout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace newsgraph::graph {
namespace {

// Distance between neighbours, in layout units, before the final scaling.
constexpr double kUnit = 40;
// Components up to this size get the spring layout, larger ones the force layout.
constexpr size_t kSpringLimit = 400;
// Room to the right of a component for the labels of its nodes.
constexpr double kLabelRoom = 3 * kUnit;

struct Component {
  std::vector<uint32_t> nodes;                       // indexes into g.nodes
  std::vector<std::pair<uint32_t, uint32_t>> edges;  // local indexes
  std::vector<Point> at;                             // local positions, from (0, 0)
  double width = 0, height = 0;
};

// Kamada-Kawai's stopping test: Boost's tolerance test, or a budget of
// steps (the tolerance alone can oscillate for ever on some graphs).
template <typename Vertex, typename Graph>
struct SpringDone {
  boost::layout_tolerance<double> tolerance{0.001};
  size_t steps_left;
  bool operator()(double delta, Vertex v, const Graph& g, bool global) {
    if (steps_left == 0) return true;
    --steps_left;
    return tolerance(delta, v, g, global);
  }
};

uint32_t Find(std::vector<uint32_t>* parent, uint32_t x) {
  while ((*parent)[x] != x) x = (*parent)[x] = (*parent)[(*parent)[x]];
  return x;
}

// Splits the graph into connected components, largest first (ties: first node).
std::vector<Component> Components(const model::Graph& g) {
  std::unordered_map<int64_t, uint32_t> index;
  index.reserve(g.nodes.size());
  for (uint32_t i = 0; i < g.nodes.size(); ++i) index.emplace(g.nodes[i].id, i);
  std::vector<uint32_t> parent(g.nodes.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<std::pair<uint32_t, uint32_t>> edges;
  for (const model::Edge& e : g.edges) {
    auto s = index.find(e.source), t = index.find(e.target);
    if (s == index.end() || t == index.end() || s->second == t->second) continue;
    edges.emplace_back(s->second, t->second);
    parent[Find(&parent, s->second)] = Find(&parent, t->second);
  }
  std::unordered_map<uint32_t, uint32_t> component_of_root;
  std::vector<Component> out;
  std::vector<uint32_t> local(g.nodes.size());
  std::vector<uint32_t> component(g.nodes.size());
  for (uint32_t i = 0; i < g.nodes.size(); ++i) {
    auto [it, added] =
        component_of_root.emplace(Find(&parent, i), static_cast<uint32_t>(out.size()));
    if (added) out.emplace_back();
    component[i] = it->second;
    local[i] = static_cast<uint32_t>(out[it->second].nodes.size());
    out[it->second].nodes.push_back(i);
  }
  for (const auto& [s, t] : edges) out[component[s]].edges.emplace_back(local[s], local[t]);
  std::stable_sort(out.begin(), out.end(), [](const Component& a, const Component& b) {
    return a.nodes.size() > b.nodes.size();
  });
  return out;
}

// Lays one component out and moves it to (0, 0).
void LayOut(const LayoutOptions& options, Component* c) {
  const size_t n = c->nodes.size();
  c->at.assign(n, Point{});
  if (n == 2) c->at[1].y = kUnit;  // one above the other: the labels go to the right
  if (n > 2 && n <= kSpringLimit) {
    // Kamada-Kawai: graph distances become drawing distances (neato's model).
    using Graph =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_weight_t, double>>;
    using Topology = boost::square_topology<>;
    Graph graph(n);
    for (const auto& [s, t] : c->edges) boost::add_edge(s, t, 1.0, graph);
    std::vector<Topology::point_type> position(n);
    auto map =
        boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, graph));
    boost::circle_graph_layout(graph, map, kUnit * std::sqrt(static_cast<double>(n)));
    Topology topology;
    SpringDone<boost::graph_traits<Graph>::vertex_descriptor, Graph> done{{0.001}, 200 * n};
    boost::kamada_kawai_spring_layout(graph, map, boost::get(boost::edge_weight, graph), topology,
                                      boost::edge_length(kUnit * 1.5), done);
    for (size_t i = 0; i < n; ++i) c->at[i] = Point{position[i][0], position[i][1]};
  } else if (n > 2) {
    using Topology = boost::rectangle_topology<boost::minstd_rand>;
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph graph(n);
    for (const auto& [s, t] : c->edges) boost::add_edge(s, t, graph);
    boost::minstd_rand random(options.seed + static_cast<uint32_t>(n));
    const double side = kUnit * std::sqrt(static_cast<double>(n)) * 1.5;
    Topology topology(random, 0, 0, side, side);
    std::vector<Topology::point_type> position(n);
    auto map =
        boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, graph));
    boost::random_graph_layout(graph, map, topology);
    boost::fruchterman_reingold_force_directed_layout(
        graph, map, topology, boost::cooling(boost::linear_cooling<double>(options.iterations)));
    for (size_t i = 0; i < n; ++i) c->at[i] = Point{position[i][0], position[i][1]};
  }
  double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
  for (size_t i = 0; i < n; ++i) {
    const Point& p = c->at[i];
    if (i == 0 || p.x < min_x) min_x = p.x;
    if (i == 0 || p.y < min_y) min_y = p.y;
    if (i == 0 || p.x > max_x) max_x = p.x;
    if (i == 0 || p.y > max_y) max_y = p.y;
  }
  for (Point& p : c->at) p = Point{p.x - min_x, p.y - min_y};
  c->width = max_x - min_x;
  c->height = max_y - min_y;
}

}  // namespace

std::vector<Point> ForceLayout(const model::Graph& g, const LayoutOptions& options) {
  std::vector<Point> out(g.nodes.size());
  if (g.nodes.empty()) return out;
  std::vector<Component> components = Components(g);
  double area = 0;
  for (Component& c : components) {
    LayOut(options, &c);
    area += (c.width + kLabelRoom) * (c.height + kUnit);
  }
  // Shelf packing: rows of components, left to right, about as wide as the
  // whole is tall.
  const double row_width = std::max(std::sqrt(area) * 1.2, components[0].width + kLabelRoom);
  double x = 0, y = 0, row_height = 0;
  for (const Component& c : components) {
    if (x > 0 && x + c.width > row_width) {
      x = 0;
      y += row_height + kUnit;
      row_height = 0;
    }
    for (size_t i = 0; i < c.nodes.size(); ++i)
      out[c.nodes[i]] = Point{x + c.at[i].x, y + c.at[i].y};
    x += c.width + kLabelRoom;
    row_height = std::max(row_height, c.height);
  }
  return out;
}

}  // namespace newsgraph::graph

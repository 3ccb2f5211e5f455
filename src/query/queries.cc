#include "query/queries.h"

#include "graph/traversal.h"

namespace newsgraph::query {

Status RunNeighbors(const GraphSession& session, graph::VertexId center, int depth, Format format,
                    std::ostream& out) {
  const graph::KnowledgeGraph& kg = session.graph();
  std::vector<graph::Neighbor> neighbors = graph::Neighbors(kg, center, depth, {});
  std::vector<graph::Step> steps;
  for (const graph::Neighbor& n : neighbors)
    steps.insert(steps.end(), n.steps.begin(), n.steps.end());
  EdgeDetails details;
  NG_RETURN_IF_ERROR(session.LoadDetails(StepEdges(steps), &details));
  WriteNeighbors(kg, center, depth, neighbors, details, format, out);
  return Status::OK();
}

Status RunPath(const GraphSession& session, graph::VertexId from, graph::VertexId to, Format format,
               std::ostream& out) {
  const graph::KnowledgeGraph& kg = session.graph();
  graph::PathResult path = graph::ShortestPath(kg, from, to, {});
  EdgeDetails details;
  NG_RETURN_IF_ERROR(session.LoadDetails(StepEdges(path.hops), &details));
  WritePath(kg, from, to, path, details, format, out);
  return Status::OK();
}

Status RunBetween(const GraphSession& session, graph::VertexId a, graph::VertexId b, Format format,
                  std::ostream& out) {
  const graph::KnowledgeGraph& kg = session.graph();
  std::vector<graph::Step> steps = graph::Between(kg, a, b, {});
  EdgeDetails details;
  NG_RETURN_IF_ERROR(session.LoadDetails(StepEdges(steps), &details));
  WriteBetween(kg, a, b, steps, details, format, out);
  return Status::OK();
}

Status RunTop(const GraphSession& session, const TopOptions& options, Format format,
              std::ostream& out) {
  const graph::KnowledgeGraph& kg = session.graph();
  std::vector<double> scores;
  graph::BetweennessResult betweenness;
  const graph::BetweennessResult* info = nullptr;
  if (options.measure == "degree") {
    scores = graph::DegreeScores(kg, {});
  } else if (options.measure == "pagerank") {
    scores = graph::PageRank(kg, {}, options.pagerank).scores;
  } else if (options.measure == "betweenness") {
    betweenness = graph::Betweenness(kg, {}, options.betweenness);
    scores = std::move(betweenness.scores);
    info = &betweenness;
  } else {
    return Status::InvalidArgument("unknown measure \"" + options.measure +
                                   "\" (degree, pagerank or betweenness)");
  }
  WriteTop(kg, options.measure, graph::TopK(kg, scores, options.limit), info, format, out);
  return Status::OK();
}

Status RunComponents(const GraphSession& session, size_t min_size, Format format,
                     std::ostream& out) {
  const graph::KnowledgeGraph& kg = session.graph();
  WriteComponents(kg, graph::ConnectedComponents(kg, {}), min_size, format, out);
  return Status::OK();
}

}  // namespace newsgraph::query

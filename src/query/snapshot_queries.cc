#include "query/snapshot_queries.h"

#include "graph/snapshot_traversal.h"

namespace newsgraph::query {

Status RunNeighbors(const SnapshotSession& session, graph::VertexId center, int depth,
                    Format format, std::ostream& out) {
  const graph::Snapshot& snap = session.snapshot();
  std::vector<graph::Neighbor> neighbors =
      graph::SnapshotNeighbors(snap, center, depth, session.filter());
  std::vector<graph::VertexId> vertices = {center};
  std::vector<graph::Step> steps;
  for (const graph::Neighbor& n : neighbors) {
    vertices.push_back(n.vertex);
    steps.insert(steps.end(), n.steps.begin(), n.steps.end());
  }
  ResultGraph rg;
  EdgeDetails details;
  NG_RETURN_IF_ERROR(session.Subgraph(vertices, StepEdges(steps), &rg, &details));
  for (graph::Neighbor& n : neighbors) {
    n.vertex = rg.Vertex(snap, n.vertex);
    n.via = rg.Vertex(snap, n.via);
    for (graph::Step& s : n.steps) s = rg.Remap(snap, s);
  }
  WriteNeighbors(*rg.kg, rg.Vertex(snap, center), depth, neighbors, details, format, out);
  return Status::OK();
}

Status RunPath(const SnapshotSession& session, graph::VertexId from, graph::VertexId to,
               Format format, std::ostream& out) {
  const graph::Snapshot& snap = session.snapshot();
  graph::PathResult path = graph::SnapshotShortestPath(snap, from, to, session.filter());
  ResultGraph rg;
  EdgeDetails details;
  NG_RETURN_IF_ERROR(session.Subgraph({from, to}, StepEdges(path.hops), &rg, &details));
  for (graph::Step& s : path.hops) s = rg.Remap(snap, s);
  WritePath(*rg.kg, rg.Vertex(snap, from), rg.Vertex(snap, to), path, details, format, out);
  return Status::OK();
}

Status RunBetween(const SnapshotSession& session, graph::VertexId a, graph::VertexId b,
                  Format format, std::ostream& out) {
  const graph::Snapshot& snap = session.snapshot();
  std::vector<graph::Step> steps = graph::SnapshotBetween(snap, a, b, session.filter());
  ResultGraph rg;
  EdgeDetails details;
  NG_RETURN_IF_ERROR(session.Subgraph({a, b}, StepEdges(steps), &rg, &details));
  for (graph::Step& s : steps) s = rg.Remap(snap, s);
  WriteBetween(*rg.kg, rg.Vertex(snap, a), rg.Vertex(snap, b), steps, details, format, out);
  return Status::OK();
}

Status RunTop(const SnapshotSession& session, const TopOptions& options, Format format,
              std::ostream& out) {
  if (options.measure != "degree") {
    return Status::InvalidArgument("top on a graph snapshot: only --by degree");
  }
  const graph::Snapshot& snap = session.snapshot();
  std::vector<graph::Ranked> top = graph::SnapshotTopDegree(snap, session.filter(), options.limit);
  std::vector<graph::VertexId> vertices;
  for (const graph::Ranked& r : top) vertices.push_back(r.vertex);
  ResultGraph rg;
  NG_RETURN_IF_ERROR(session.Subgraph(vertices, {}, &rg, nullptr));
  for (graph::Ranked& r : top) r.vertex = rg.Vertex(snap, r.vertex);
  WriteTop(*rg.kg, options.measure, top, nullptr, format, out);
  return Status::OK();
}

}  // namespace newsgraph::query

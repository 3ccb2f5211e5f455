#include "query/graph_session.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "graph/traversal.h"
#include "query/internal/report.h"
#include "text/terminal.h"

namespace newsgraph::query {

Status GraphSession::Open(store::Store* store, const model::GraphFilter& filter,
                          std::unique_ptr<GraphSession>* result) {
  std::unique_ptr<GraphSession> session(new GraphSession());
  session->store_ = store;
  session->filter_ = filter;
  session->filter_.with_evidence = false;
  model::Graph data;
  NG_RETURN_IF_ERROR(store->LoadGraph(session->filter_, &data));
  NG_RETURN_IF_ERROR(graph::KnowledgeGraph::Build(std::move(data), &session->graph_));
  *result = std::move(session);
  return Status::OK();
}

namespace {

// People whose name starts with the one word `name` ("Cho" for Cho Tae-yul,
// "Xi" for Xi Jinping: family name first), for when ResolveEntity, which
// tries the last word, finds nothing.
Resolution ResolveFamilyNameFirst(const model::Graph& g, std::string_view name) {
  Resolution r;
  const std::string key = NameKey(name);
  if (key.empty() || key.find(' ') != std::string::npos) return r;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].type != "PERSON") continue;
    const std::string node_key = NameKey(g.nodes[i].name);
    if (node_key.size() > key.size() && node_key.compare(0, key.size(), key) == 0 &&
        node_key[key.size()] == ' ') {
      r.candidates.push_back(i);
    }
  }
  if (!r.candidates.empty()) {
    r.kind = r.candidates.size() == 1 ? Resolution::Kind::kUnique : Resolution::Kind::kAmbiguous;
  }
  return r;
}

}  // namespace

NameLookup GraphSession::Lookup(std::string_view name) const {
  return LookupName(graph_->data(), name);
}

NameLookup LookupName(const model::Graph& g, std::string_view name) {
  NameLookup lookup;
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].key == name) {
      lookup.kind = Resolution::Kind::kUnique;
      lookup.vertex = static_cast<graph::VertexId>(i);
      return lookup;
    }
  }
  Resolution r = ResolveEntity(g, name);
  if (r.kind == Resolution::Kind::kNotFound) r = ResolveFamilyNameFirst(g, name);
  lookup.kind = r.kind;
  const std::string quoted = "\"" + std::string(name) + "\"";
  switch (r.kind) {
    case Resolution::Kind::kUnique:
      lookup.vertex = static_cast<graph::VertexId>(r.candidates[0]);
      break;
    case Resolution::Kind::kNotFound:
      lookup.message =
          "no entity named " + quoted + " (`newsgraph entities --db DB` lists the entities)";
      break;
    case Resolution::Kind::kAmbiguous: {
      for (size_t i : r.candidates) lookup.candidates.push_back(static_cast<graph::VertexId>(i));
      std::sort(lookup.candidates.begin(), lookup.candidates.end(),
                [&](graph::VertexId a, graph::VertexId b) {
                  const model::Node& na = g.nodes[a];
                  const model::Node& nb = g.nodes[b];
                  return na.name != nb.name ? na.name < nb.name : na.id < nb.id;
                });
      lookup.message = quoted + " is ambiguous: " + std::to_string(r.candidates.size()) +
                       " entities match; give the full name or the key";
      for (graph::VertexId v : lookup.candidates) {
        const model::Node& n = g.nodes[v];
        lookup.message += "\n  " + text::TerminalSafe(n.name) + "  (" + n.type + ", key " +
                          text::TerminalSafe(n.key) + ", " + std::to_string(n.mentions) +
                          (n.mentions == 1 ? " mention)" : " mentions)");
      }
      break;
    }
  }
  return lookup;
}

Status GraphSession::LoadDetails(const std::vector<graph::EdgeIndex>& edges,
                                 EdgeDetails* details) const {
  std::vector<model::Edge> copies;
  copies.reserve(edges.size());
  for (graph::EdgeIndex e : edges) copies.push_back(graph_->edge(e));
  NG_RETURN_IF_ERROR(store_->LoadEvidence(filter_, &copies));
  for (size_t i = 0; i < edges.size(); ++i) (*details)[edges[i]] = std::move(copies[i]);
  return Status::OK();
}

Status GraphSession::EgoNetwork(graph::VertexId center, int depth, bool with_evidence,
                                model::Graph* ego) const {
  *ego = graph::EgoNetwork(*graph_, center, depth, {});
  if (!with_evidence) return Status::OK();
  return store_->LoadEvidence(filter_, &ego->edges);
}

std::vector<graph::EdgeIndex> StepEdges(const std::vector<graph::Step>& steps) {
  std::vector<graph::EdgeIndex> edges;
  std::unordered_set<graph::EdgeIndex> seen;
  for (const graph::Step& s : steps) {
    if (seen.insert(s.edge).second) edges.push_back(s.edge);
  }
  return edges;
}

}  // namespace newsgraph::query

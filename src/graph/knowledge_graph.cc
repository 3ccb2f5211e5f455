#include "graph/knowledge_graph.h"

#include <algorithm>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/filter_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>
#include <limits>
#include <unordered_map>
#include <utility>

#include "graph/internal/csr_internal.h"

namespace newsgraph::graph {
namespace {

// CSR entry k stands for edge k / 2, from its source when k is even and from
// its target when k is odd. These functors turn k into what the Boost
// constructor reads; they hold plain pointers so that the iterators are
// default-constructible and cheap to copy.
struct NotReverseOfSelfLoop {
  const VertexId* source = nullptr;
  const VertexId* target = nullptr;
  bool operator()(uint64_t k) const { return k % 2 == 0 || source[k / 2] != target[k / 2]; }
};

struct EntryEnds {
  const VertexId* source = nullptr;
  const VertexId* target = nullptr;
  std::pair<uint32_t, uint32_t> operator()(uint64_t k) const {
    const uint64_t e = k / 2;
    return k % 2 == 0 ? std::pair(source[e], target[e]) : std::pair(target[e], source[e]);
  }
};

struct EntryProperty {
  const model::Edge* edges = nullptr;
  const uint16_t* types = nullptr;
  CsrEdge operator()(uint64_t k) const {
    const uint64_t e = k / 2;
    CsrEdge p;
    p.edge = static_cast<EdgeIndex>(e);
    p.weight = static_cast<float>(std::max<int64_t>(1, edges[e].support_documents));
    p.type = types[e];
    p.forward = k % 2 == 0;
    return p;
  }
};

// Maps node ids to vertices: a direct table when ids are dense enough,
// else binary search over the sorted nodes.
Status IndexNodes(KnowledgeGraph::Impl* impl) {
  std::vector<model::Node>& nodes = impl->data.nodes;
  auto by_id = [](const model::Node& a, const model::Node& b) { return a.id < b.id; };
  if (!std::is_sorted(nodes.begin(), nodes.end(), by_id)) {
    std::stable_sort(nodes.begin(), nodes.end(), by_id);
  }
  for (size_t i = 1; i < nodes.size(); ++i) {
    if (nodes[i].id == nodes[i - 1].id) {
      return Status::InvalidArgument("graph: two nodes have id " + std::to_string(nodes[i].id));
    }
  }
  if (nodes.size() >= std::numeric_limits<VertexId>::max()) {
    return Status::InvalidArgument("graph: too many nodes (" + std::to_string(nodes.size()) + ")");
  }
  if (!nodes.empty() && nodes.front().id >= 0 &&
      static_cast<uint64_t>(nodes.back().id) <= 4 * nodes.size() + 1024) {
    impl->id_to_vertex.assign(nodes.back().id + 1, 0);
    for (size_t v = 0; v < nodes.size(); ++v) impl->id_to_vertex[nodes[v].id] = v + 1;
  }
  return Status::OK();
}

}  // namespace

TypeMask::TypeMask(const KnowledgeGraph::Impl& impl, const EdgeFilter& filter) {
  if (filter.relation_types.empty()) return;
  all_ = false;
  allowed_.assign(impl.relation_types.size(), 0);
  for (size_t t = 0; t < impl.relation_types.size(); ++t) {
    for (const std::string& wanted : filter.relation_types) {
      if (impl.relation_types[t] == wanted) allowed_[t] = 1;
    }
  }
}

KnowledgeGraph::KnowledgeGraph(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
KnowledgeGraph::~KnowledgeGraph() = default;

Status KnowledgeGraph::Build(model::Graph graph, std::unique_ptr<KnowledgeGraph>* result) {
  auto impl = std::make_unique<Impl>();
  impl->data = std::move(graph);
  NG_RETURN_IF_ERROR(IndexNodes(impl.get()));
  const std::vector<model::Edge>& edges = impl->data.edges;
  if (edges.size() >= (1u << 31)) {
    return Status::InvalidArgument("graph: too many edges (" + std::to_string(edges.size()) + ")");
  }
  std::unique_ptr<KnowledgeGraph> kg(new KnowledgeGraph(std::move(impl)));
  Impl& im = *kg->impl_;

  // Ends as vertices, and relation types interned.
  im.source.resize(edges.size());
  im.target.resize(edges.size());
  std::vector<uint16_t> types(edges.size());
  std::unordered_map<std::string, uint16_t> type_ids;
  const std::string* last_type = nullptr;
  uint16_t last_id = 0;
  for (size_t i = 0; i < edges.size(); ++i) {
    const model::Edge& e = edges[i];
    VertexId s, t;
    if (!kg->FindVertex(e.source, &s) || !kg->FindVertex(e.target, &t)) {
      return Status::InvalidArgument(
          "graph: edge " + std::to_string(e.id) + " (" + e.type + ") joins node " +
          std::to_string(kg->FindVertex(e.source, &s) ? e.target : e.source) +
          ", which is not in the graph");
    }
    im.source[i] = s;
    im.target[i] = t;
    if (last_type == nullptr || *last_type != e.type) {  // edges often come grouped by type
      auto [it, inserted] = type_ids.try_emplace(e.type, im.relation_types.size());
      if (inserted) {
        if (im.relation_types.size() == std::numeric_limits<uint16_t>::max()) {
          return Status::InvalidArgument("graph: more than 65535 relation types");
        }
        im.relation_types.push_back(e.type);
      }
      last_type = &e.type;
      last_id = it->second;
    }
    types[i] = last_id;
  }

  // The CSR, streamed from the edge list without materialising it.
  const uint64_t entries = 2 * static_cast<uint64_t>(edges.size());
  NotReverseOfSelfLoop keep{im.source.data(), im.target.data()};
  auto k_begin = boost::make_filter_iterator(keep, boost::counting_iterator<uint64_t>(0),
                                             boost::counting_iterator<uint64_t>(entries));
  auto k_end = boost::make_filter_iterator(keep, boost::counting_iterator<uint64_t>(entries),
                                           boost::counting_iterator<uint64_t>(entries));
  EntryEnds ends{im.source.data(), im.target.data()};
  EntryProperty props{edges.data(), types.data()};
  im.csr = Csr(boost::edges_are_unsorted_multi_pass, boost::make_transform_iterator(k_begin, ends),
               boost::make_transform_iterator(k_end, ends),
               boost::make_transform_iterator(k_begin, props),
               static_cast<uint32_t>(im.data.nodes.size()));
  *result = std::move(kg);
  return Status::OK();
}

const model::Graph& KnowledgeGraph::data() const { return impl_->data; }
size_t KnowledgeGraph::num_vertices() const { return impl_->data.nodes.size(); }
size_t KnowledgeGraph::num_edges() const { return impl_->data.edges.size(); }
VertexId KnowledgeGraph::Source(EdgeIndex e) const { return impl_->source[e]; }
VertexId KnowledgeGraph::Target(EdgeIndex e) const { return impl_->target[e]; }

bool KnowledgeGraph::FindVertex(int64_t node_id, VertexId* v) const {
  const Impl& im = *impl_;
  if (!im.id_to_vertex.empty()) {
    if (node_id < 0 || static_cast<uint64_t>(node_id) >= im.id_to_vertex.size()) return false;
    int64_t slot = im.id_to_vertex[node_id];
    if (slot == 0) return false;
    *v = static_cast<VertexId>(slot - 1);
    return true;
  }
  const std::vector<model::Node>& nodes = im.data.nodes;
  auto it = std::lower_bound(nodes.begin(), nodes.end(), node_id,
                             [](const model::Node& n, int64_t id) { return n.id < id; });
  if (it == nodes.end() || it->id != node_id) return false;
  *v = static_cast<VertexId>(it - nodes.begin());
  return true;
}

std::vector<Step> KnowledgeGraph::Incident(VertexId v, const EdgeFilter& filter) const {
  std::vector<Step> steps;
  ForEachIncident(*impl_, TypeMask(*impl_, filter), v, [&](VertexId w, const CsrEdge& e) {
    steps.push_back(Step{e.edge, v, w, e.forward});
  });
  return steps;
}

size_t KnowledgeGraph::Degree(VertexId v, const EdgeFilter& filter) const {
  size_t degree = 0;
  ForEachIncident(*impl_, TypeMask(*impl_, filter), v, [&](VertexId, const CsrEdge&) { ++degree; });
  return degree;
}

int ModalityRank(const std::string& modality) {
  if (modality == "asserted") return 0;
  if (modality == "planned") return 1;
  if (modality == "hypothetical") return 2;
  if (modality == "negated") return 3;
  return 4;
}

bool StrongerEdge(const model::Edge& a, const model::Edge& b) {
  if (a.support_documents != b.support_documents) {
    return a.support_documents > b.support_documents;
  }
  if (a.support_mentions != b.support_mentions) return a.support_mentions > b.support_mentions;
  int ra = ModalityRank(a.modality), rb = ModalityRank(b.modality);
  if (ra != rb) return ra < rb;
  return a.id < b.id;
}

}  // namespace newsgraph::graph

// Hand-built graphs for the graph and query tests.
#ifndef NEWSGRAPH_TESTS_GRAPH_TEST_GRAPHS_H_
#define NEWSGRAPH_TESTS_GRAPH_TEST_GRAPHS_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

#include "graph/knowledge_graph.h"
#include "model/graph.h"

namespace newsgraph::graph::testing {

// Builds a model::Graph line by line:
//   GraphBuilder b;
//   b.Node(1, "Josep Borrell", "PERSON").Node(2, "Cho Tae-yul", "PERSON");
//   b.Edge(1, 2, "meets", /*symmetric=*/true);
class GraphBuilder {
 public:
  GraphBuilder& Node(int64_t id, std::string name, std::string type = "PERSON") {
    model::Node n;
    n.id = id;
    n.key = "test:" + std::to_string(id);
    n.name = std::move(name);
    n.type = std::move(type);
    n.mentions = 1;
    n.documents = 1;
    g_.nodes.push_back(std::move(n));
    return *this;
  }
  // Adds an edge with one evidence sentence "<source> <type> <target>." in
  // document "doc-<edge id>.txt"; returns its edge index.
  size_t Edge(int64_t source, int64_t target, std::string type, bool symmetric = false,
              int64_t documents = 1, std::string modality = "asserted") {
    model::Edge e;
    e.id = static_cast<int64_t>(g_.edges.size()) + 1;
    e.source = source;
    e.target = target;
    e.type = std::move(type);
    e.symmetric = symmetric;
    e.modality = modality;
    e.support_documents = documents;
    e.support_mentions = documents;
    for (int64_t d = 0; d < documents; ++d) {
      model::Evidence ev;
      ev.document =
          "doc-" + std::to_string(e.id) + (d == 0 ? "" : "-" + std::to_string(d)) + ".txt";
      ev.text = NameOf(source) + " " + e.type + " " + NameOf(target) + ".";
      ev.end = static_cast<uint32_t>(ev.text.size());
      ev.rule = "test";
      ev.modality = modality;
      e.evidence.push_back(std::move(ev));
    }
    g_.edges.push_back(std::move(e));
    return g_.edges.size() - 1;
  }
  model::Graph& graph() { return g_; }

  std::unique_ptr<KnowledgeGraph> Build() const {
    std::unique_ptr<KnowledgeGraph> kg;
    Status s = KnowledgeGraph::Build(g_, &kg);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return kg;
  }

 private:
  std::string NameOf(int64_t id) const {
    for (const model::Node& n : g_.nodes) {
      if (n.id == id) return n.name;
    }
    return "?";
  }
  model::Graph g_;
};

// The vertex of node `id` (fails the test when there is none).
inline VertexId V(const KnowledgeGraph& kg, int64_t id) {
  VertexId v = 0;
  EXPECT_TRUE(kg.FindVertex(id, &v)) << "no node " << id;
  return v;
}

}  // namespace newsgraph::graph::testing

#endif  // NEWSGRAPH_TESTS_GRAPH_TEST_GRAPHS_H_

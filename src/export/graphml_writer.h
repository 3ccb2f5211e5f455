// GraphML export of the knowledge graph, for Gephi, yEd, Cytoscape and
// NetworkX (networkx.read_graphml).
//
// Attributes (<key> declarations; the id is what <data key=...> uses):
//
//   id                  for   attr.name          attr.type  value
//   label               node  label              string     Node::name (Gephi/yEd label)
//   name                node  name               string     Node::name
//   type                node  type               string     PERSON, COUNTRY, ORG, ...
//   key                 node  key                string     gazetteer or discovered key
//   discovered          node  discovered         boolean    true / false
//   mentions            node  mentions           long
//   documents           node  documents          long
//   aliases             node  aliases            string     Node::aliases joined by "|"
//   edge_label          edge  label              string     the relation type
//   edge_type           edge  type               string     the relation type
//   modality            edge  modality           string     asserted, planned, ...
//   support_documents   edge  support_documents  long
//   support_mentions    edge  support_mentions   long
//   symmetric           edge  symmetric          boolean
//   evidence            edge  evidence           string     first evidence sentence, or ""
//
// Node ids are "n" + Node::id, edge ids "e" + Edge::id; the graph is
// directed (edgedefault="directed"); a symmetric relation is one edge with
// symmetric=true. Text is XML-escaped (& < > " '), CR is written as &#13;
// so it survives parsing, characters XML 1.0 forbids (controls other than
// tab, LF and CR; U+FFFE, U+FFFF) are dropped and invalid UTF-8 becomes
// U+FFFD, so the output is always well-formed UTF-8 XML.
#ifndef NEWSGRAPH_EXPORT_GRAPHML_WRITER_H_
#define NEWSGRAPH_EXPORT_GRAPHML_WRITER_H_

#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>

#include "export/graph_writer.h"
#include "model/graph.h"

namespace newsgraph::exporter {

// Writes `g` to `out` as above. Never fails; write errors are left in the
// stream's state for the caller to check.
void WriteGraphMl(const model::Graph& g, std::ostream& out);

// WriteGraphMl element by element (export/graph_writer.h): the same bytes,
// written to `out` as the elements come. IOError when `out` fails.
class GraphMlStreamWriter : public GraphWriter {
 public:
  explicit GraphMlStreamWriter(std::FILE* out);
  Status Node(const model::Node& n) override;
  Status Edge(const model::Edge& e) override;
  Status Finish() override;

 private:
  static constexpr size_t kFlushAt = 1 << 16;  // bytes buffered before they go out
  // Writes the buffer to out_ when it holds kFlushAt bytes, or `always`.
  Status Flush(bool always);
  std::FILE* out_;
  std::string buffer_;
};

// Returns `s` escaped for XML 1.0 text and attribute values, as above.
std::string XmlEscape(std::string_view s);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_GRAPHML_WRITER_H_

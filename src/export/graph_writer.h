// GraphWriter: an export that takes the graph one element at a time, as
// store::Store::StreamGraph hands it over, and writes each as it comes, so
// that a graph of millions of edges is written in bounded memory:
//
//   exporter::JsonStreamWriter writer(options, file);
//   store::GraphVisitor visit{
//       [&](const model::Node& n) { return writer.Node(n); },
//       [&](const model::Edge& e) { return writer.Edge(e); }};
//   Status s = store->StreamGraph(filter, visit);
//   if (s.ok()) s = writer.Finish();
//
// The bytes equal those of the writer's in-memory form (WriteJson,
// WriteGraphMl, WriteDot, WriteNeo4jNodes/Edges) for the same graph.
// Output goes to a std::FILE* the caller opened (and buffers) and closes.
#ifndef NEWSGRAPH_EXPORT_GRAPH_WRITER_H_
#define NEWSGRAPH_EXPORT_GRAPH_WRITER_H_

#include <cstdio>
#include <string_view>

#include "model/graph.h"
#include "util/status.h"

namespace newsgraph::exporter {

class GraphWriter {
 public:
  virtual ~GraphWriter() = default;
  // Writes one node; every node comes before the first edge, in
  // Graph::nodes order. IOError when the output cannot be written.
  virtual Status Node(const model::Node& n) = 0;
  // Writes one edge, in Graph::edges order. IOError as above.
  virtual Status Edge(const model::Edge& e) = 0;
  // Ends the document (also one without nodes or edges); call it once,
  // last. IOError as above.
  virtual Status Finish() = 0;
};

// Hands every node of `g`, then every edge, to `writer`, then finishes it:
// the in-memory graph written through a GraphWriter. The first error ends it.
Status WriteGraph(const model::Graph& g, GraphWriter* writer);

// Writes `bytes` to `out`: IOError when the stream has failed.
Status WriteBytes(std::string_view bytes, std::FILE* out);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_GRAPH_WRITER_H_

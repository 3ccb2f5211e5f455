// JSON export of the knowledge graph: the format `export --format json`
// writes and the evaluation scorer (eval/scorer.h, shared/eval/FORMAT.md)
// reads.
//
//   {"nodes": [{"id": "n1", "name": "Josep Borrell", "type": "PERSON",
//               "aliases": ["Borrell"], "key": "person:josep-borrell",
//               "discovered": false, "confidence": 1.0,
//               "mentions": 12, "documents": 3}],
//    "edges": [{"id": "e7", "source": "n1", "target": "n2", "type": "meets",
//               "symmetric": true, "modality": "asserted",
//               "support": {"documents": 2, "mentions": 3},
//               "first_seen": "2024-11-04", "last_seen": "2024-11-05",
//               "days": {"2024-11-04": 2, "2024-11-05": 1},
//               "evidence": [{"document": "a.txt", "date": "2024-11-04",
//                             "sentence": 4, "begin": 310, "end": 402,
//                             "text": "Borrell met Cho.", "rule": "meet-with",
//                             "modality": "asserted", "confidence": 0.9}]}]}
//
// "first_seen"/"last_seen" are the earliest and latest dates of the edge's
// dated documents (null when none is dated); "days" counts the evidence
// sentences of each date (written with the evidence). Evidence from a
// document that came with a url, title or source (a feed) also holds
// "url", "title" and "source".
//
// The node, edge and evidence objects are format/json_forms.h's.
// Node ids are "n" + Node::id, edge ids "e" + Edge::id; "source"/"target"
// name node ids. Nodes and edges keep the order of the Graph, and the keys of
// every object the order shown, so equal graphs give byte-equal output.
// Strings are written as UTF-8; an invalid UTF-8 sequence is written as
// U+FFFD instead of failing. The output ends with a newline.
#ifndef NEWSGRAPH_EXPORT_JSON_WRITER_H_
#define NEWSGRAPH_EXPORT_JSON_WRITER_H_

#include <cstdio>
#include <memory>
#include <ostream>
#include <string>

#include "export/graph_writer.h"
#include "model/graph.h"

namespace newsgraph::exporter {

struct JsonOptions {
  // Option          Default  Meaning
  // with_evidence   true     write each edge's "evidence" array; when false
  //                          the key is left out.
  // indent          1        spaces per nesting level; -1 writes one line.
  bool with_evidence = true;
  int indent = 1;
};

// Writes `g` to `out` as above. Never fails; write errors are left in the
// stream's state for the caller to check.
void WriteJson(const model::Graph& g, const JsonOptions& opt, std::ostream& out);

// WriteJson element by element (export/graph_writer.h): the same bytes,
// written to `out` as the elements come, holding one element's object at a
// time. IOError when `out` fails. (json_stream.cc)
class JsonStreamWriter : public GraphWriter {
 public:
  JsonStreamWriter(const JsonOptions& opt, std::FILE* out);
  ~JsonStreamWriter() override;
  Status Node(const model::Node& n) override;
  Status Edge(const model::Edge& e) override;
  Status Finish() override;

 private:
  class Printer;
  void WriteEvidence(const model::Evidence& ev);
  // Writes the buffer to out_ when it holds enough bytes, or `always`.
  Status Flush(bool always);
  const JsonOptions opt_;
  std::FILE* out_;
  bool in_edges_ = false;  // the "edges" array is open
  std::string buffer_;
  std::unique_ptr<Printer> printer_;
};

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_JSON_WRITER_H_

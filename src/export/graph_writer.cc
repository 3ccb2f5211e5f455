#include "export/graph_writer.h"

namespace newsgraph::exporter {

Status WriteGraph(const model::Graph& g, GraphWriter* writer) {
  for (const model::Node& n : g.nodes) NG_RETURN_IF_ERROR(writer->Node(n));
  for (const model::Edge& e : g.edges) NG_RETURN_IF_ERROR(writer->Edge(e));
  return writer->Finish();
}

Status WriteBytes(std::string_view bytes, std::FILE* out) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::ferror(out)) {
    return Status::IOError("cannot write the export");
  }
  return Status::OK();
}

}  // namespace newsgraph::exporter

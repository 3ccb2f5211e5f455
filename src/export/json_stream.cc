// JsonStreamWriter: WriteJson's document written element by element. The
// frame ({"nodes": [ ... ], "edges": [ ... ]}) is written here exactly as
// nlohmann's pretty printer lays it out; each element is dumped by
// nlohmann's serializer at its depth (current_indent), so element bytes come
// from the same code as WriteJson's.
#include <nlohmann/json.hpp>
#include <string>

#include "export/internal/json_elements.h"
#include "export/json_writer.h"

namespace newsgraph::exporter {

struct JsonStreamWriter::Serializer {
  explicit Serializer(std::string* out)
      : s(nlohmann::detail::output_adapter<char, std::string>(*out), ' ',
          nlohmann::detail::error_handler_t::replace) {}
  nlohmann::detail::serializer<format::Json> s;
};

namespace {
constexpr size_t kFlushAt = 1 << 16;  // bytes buffered before they go to the file
}  // namespace

JsonStreamWriter::JsonStreamWriter(const JsonOptions& opt, std::FILE* out)
    : opt_(opt), out_(out), serializer_(std::make_unique<Serializer>(&buffer_)) {}

JsonStreamWriter::~JsonStreamWriter() = default;

void JsonStreamWriter::MoveTo(Part part) {
  const bool pretty = opt_.indent >= 0;
  const std::string nl = pretty ? "\n" : "";
  const std::string level1(pretty ? opt_.indent : 0, ' ');
  while (part_ < part) {
    if (part_ == Part::kNodes || part_ == Part::kEdges) {  // close the array
      buffer_ += in_part_ == 0 ? "[]" : nl + level1 + "]";
    }
    switch (part_) {
      case Part::kStart:
        buffer_ += "{" + nl + level1 + (pretty ? "\"nodes\": " : "\"nodes\":");
        part_ = Part::kNodes;
        break;
      case Part::kNodes:
        buffer_ += "," + nl + level1 + (pretty ? "\"edges\": " : "\"edges\":");
        part_ = Part::kEdges;
        break;
      case Part::kEdges:
        buffer_ += nl + "}\n";
        part_ = Part::kDone;
        break;
      case Part::kDone:
        break;
    }
    in_part_ = 0;
  }
}

void JsonStreamWriter::Element(const format::Json& j) {
  const bool pretty = opt_.indent >= 0;
  const unsigned step = pretty ? static_cast<unsigned>(opt_.indent) : 0;
  buffer_ += in_part_ == 0 ? "[" : ",";
  if (pretty) buffer_ += "\n" + std::string(2 * step, ' ');
  serializer_->s.dump(j, pretty, /*ensure_ascii=*/false, step, 2 * step);
  ++in_part_;
}

Status JsonStreamWriter::Flush(bool always) {
  if (!always && buffer_.size() < kFlushAt) return Status::OK();
  Status s = WriteBytes(buffer_, out_);
  buffer_.clear();
  return s;
}

Status JsonStreamWriter::Node(const model::Node& n) {
  MoveTo(Part::kNodes);
  Element(ExportNodeJson(n));
  return Flush(false);
}

Status JsonStreamWriter::Edge(const model::Edge& e) {
  MoveTo(Part::kEdges);
  Element(ExportEdgeJson(e, opt_.with_evidence));
  return Flush(false);
}

Status JsonStreamWriter::Finish() {
  MoveTo(Part::kDone);
  return Flush(true);
}

}  // namespace newsgraph::exporter

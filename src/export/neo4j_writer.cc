#include "export/neo4j_writer.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <vector>

#include "export/csv.h"
#include "format/json_forms.h"
#include "format/text.h"
#include "util/atomic_file.h"

namespace newsgraph::exporter {
namespace {

// Control characters (C0 and DEL) become spaces: one record per line.
using format::ControlsAsSpaces;

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string joined;
  for (size_t i = 0; i < aliases.size(); ++i) {
    if (i > 0) joined.push_back(';');
    for (char c : ControlsAsSpaces(aliases[i])) joined.push_back(c == ';' ? ',' : c);
  }
  return joined;
}

const char* Bool(bool b) { return b ? "true" : "false"; }

}  // namespace

std::string Neo4jLabels(std::string_view entity_type) {
  // CamelCase of the alphanumeric runs: "WORK_OF_ART" -> "WorkOfArt".
  std::string camel;
  bool word_start = true;
  for (char c : entity_type) {
    if (!IsAsciiAlnum(c)) {
      word_start = true;
      continue;
    }
    camel.push_back(word_start ? AsciiUpper(c) : AsciiLower(c));
    word_start = false;
  }
  if (camel.empty() || camel == "Entity") return "Entity";
  return "Entity;" + camel;
}

std::string Neo4jRelationshipType(std::string_view relation_type) {
  std::string upper;
  for (char c : relation_type) upper.push_back(IsAsciiAlnum(c) ? AsciiUpper(c) : '_');
  return upper.empty() ? "RELATED_TO" : upper;
}

namespace {

const std::vector<std::string> kNodeHeader = {"id:ID",
                                              "name",
                                              "type",
                                              "key",
                                              "discovered:boolean",
                                              "mentions:long",
                                              "documents:long",
                                              "aliases:string[]",
                                              ":LABEL"};
const std::vector<std::string> kEdgeHeader = {":START_ID",
                                              ":END_ID",
                                              ":TYPE",
                                              "modality",
                                              "support_documents:long",
                                              "support_mentions:long",
                                              "symmetric:boolean",
                                              "first_seen:date",
                                              "last_seen:date",
                                              "documents:string[]",
                                              "evidence"};

std::vector<std::string> NodeRow(const model::Node& n) {
  return {format::NodeId(n.id),        ControlsAsSpaces(n.name), ControlsAsSpaces(n.type),
          ControlsAsSpaces(n.key),     Bool(n.discovered),       std::to_string(n.mentions),
          std::to_string(n.documents), JoinAliases(n.aliases),   Neo4jLabels(n.type)};
}

std::vector<std::string> EdgeRow(const model::Edge& e) {
  std::string evidence = e.evidence.empty() ? "" : ControlsAsSpaces(e.evidence.front().text);
  std::vector<std::string> documents;  // the evidence's documents, each once
  for (const model::Evidence& ev : e.evidence) {
    if (std::find(documents.begin(), documents.end(), ev.document) == documents.end()) {
      documents.push_back(ev.document);
    }
  }
  return {format::NodeId(e.source),
          format::NodeId(e.target),
          Neo4jRelationshipType(e.type),
          ControlsAsSpaces(e.modality),
          std::to_string(e.support_documents),
          std::to_string(e.support_mentions),
          Bool(e.symmetric),
          ControlsAsSpaces(e.first_seen),
          ControlsAsSpaces(e.last_seen),
          JoinAliases(documents),
          evidence};
}

// WriteCsvRow into a string.
void AppendCsvRow(const std::vector<std::string>& fields, std::string* out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->append(CsvField(fields[i]));
  }
  out->push_back('\n');
}

constexpr size_t kFlushAt = 1 << 16;  // bytes buffered before they go out

}  // namespace

void WriteNeo4jNodes(const model::Graph& g, std::ostream& out) {
  WriteCsvRow(kNodeHeader, out);
  for (const model::Node& n : g.nodes) WriteCsvRow(NodeRow(n), out);
}

void WriteNeo4jEdges(const model::Graph& g, std::ostream& out) {
  WriteCsvRow(kEdgeHeader, out);
  for (const model::Edge& e : g.edges) WriteCsvRow(EdgeRow(e), out);
}

Neo4jStreamWriter::Neo4jStreamWriter(std::FILE* nodes, std::FILE* edges)
    : nodes_(nodes), edges_(edges) {
  if (nodes_ != nullptr) AppendCsvRow(kNodeHeader, &node_buffer_);
  if (edges_ != nullptr) AppendCsvRow(kEdgeHeader, &edge_buffer_);
}

Status Neo4jStreamWriter::Flush(std::string* buffer, std::FILE* out, bool always) {
  if (out == nullptr || (!always && buffer->size() < kFlushAt)) return Status::OK();
  Status s = WriteBytes(*buffer, out);
  buffer->clear();
  return s;
}

Status Neo4jStreamWriter::Node(const model::Node& n) {
  if (nodes_ == nullptr) return Status::OK();
  AppendCsvRow(NodeRow(n), &node_buffer_);
  return Flush(&node_buffer_, nodes_, false);
}

Status Neo4jStreamWriter::Edge(const model::Edge& e) {
  if (edges_ == nullptr) return Status::OK();
  AppendCsvRow(EdgeRow(e), &edge_buffer_);
  return Flush(&edge_buffer_, edges_, false);
}

Status Neo4jStreamWriter::Finish() {
  NG_RETURN_IF_ERROR(Flush(&node_buffer_, nodes_, true));
  return Flush(&edge_buffer_, edges_, true);
}

Status WriteNeo4jFiles(const std::string& dir,
                       const std::function<Status(GraphWriter* writer)>& write) {
  const std::filesystem::path parent = std::filesystem::path(dir).lexically_normal().parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec)
    return Status::IOError(parent.string() + ": cannot create the directory: " + ec.message());
  return util::WriteFileSetAtomically(dir, {"nodes.csv", "relationships.csv"},
                                      [&](const std::vector<std::FILE*>& out) {
                                        Neo4jStreamWriter writer(out[0], out[1]);
                                        return write(&writer);
                                      });
}

Status WriteNeo4jFiles(const model::Graph& g, const std::string& dir) {
  return WriteNeo4jFiles(dir, [&](GraphWriter* writer) { return WriteGraph(g, writer); });
}

}  // namespace newsgraph::exporter

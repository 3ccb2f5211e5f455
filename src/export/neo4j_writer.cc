#include "export/neo4j_writer.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <sstream>
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

void WriteNeo4jNodes(const model::Graph& g, std::ostream& out) {
  WriteCsvRow({"id:ID", "name", "type", "key", "discovered:boolean", "mentions:long",
               "documents:long", "aliases:string[]", ":LABEL"},
              out);
  for (const model::Node& n : g.nodes) {
    WriteCsvRow({format::NodeId(n.id), ControlsAsSpaces(n.name), ControlsAsSpaces(n.type),
                 ControlsAsSpaces(n.key), Bool(n.discovered), std::to_string(n.mentions),
                 std::to_string(n.documents), JoinAliases(n.aliases), Neo4jLabels(n.type)},
                out);
  }
}

void WriteNeo4jEdges(const model::Graph& g, std::ostream& out) {
  WriteCsvRow({":START_ID", ":END_ID", ":TYPE", "modality", "support_documents:long",
               "support_mentions:long", "symmetric:boolean", "first_seen:date", "last_seen:date",
               "documents:string[]", "evidence"},
              out);
  for (const model::Edge& e : g.edges) {
    std::string evidence = e.evidence.empty() ? "" : ControlsAsSpaces(e.evidence.front().text);
    std::vector<std::string> documents;  // the evidence's documents, each once
    for (const model::Evidence& ev : e.evidence) {
      if (std::find(documents.begin(), documents.end(), ev.document) == documents.end()) {
        documents.push_back(ev.document);
      }
    }
    WriteCsvRow(
        {format::NodeId(e.source), format::NodeId(e.target), Neo4jRelationshipType(e.type),
         ControlsAsSpaces(e.modality), std::to_string(e.support_documents),
         std::to_string(e.support_mentions), Bool(e.symmetric), ControlsAsSpaces(e.first_seen),
         ControlsAsSpaces(e.last_seen), JoinAliases(documents), evidence},
        out);
  }
}

Status WriteNeo4jFiles(const model::Graph& g, const std::string& dir) {
  const std::filesystem::path parent = std::filesystem::path(dir).lexically_normal().parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec)
    return Status::IOError(parent.string() + ": cannot create the directory: " + ec.message());
  std::ostringstream nodes, edges;
  WriteNeo4jNodes(g, nodes);
  WriteNeo4jEdges(g, edges);
  return util::WriteFileSetAtomically(
      dir, {{"nodes.csv", nodes.str()}, {"relationships.csv", edges.str()}});
}

}  // namespace newsgraph::exporter

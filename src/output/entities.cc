#include "output/entities.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "export/csv.h"
#include "format/json_forms.h"
#include "format/text.h"
#include "text/terminal.h"

namespace newsgraph::output {
namespace {

using text::TerminalSafe;

void WriteTable(const std::vector<model::Node>& nodes, std::ostream& out) {
  struct Row {
    std::string name, type, key;
  };
  std::vector<Row> rows;  // names come from articles: no control sequences on the terminal
  size_t width = 4;       // "NAME"
  for (const model::Node& n : nodes) {
    rows.push_back({TerminalSafe(n.name), TerminalSafe(n.type), TerminalSafe(n.key)});
    width = std::max(width, format::DisplayWidth(rows.back().name));
  }
  char line[128];
  std::snprintf(line, sizeof(line), "  %-8s %8s %5s  %s\n", "TYPE", "MENTIONS", "DOCS", "KEY");
  out << format::PadRight("NAME", width) << line;
  for (size_t i = 0; i < nodes.size(); ++i) {
    std::snprintf(line, sizeof(line), "  %-8s %8lld %5lld  ", rows[i].type.c_str(),
                  static_cast<long long>(nodes[i].mentions),
                  static_cast<long long>(nodes[i].documents));
    out << format::PadRight(rows[i].name, width) << line << rows[i].key << "\n";
  }
}

void WriteJson(const std::vector<model::Node>& nodes, std::ostream& out) {
  format::Json arr = format::Json::array();
  for (const model::Node& n : nodes) {
    arr.push_back(format::NodeJson(
        n, {format::NodeField::kName, format::NodeField::kType, format::NodeField::kKey,
            format::NodeField::kDiscovered, format::NodeField::kMentions,
            format::NodeField::kDocuments, format::NodeField::kAliases}));
  }
  // nlohmann::json: keys in alphabetical order, as this output always had them.
  out << format::JsonText(nlohmann::json(arr)) << "\n";
}

void WriteCsv(const std::vector<model::Node>& nodes, std::ostream& out) {
  std::vector<std::vector<std::string>> rows;
  for (const model::Node& n : nodes) {
    rows.push_back(
        {n.name, n.type, std::to_string(n.mentions), std::to_string(n.documents), n.key});
  }
  exporter::WriteCsvTable({"name", "type", "mentions", "documents", "key"}, rows, out);
}

}  // namespace

void WriteEntities(const std::vector<model::Node>& nodes, format::Format format,
                   std::ostream& out) {
  switch (format) {
    case format::Format::kTable:
      WriteTable(nodes, out);
      break;
    case format::Format::kJson:
      WriteJson(nodes, out);
      break;
    case format::Format::kCsv:
      WriteCsv(nodes, out);
      break;
  }
}

}  // namespace newsgraph::output

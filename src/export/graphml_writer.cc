#include "export/graphml_writer.h"

#include <vector>

#include "text/utf8.h"

namespace newsgraph::exporter {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},
    {"name", "node", "name", "string"},
    {"type", "node", "type", "string"},
    {"key", "node", "key", "string"},
    {"discovered", "node", "discovered", "boolean"},
    {"mentions", "node", "mentions", "long"},
    {"documents", "node", "documents", "long"},
    {"aliases", "node", "aliases", "string"},
    {"edge_label", "edge", "label", "string"},
    {"edge_type", "edge", "type", "string"},
    {"modality", "edge", "modality", "string"},
    {"support_documents", "edge", "support_documents", "long"},
    {"support_mentions", "edge", "support_mentions", "long"},
    {"symmetric", "edge", "symmetric", "boolean"},
    // The edge's first and last dates (YYYY-MM-DD): Gephi's timeline reads
    // them as the edge's interval.
    {"start", "edge", "start", "string"},
    {"end", "edge", "end", "string"},
    {"evidence", "edge", "evidence", "string"},
};

bool AllowedInXml(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  return cp != 0xFFFE && cp != 0xFFFF;
}

void Data(const char* key, std::string_view value, std::ostream& out) {
  out << "      <data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string joined;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) joined += sep;
    joined += parts[i];
  }
  return joined;
}

const char* Bool(bool b) { return b ? "true" : "false"; }

}  // namespace

std::string XmlEscape(std::string_view s) {
  std::string repaired;
  if (!text::IsValidUtf8(s)) {
    repaired = text::RepairUtf8(s);
    s = repaired;
  }
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t cp = text::DecodeAt(s, &i);
    switch (cp) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (AllowedInXml(cp)) out.append(s.substr(start, i - start));
    }
  }
  return out;
}

void WriteGraphMl(const model::Graph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      << "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      << "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  out << "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  for (const model::Node& n : g.nodes) {
    out << "    <node id=\"n" << n.id << "\">\n";
    Data("label", n.name, out);
    Data("name", n.name, out);
    Data("type", n.type, out);
    Data("key", n.key, out);
    Data("discovered", Bool(n.discovered), out);
    Data("mentions", std::to_string(n.mentions), out);
    Data("documents", std::to_string(n.documents), out);
    Data("aliases", Join(n.aliases, "|"), out);
    out << "    </node>\n";
  }
  for (const model::Edge& e : g.edges) {
    out << "    <edge id=\"e" << e.id << "\" source=\"n" << e.source << "\" target=\"n" << e.target
        << "\">\n";
    Data("edge_label", e.type, out);
    Data("edge_type", e.type, out);
    Data("modality", e.modality, out);
    Data("support_documents", std::to_string(e.support_documents), out);
    Data("support_mentions", std::to_string(e.support_mentions), out);
    Data("symmetric", Bool(e.symmetric), out);
    if (!e.first_seen.empty()) Data("start", e.first_seen, out);
    if (!e.last_seen.empty()) Data("end", e.last_seen, out);
    Data("evidence", e.evidence.empty() ? "" : e.evidence.front().text, out);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace newsgraph::exporter

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

// Appends `s` escaped as XmlEscape says.
void AppendXmlEscaped(std::string_view s, std::string* out) {
  bool plain = true;  // printable ASCII without markup characters: as it is
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x80 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
      plain = false;
      break;
    }
  }
  if (plain) {
    out->append(s);
  } else {
    out->append(XmlEscape(s));
  }
}

void Data(const char* key, std::string_view value, std::string* out) {
  out->append("      <data key=\"").append(key).append("\">");
  AppendXmlEscaped(value, out);
  out->append("</data>\n");
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

namespace {

void AppendGraphMlHeader(std::string* out) {
  *out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    *out += std::string("  <key id=\"") + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" +
            k.name + "\" attr.type=\"" + k.type + "\"/>\n";
  }
  *out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
}

void AppendGraphMlNode(const model::Node& n, std::string* out) {
  *out += "    <node id=\"n" + std::to_string(n.id) + "\">\n";
  Data("label", n.name, out);
  Data("name", n.name, out);
  Data("type", n.type, out);
  Data("key", n.key, out);
  Data("discovered", Bool(n.discovered), out);
  Data("mentions", std::to_string(n.mentions), out);
  Data("documents", std::to_string(n.documents), out);
  Data("aliases", Join(n.aliases, "|"), out);
  *out += "    </node>\n";
}

void AppendGraphMlEdge(const model::Edge& e, std::string* out) {
  *out += "    <edge id=\"e" + std::to_string(e.id) + "\" source=\"n" + std::to_string(e.source) +
          "\" target=\"n" + std::to_string(e.target) + "\">\n";
  Data("edge_label", e.type, out);
  Data("edge_type", e.type, out);
  Data("modality", e.modality, out);
  Data("support_documents", std::to_string(e.support_documents), out);
  Data("support_mentions", std::to_string(e.support_mentions), out);
  Data("symmetric", Bool(e.symmetric), out);
  if (!e.first_seen.empty()) Data("start", e.first_seen, out);
  if (!e.last_seen.empty()) Data("end", e.last_seen, out);
  Data("evidence", e.evidence.empty() ? "" : e.evidence.front().text, out);
  *out += "    </edge>\n";
}

constexpr const char* kGraphMlFooter = "  </graph>\n</graphml>\n";

}  // namespace

void WriteGraphMl(const model::Graph& g, std::ostream& out) {
  std::string text;
  AppendGraphMlHeader(&text);
  out << text;
  for (const model::Node& n : g.nodes) {
    text.clear();
    AppendGraphMlNode(n, &text);
    out << text;
  }
  for (const model::Edge& e : g.edges) {
    text.clear();
    AppendGraphMlEdge(e, &text);
    out << text;
  }
  out << kGraphMlFooter;
}

GraphMlStreamWriter::GraphMlStreamWriter(std::FILE* out) : out_(out) {
  AppendGraphMlHeader(&buffer_);
}

Status GraphMlStreamWriter::Flush(bool always) {
  if (!always && buffer_.size() < kFlushAt) return Status::OK();
  Status s = WriteBytes(buffer_, out_);
  buffer_.clear();
  return s;
}

Status GraphMlStreamWriter::Node(const model::Node& n) {
  AppendGraphMlNode(n, &buffer_);
  return Flush(false);
}

Status GraphMlStreamWriter::Edge(const model::Edge& e) {
  AppendGraphMlEdge(e, &buffer_);
  return Flush(false);
}

Status GraphMlStreamWriter::Finish() {
  buffer_ += kGraphMlFooter;
  return Flush(true);
}

}  // namespace newsgraph::exporter

#include "export/html_writer.h"

#include <cmath>
#include <map>

#include "export/internal/style.h"
#include "export/report_assets.h"  // generated from src/export/report/ by CMake
#include "format/json_forms.h"
#include "graph/layout.h"

namespace newsgraph::exporter {
namespace {

using format::EdgeField;
using format::EvidenceField;
using format::Json;
using format::NodeField;

double Round(double v) { return std::round(v * 10) / 10; }

// `json` with the characters that could end or confuse the script element
// escaped; they occur only inside strings, where "\u003c" means '<'.
std::string ScriptSafe(const std::string& json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xe2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xa8' || json[i + 2] == '\xa9')) {
      out += json[i + 2] == '\xa8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string HtmlReportData(const model::Graph& g, const HtmlOptions& opt) {
  const std::vector<graph::Point> at = graph::ForceLayout(g, {});
  Json data;
  data["title"] = opt.title;
  data["focus"] = opt.focus;
  data["cap"] = opt.cap;
  data["total"] = {
      {"nodes", opt.total_nodes > 0 ? opt.total_nodes : static_cast<int64_t>(g.nodes.size())},
      {"edges", opt.total_edges > 0 ? opt.total_edges : static_cast<int64_t>(g.edges.size())}};
  std::map<std::string, bool> types;  // relation type -> symmetric
  for (const model::Edge& e : g.edges) types[e.type] = types[e.type] || e.symmetric;
  Json relation_types = Json::array();
  for (const auto& [type, symmetric] : types) {
    relation_types.push_back({{"type", type},
                              {"symmetric", symmetric},
                              {"color", RelationColor(type)},
                              {"index", relation_types.size()}});
  }
  data["relation_types"] = std::move(relation_types);
  Json nodes = Json::array();
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    const model::Node& n = g.nodes[i];
    Json node =
        format::NodeJson(n, {NodeField::kId, NodeField::kKey, NodeField::kName, NodeField::kType});
    node["fill"] = EntityFill(n.type);
    format::AddNodeFields(
        n,
        {NodeField::kDiscovered, NodeField::kAliases, NodeField::kMentions, NodeField::kDocuments},
        &node);
    node["x"] = Round(at[i].x);
    node["y"] = Round(at[i].y);
    nodes.push_back(std::move(node));
  }
  data["nodes"] = std::move(nodes);
  Json edges = Json::array();
  for (const model::Edge& e : g.edges) {
    Json edge = format::EdgeJson(e, {EdgeField::kId, EdgeField::kSourceId, EdgeField::kTargetId,
                                     EdgeField::kType, EdgeField::kSymmetric, EdgeField::kModality,
                                     EdgeField::kSupportCounts, EdgeField::kSeen});
    // The sentence cut around its trigger words, so the page can mark them.
    edge["evidence"] = format::EvidenceArray(
        e.evidence,
        {EvidenceField::kDocument, EvidenceField::kDate, EvidenceField::kDocumentFields,
         EvidenceField::kTextAroundTrigger, EvidenceField::kRule, EvidenceField::kModality});
    edges.push_back(std::move(edge));
  }
  data["edges"] = std::move(edges);
  return ScriptSafe(format::JsonText(data, -1));
}

void WriteHtml(const model::Graph& g, const HtmlOptions& opt, std::ostream& out) {
  const std::string title = HtmlText(opt.title);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"newsgraph export --format html\">\n"
      << "<title>" << title << "</title>\n<style>\n"
      << kReportCss << "</style>\n</head>\n<body>\n"
      << "<header><h1>" << title << "</h1><span id=\"status\"></span></header>\n"
      << "<aside id=\"controls\">\n"
      << "<fieldset><legend>Search</legend><input type=\"search\" id=\"search\" "
         "placeholder=\"Name or alias\" autocomplete=\"off\"></fieldset>\n"
      << "<fieldset><legend>Entity types</legend><div id=\"entity-types\"></div></fieldset>\n"
      << "<fieldset><legend>Relation types</legend><div id=\"relation-types\"></div></fieldset>\n"
      << "<fieldset><legend>Modality</legend><div id=\"modalities\"></div></fieldset>\n"
      << "<fieldset><legend>Minimum support</legend><label><input type=\"number\" "
         "id=\"min-support\" "
         "min=\"1\" value=\"1\"> documents</label></fieldset>\n"
      << "<fieldset><legend>Seen between</legend><label>From <input type=\"date\" "
         "id=\"from\"></label>"
         "<label>To <input type=\"date\" id=\"to\"></label></fieldset>\n"
      << "<fieldset><legend>Size</legend><input type=\"range\" id=\"cap\" min=\"1\">"
         "<div id=\"cap-label\"></div><p class=\"hint\">The busiest entities (most relations) are "
         "kept; <code>newsgraph export --top N</code> puts more in the file.</p></fieldset>\n"
      << "<button id=\"reset\" type=\"button\">Reset</button>\n</aside>\n"
      << "<main id=\"view\"><svg id=\"graph\" role=\"img\" aria-label=\"The knowledge "
         "graph\"></svg>"
      << "<noscript>This report needs JavaScript to draw the graph.</noscript></main>\n"
      << "<aside id=\"info\"></aside>\n"
      << "<script type=\"application/json\" id=\"newsgraph-data\">" << HtmlReportData(g, opt)
      << "</script>\n<script>\n"
      << kReportJs << "</script>\n</body>\n</html>\n";
}

}  // namespace newsgraph::exporter

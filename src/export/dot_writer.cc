#include "export/dot_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <set>

#include "export/style.h"
#include "text/utf8.h"

namespace newsgraph::exporter {
namespace {

struct EntityStyle {
  const char* shape;
  const char* fill;
  const char* extra_style;  // added to "filled"
};

EntityStyle StyleForEntity(std::string_view type) {
  const char* fill = EntityFill(type);
  if (type == "PERSON") return {"ellipse", fill, ""};
  if (type == "COUNTRY") return {"box", fill, "rounded,"};
  if (type == "ORG") return {"hexagon", fill, ""};
  return {"note", fill, ""};
}

// Modality -> DOT edge style. Negated edges are also red and relabelled.
const char* StyleForModality(std::string_view modality) {
  if (modality == "planned") return "dashed";
  if (modality == "hypothetical") return "dotted";
  if (modality == "negated") return "bold";
  return "solid";
}

std::string PenWidth(int64_t support_documents) {
  double w = 1.0;
  if (support_documents > 1) {
    w = std::min(8.0, 1.0 + 1.5 * std::log2(static_cast<double>(support_documents)));
  }
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof(buf), w, std::chars_format::fixed, 1);
  return std::string(buf, res.ptr);
}

std::string NodeId(int64_t id) { return "\"n" + std::to_string(id) + "\""; }

void WriteNode(const model::Node& n, const DotOptions& opt, std::ostream& out) {
  EntityStyle s = StyleForEntity(n.type);
  std::string label = n.name;
  if (opt.show_counts) {
    label += "\n" + std::to_string(n.mentions) + (n.mentions == 1 ? " mention" : " mentions");
  }
  std::string style = std::string(s.extra_style) + "filled" + (n.discovered ? ",dashed" : "");
  out << "  " << NodeId(n.id) << " [label=" << DotQuote(label) << ", shape=" << s.shape
      << ", style=\"" << style << "\", fillcolor=\"" << s.fill
      << "\", tooltip=" << DotQuote(n.type + (n.key.empty() ? "" : " " + n.key)) << "];\n";
}

void WriteEdge(const model::Edge& e, std::ostream& out) {
  bool negated = e.modality == "negated";
  std::string color = negated ? "red" : RelationColor(e.type);
  out << "  " << NodeId(e.source) << " -> " << NodeId(e.target)
      << " [label=" << DotQuote(negated ? "not " + e.type : e.type) << ", color=\"" << color
      << "\", fontcolor=\"" << color << "\", style=" << StyleForModality(e.modality)
      << ", penwidth=" << PenWidth(e.support_documents);
  if (e.symmetric) out << ", dir=none";
  if (!e.evidence.empty()) out << ", tooltip=" << DotQuote(e.evidence.front().text);
  out << "];\n";
}

void WriteLegend(const model::Graph& g, std::ostream& out) {
  std::set<std::string> entity_types, relation_types, modalities;
  bool any_discovered = false;
  for (const model::Node& n : g.nodes) {
    entity_types.insert(n.type);
    any_discovered |= n.discovered;
  }
  for (const model::Edge& e : g.edges) {
    relation_types.insert(e.type);
    if (e.modality == "planned" || e.modality == "hypothetical" || e.modality == "negated") {
      modalities.insert(e.modality);
    }
  }
  out << "  subgraph cluster_legend {\n"
      << "    label=\"Legend\";\n    style=\"rounded\";\n    color=\"#999999\";\n";
  int i = 0;
  for (const std::string& type : entity_types) {
    EntityStyle s = StyleForEntity(type);
    out << "    \"legend_entity_" << i++ << "\" [label=" << DotQuote(type) << ", shape=" << s.shape
        << ", style=\"" << s.extra_style << "filled\", fillcolor=\"" << s.fill << "\"];\n";
  }
  if (any_discovered) {
    out << "    \"legend_discovered\" [label=\"discovered\", shape=ellipse, "
           "style=\"filled,dashed\", fillcolor=\"#ffffff\"];\n";
  }
  // An edge sample is a labelled edge between two invisible points.
  auto sample = [&out](int k, const std::string& label, const std::string& attrs) {
    out << "    \"legend_from_" << k << "\" [shape=point, style=invis];\n"
        << "    \"legend_to_" << k << "\" [shape=point, style=invis];\n"
        << "    \"legend_from_" << k << "\" -> \"legend_to_" << k << "\" [label=" << DotQuote(label)
        << ", " << attrs << "];\n";
  };
  int k = 0;
  for (const std::string& type : relation_types) {
    std::string color = RelationColor(type);
    sample(k++, type, "color=\"" + color + "\", fontcolor=\"" + color + "\"");
  }
  for (const std::string& modality : modalities) {
    std::string attrs = std::string("style=") + StyleForModality(modality);
    if (modality == "negated") attrs += ", color=\"red\", fontcolor=\"red\"";
    sample(k++, modality, attrs);
  }
  out << "  }\n";
}

}  // namespace

std::string DotQuote(std::string_view s) {
  std::string repaired;
  if (!text::IsValidUtf8(s)) {
    repaired = text::RepairUtf8(s);
    s = repaired;
  }
  std::string quoted = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if (c == '\\' || c == '"') {
      quoted.push_back('\\');
      quoted.push_back(c);
    } else if (c == '&') {
      quoted += "&amp;";  // GraphViz decodes entities such as &lt; in labels
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;  // CRLF is one break
      quoted += "\\n";
    } else if (u < 0x20 || u == 0x7F) {
      quoted.push_back(' ');
    } else {
      quoted.push_back(c);
    }
  }
  quoted.push_back('"');
  return quoted;
}

void WriteDot(const model::Graph& g, const DotOptions& opt, std::ostream& out) {
  std::string font = DotQuote(opt.fontname);
  out << "digraph newsgraph {\n"
      << "  graph [charset=\"UTF-8\", rankdir=LR, overlap=false, splines=true, fontname=" << font
      << "];\n"
      << "  node [fontname=" << font << ", fontsize=11];\n"
      << "  edge [fontname=" << font << ", fontsize=9];\n";
  for (const model::Node& n : g.nodes) WriteNode(n, opt, out);
  for (const model::Edge& e : g.edges) WriteEdge(e, out);
  if (opt.legend) WriteLegend(g, out);
  out << "}\n";
}

}  // namespace newsgraph::exporter

#include "export/internal/dot_legend.h"

#include <map>
#include <set>
#include <vector>

#include "export/internal/dot_style.h"
#include "export/internal/style.h"

namespace newsgraph::exporter {
namespace {

// Line samples drawn with box-drawing characters in the relation's colour.
constexpr const char* kDirected = "\u2500\u2500\u2500\u25B6";   // ───▶
constexpr const char* kSymmetric = "\u2500\u2500\u2500\u2500";  // ────
constexpr const char* kDashed = "\u254C\u254C\u254C\u254C";     // ╌╌╌╌
constexpr const char* kDotted = "\u2508\u2508\u2508\u2508";     // ┈┈┈┈
constexpr const char* kBold = "\u2501\u2501\u2501\u2501";       // ━━━━

// The entity row: swatches side by side in a borderless table of their own
// (Graphviz stretches it to the legend's width when another row is wider).
std::string SwatchRow(const std::vector<std::string>& cells) {
  std::string row =
      "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"1\"><TR>";
  for (const std::string& cell : cells) row += cell;
  return row + "</TR></TABLE></TD></TR>";
}

// A row of line samples: one left-aligned line of text, samples three spaces
// apart, so it stays as narrow as its text.
std::string LineRow(const std::vector<std::string>& samples) {
  std::string row = "<TR><TD ALIGN=\"LEFT\">";
  for (size_t i = 0; i < samples.size(); ++i) row += (i == 0 ? "" : "   ") + samples[i];
  return row + "</TD></TR>";
}

std::string Sample(const std::string& color, const char* line, const std::string& name) {
  return "<FONT COLOR=\"" + color + "\">" + line + " " + HtmlText(name) + "</FONT>";
}

}  // namespace

std::string LegendLabel(const model::Graph& g) {
  std::set<std::string> entity_types, modalities;
  std::map<std::string, bool> relation_types;  // type -> every edge symmetric
  bool any_discovered = false;
  for (const model::Node& n : g.nodes) {
    entity_types.insert(n.type);
    any_discovered |= n.discovered;
  }
  for (const model::Edge& e : g.edges) {
    auto [it, inserted] = relation_types.emplace(e.type, e.symmetric);
    if (!inserted) it->second = it->second && e.symmetric;
    if (e.modality == "planned" || e.modality == "hypothetical" || e.modality == "negated") {
      modalities.insert(e.modality);
    }
  }
  std::vector<std::string> cells = {"<TD><B>Legend</B></TD>"};
  for (const std::string& type : entity_types) {
    cells.push_back("<TD BORDER=\"1\" BGCOLOR=\"" + std::string(StyleForEntity(type).fill) + "\">" +
                    HtmlText(type) + "</TD>");
  }
  if (any_discovered) cells.push_back("<TD BORDER=\"1\" STYLE=\"dashed\">discovered</TD>");
  std::string rows = SwatchRow(cells);
  std::vector<std::string> samples;
  for (const auto& [type, symmetric] : relation_types) {
    samples.push_back(Sample(RelationColor(type), symmetric ? kSymmetric : kDirected, type));
    if (static_cast<int>(samples.size()) == kLegendRelationsPerRow) {
      rows += LineRow(samples);
      samples.clear();
    }
  }
  if (!samples.empty()) rows += LineRow(samples);
  samples.clear();
  for (const std::string& modality : modalities) {
    if (modality == "planned") samples.push_back(Sample("black", kDashed, modality));
    if (modality == "hypothetical") samples.push_back(Sample("black", kDotted, modality));
    if (modality == "negated") samples.push_back(Sample("red", kBold, modality));
  }
  if (!samples.empty()) rows += LineRow(samples);
  return "<<FONT POINT-SIZE=\"9\"><TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"#999999\" "
         "CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" +
         rows + "</TABLE></FONT>>";
}

}  // namespace newsgraph::exporter

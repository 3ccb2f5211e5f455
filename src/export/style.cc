#include "export/internal/style.h"

#include <cstdint>
#include <iterator>
#include <utility>

#include "text/utf8.h"

namespace newsgraph::exporter {

const char* EntityFill(std::string_view type) {
  if (type == "PERSON") return "#cfe2f3";
  if (type == "COUNTRY") return "#d9ead3";
  if (type == "ORG") return "#fce5cd";
  return "#eeeeee";
}

std::string RelationColor(std::string_view type) {
  static constexpr std::pair<std::string_view, const char*> kKnown[] = {
      {"meets", "#1f77b4"},           {"succeeds", "#9467bd"}, {"deploys", "#8c564b"},
      {"visits", "#2ca02c"},          {"condemns", "#ff7f0e"}, {"supports", "#17becf"},
      {"signs_agreement", "#bcbd22"}, {"attacks", "#e377c2"},  {"affiliated_with", "#7f7f7f"},
  };
  for (const auto& [name, color] : kKnown) {
    if (name == type) return color;
  }
  static constexpr const char* kPalette[] = {"#393b79", "#637939", "#8c6d31", "#843c39",
                                             "#7b4173", "#3182bd", "#31a354", "#756bb1"};
  uint32_t h = 2166136261u;  // FNV-1a: stable across runs and platforms
  for (char c : type) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return kPalette[h % std::size(kPalette)];
}

std::string HtmlText(std::string_view s) {
  std::string repaired;
  if (!text::IsValidUtf8(s)) {
    repaired = text::RepairUtf8(s);
    s = repaired;
  }
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += "&quot;";
    } else if (u < 0x20 || u == 0x7F) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace newsgraph::exporter

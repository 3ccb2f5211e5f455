#include "export/dot_style.h"

#include <cstdint>
#include <iterator>
#include <utility>

namespace newsgraph::exporter {

EntityStyle StyleForEntity(std::string_view type) {
  if (type == "PERSON") return {"ellipse", "#cfe2f3", ""};
  if (type == "COUNTRY") return {"box", "#d9ead3", "rounded,"};
  if (type == "ORG") return {"hexagon", "#fce5cd", ""};
  return {"note", "#eeeeee", ""};
}

std::string ColorForRelation(std::string_view type) {
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

const char* StyleForModality(std::string_view modality) {
  if (modality == "planned") return "dashed";
  if (modality == "hypothetical") return "dotted";
  if (modality == "negated") return "bold";
  return "solid";
}

}  // namespace newsgraph::exporter

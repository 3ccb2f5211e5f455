#include "export/internal/dot_style.h"

#include "export/internal/style.h"

namespace newsgraph::exporter {

EntityStyle StyleForEntity(std::string_view type) {
  const char* fill = EntityFill(type);
  if (type == "PERSON") return {"ellipse", fill, ""};
  if (type == "COUNTRY") return {"box", fill, "rounded,"};
  if (type == "ORG") return {"hexagon", fill, ""};
  return {"note", fill, ""};
}

const char* StyleForModality(std::string_view modality) {
  if (modality == "planned") return "dashed";
  if (modality == "hypothetical") return "dotted";
  if (modality == "negated") return "bold";
  return "solid";
}

}  // namespace newsgraph::exporter

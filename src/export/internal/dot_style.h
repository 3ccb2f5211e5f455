// Internal to export/: the shapes, fills, colours and line styles that
// dot_writer.h's tables describe, shared by the DOT writer and its legend
// (dot_legend.h). Pure functions of a type name; safe for concurrent use.
#ifndef NEWSGRAPH_EXPORT_INTERNAL_DOT_STYLE_H_
#define NEWSGRAPH_EXPORT_INTERNAL_DOT_STYLE_H_

#include <string_view>

namespace newsgraph::exporter {

struct EntityStyle {
  const char* shape;        // DOT node shape
  const char* fill;         // fillcolor
  const char* extra_style;  // prepended to "filled": "" or "rounded,"
};

// The node style of an entity type (PERSON, COUNTRY, ORG; `note` for
// others), filled with export/internal/style.h's colour. Relation colours are
// RelationColor() there.
EntityStyle StyleForEntity(std::string_view type);

// The DOT edge style of a modality: planned dashed, hypothetical dotted,
// negated bold (the writer also makes it red), anything else solid.
const char* StyleForModality(std::string_view modality);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_INTERNAL_DOT_STYLE_H_

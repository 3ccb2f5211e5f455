// Internal to export/: the legend of a DOT picture (DotOptions::legend), a
// Graphviz HTML-like label for the root graph, so every layout engine draws
// it outside the layout (WriteDot puts it bottom left):
//
//   Legend  [COUNTRY] [ORG] [PERSON] [discovered]      entity types: fill colour
//   ───▶ condemns   ──── meets   ───▶ visits           relation types, in their
//   ───▶ supports                                      colour, 4 to a row
//   ╌╌╌╌ planned   ┈┈┈┈ hypothetical   ━━━━ negated    modalities other than asserted
//
// Only the types and modalities that occur in the graph are listed.
// Symmetric relation types (every edge of the type symmetric) have no
// arrowhead, as their edges are drawn with dir=none.
#ifndef NEWSGRAPH_EXPORT_INTERNAL_DOT_LEGEND_H_
#define NEWSGRAPH_EXPORT_INTERNAL_DOT_LEGEND_H_

#include <string>
#include <string_view>

#include "model/graph.h"

namespace newsgraph::exporter {

// Relation types per legend row.
inline constexpr int kLegendRelationsPerRow = 4;

// The legend of `g` as an HTML-like label, angle brackets included
// ("<<FONT ...>...</FONT>>"), ready to follow `label=`. Names are escaped
// with HtmlText (export/internal/style.h).
std::string LegendLabel(const model::Graph& g);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_INTERNAL_DOT_LEGEND_H_

// The colours every picture of the graph shares (DOT, SVG/PNG, the HTML
// report), so an analyst reads one legend everywhere, and the escaping of
// text both HTML outputs (Graphviz's HTML-like labels, the report) share.
//
//   Entity type   Fill
//   PERSON        #cfe2f3 (light blue)
//   COUNTRY       #d9ead3 (light green)
//   ORG           #fce5cd (light orange)
//   any other     #eeeeee (light grey)
//
//   meets #1f77b4 blue        succeeds #9467bd purple   deploys #8c564b brown
//   visits #2ca02c green      condemns #ff7f0e orange   supports #17becf cyan
//   signs_agreement #bcbd22 olive  attacks #e377c2 pink
//   affiliated_with #7f7f7f grey   other types: a colour picked by hashing
//                                  the type name (stable across runs)
#ifndef NEWSGRAPH_EXPORT_INTERNAL_STYLE_H_
#define NEWSGRAPH_EXPORT_INTERNAL_STYLE_H_

#include <string>
#include <string_view>

namespace newsgraph::exporter {

// The fill colour of an entity type, "#rrggbb".
const char* EntityFill(std::string_view type);

// The colour of a relation type, "#rrggbb".
std::string RelationColor(std::string_view type);

// Returns `s` as HTML text: & < > " as &amp; &lt; &gt; &quot;, line breaks
// and other control characters as spaces, invalid UTF-8 as U+FFFD, so no
// name can close a label or a title or open a tag.
std::string HtmlText(std::string_view s);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_INTERNAL_STYLE_H_

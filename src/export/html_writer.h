// The HTML report: one self-contained page an analyst opens offline in any
// browser to explore the graph (`newsgraph export --format html`).
//
//   exporter::HtmlOptions opt;
//   opt.title = "BBC politics";
//   exporter::WriteHtml(graph, opt, out);
//
// The page holds the graph as JSON, a layout computed here
// (graph/layout.h: force-directed, components packed) and our own small
// script and style sheet (src/export/report/report.{js,css}, compiled into
// the program): no library, no network. It shows
//   - the graph: nodes sized by mentions and filled by entity type (the
//     colours of export/internal/style.h), discovered entities with a dashed rim,
//     the focus entity with a heavy one; edges coloured by relation type,
//     dashed when planned, dotted when hypothetical, red when negated, with
//     arrowheads only on directed types; scroll zooms, dragging pans;
//   - search by name, key or alias (the matches and their neighbours stay),
//     filters by entity type, relation type, modality, minimum support
//     (documents) and date range (first/last seen), and a cap: the top K
//     entities by relations, then mentions (K at most the entities the file
//     holds; the exporter caps those, see `export --top`);
//   - a panel: for an entity its type, key, aliases, mention and document
//     counts, first and last seen and its relations; for a relation its
//     support, dates and every evidence sentence with its document (title,
//     date, source, a link when the feed gave an http(s) url) and the
//     trigger words marked.
// The page state is kept in the URL's hash (q, types, relations,
// modalities, min, from, to, cap, node, edge), so "report.html#q=blair" opens
// with that search. The body gets data-ready="1" once drawn, and
// data-visible-nodes / data-visible-edges with what is shown.
//
// Names and evidence are hostile input: the JSON is written with '<', '>',
// '&', U+2028 and U+2029 escaped inside its strings (nothing can end the
// script element), invalid UTF-8 as U+FFFD, and the script puts text on the
// page only as text, never as markup. The output depends only on the graph
// and the options.
#ifndef NEWSGRAPH_EXPORT_HTML_WRITER_H_
#define NEWSGRAPH_EXPORT_HTML_WRITER_H_

#include <cstdint>
#include <ostream>
#include <string>

#include "model/graph.h"

namespace newsgraph::exporter {

struct HtmlOptions {
  // Option       Default      Meaning
  // title        "newsgraph"  the page's title and heading
  // focus        ""           key of the entity drawn as the focus
  // cap          300          entities shown at first: the top by relations, at most
  //                           those with a relation (the page can show more)
  // total_nodes  0            entities and relations of the whole graph the
  // total_edges  0            report was cut from, for "holds N of M"; 0:
  //                           the graph's own counts
  std::string title = "newsgraph";
  std::string focus;
  int64_t cap = 300;
  int64_t total_nodes = 0;
  int64_t total_edges = 0;
};

// Writes the report of `g` to `out`. Never fails; write errors are left in
// the stream's state for the caller to check.
void WriteHtml(const model::Graph& g, const HtmlOptions& opt, std::ostream& out);

// The JSON the report embeds (the "newsgraph-data" script), escaped as
// described above. Exposed for tests.
std::string HtmlReportData(const model::Graph& g, const HtmlOptions& opt);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_HTML_WRITER_H_

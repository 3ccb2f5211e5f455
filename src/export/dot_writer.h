// GraphViz export of the knowledge graph, styled for reading:
//
//   newsgraph export --format dot graph.db | dot -Tsvg > graph.svg
//
// Nodes ("n" + Node::id) are labelled with the entity name, and with the
// mention count on a second line when DotOptions::show_counts is set.
//
//   Entity type   Shape      Fill
//   PERSON        ellipse    #cfe2f3 (light blue)
//   COUNTRY       box        #d9ead3 (light green), rounded corners
//   ORG           hexagon    #fce5cd (light orange)
//   any other     note       #eeeeee (light grey)
//   discovered entities (not in a gazetteer) have a dashed border.
//
// Edges are labelled with the relation type and coloured by it:
//
//   meets #1f77b4 blue        succeeds #9467bd purple   deploys #8c564b brown
//   visits #2ca02c green      condemns #ff7f0e orange   supports #17becf cyan
//   signs_agreement #bcbd22 olive  attacks #e377c2 pink
//   affiliated_with #7f7f7f grey   other types: a colour picked by hashing
//                                  the type name (stable across runs)
//
// and styled by modality: asserted solid, planned dashed, hypothetical
// dotted, negated bold red labelled "not <type>". Symmetric relations are
// drawn without arrowheads (dir=none). Line width grows with the number of
// supporting documents: 1 + 1.5 * log2(documents), at most 8.
//
// In SVG output a node's tooltip shows its type and key, an edge's its first
// evidence sentence.
//
// With DotOptions::legend a cluster "cluster_legend" lists the entity types,
// relation types and non-asserted modalities that occur in the graph.
//
// Every string is written double-quoted with \ and " escaped, line breaks as
// \n, & as &amp; (GraphViz decodes HTML entities in labels, so "&lt;" would
// otherwise show as "<"), other control characters as spaces and invalid
// UTF-8 as U+FFFD, so no name can end a string or inject attributes. Output is UTF-8
// (charset="UTF-8") and depends only on the graph and options.
#ifndef NEWSGRAPH_EXPORT_DOT_WRITER_H_
#define NEWSGRAPH_EXPORT_DOT_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "model/graph.h"

namespace newsgraph::exporter {

struct DotOptions {
  // Option       Default      Meaning
  // show_counts  true         second label line "<N> mentions"
  // legend       true         add the cluster_legend subgraph
  // fontname     "Helvetica"  font of the graph, nodes and edges
  bool show_counts = true;
  bool legend = true;
  std::string fontname = "Helvetica";
};

// Writes `g` to `out` as above. Never fails; write errors are left in the
// stream's state for the caller to check.
void WriteDot(const model::Graph& g, const DotOptions& opt, std::ostream& out);

// Returns `s` as a DOT double-quoted string, quotes included, escaped as
// described above ("a\"b" for a"b).
std::string DotQuote(std::string_view s);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_DOT_WRITER_H_

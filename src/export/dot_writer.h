// GraphViz export of the knowledge graph, styled for reading:
//
//   newsgraph export --format dot graph.db | dot -Tsvg > graph.svg
//
// The graph names the layout engine it is set up for (layout=dot|sfdp|neato|
// circo, DotOptions::layout; Graphviz honours it, so plain `dot -Tsvg` uses
// it): `dot` (left to right) for graphs up to kMaxNodesForDotLayout nodes,
// else `sfdp` (force-directed, scales to thousands of nodes). Graph attributes:
//
//   Layout         Attributes
//   dot            rankdir=LR, splines=true
//   sfdp           overlap=prism (no node overlaps), splines=line
//   neato, circo   overlap=prism, splines=true
//   every layout   outputorder=edgesfirst (nodes drawn over edges)
//   more than kMaxNodesForDotLayout nodes, any layout:
//                  size="120,120" (inches: a bigger drawing is scaled down, so a
//                  PNG at 96 dpi stays within 11,520 pixels, well inside cairo's
//                  32,767), and pack=true for dot (components side by side, not
//                  1,000 unrelated entities in one column)
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
// DotOptions::focus draws one entity highlighted: a 3-point #d62728 (red)
// border and a 14-point bold label ("<fontname>-Bold").
//
// With DotOptions::legend the root graph's label (labelloc=b, labeljust=l:
// bottom left, outside the layout) is a compact table of the entity types,
// relation types and non-asserted modalities that occur in the graph, in
// 9-point type; symmetric relation types without arrowheads
// (export/internal/dot_legend.h).
//
// Every string is written double-quoted with \ and " escaped, line breaks as
// \n, & as &amp; (GraphViz decodes HTML entities in labels, so "&lt;" would
// otherwise show as "<"), other control characters as spaces and invalid
// UTF-8 as U+FFFD, so no name can end a string or inject attributes. Output is UTF-8
// (charset="UTF-8") and depends only on the graph and options.
#ifndef NEWSGRAPH_EXPORT_DOT_WRITER_H_
#define NEWSGRAPH_EXPORT_DOT_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "export/graph_writer.h"
#include "model/graph.h"

namespace newsgraph::exporter {

// Graphs with more nodes than this get the `sfdp` layout by default.
inline constexpr size_t kMaxNodesForDotLayout = 40;

struct DotOptions {
  // Option       Default      Meaning
  // show_counts  true         second label line "<N> mentions"
  // legend       true         the legend as the graph's label (none for an empty graph)
  // fontname     "Helvetica"  font of the graph, nodes and edges
  // layout       ""           layout engine: dot, sfdp, neato or circo; "": DefaultLayout(g)
  // focus        0            Node::id of the entity drawn highlighted; 0: none
  bool show_counts = true;
  bool legend = true;
  std::string fontname = "Helvetica";
  std::string layout;
  int64_t focus = 0;
};

// The layout for `g` when none is asked for: "dot" up to
// kMaxNodesForDotLayout nodes, else "sfdp".
std::string DefaultLayout(const model::Graph& g);

// Writes `g` to `out` as above. Never fails; write errors are left in the
// stream's state for the caller to check.
void WriteDot(const model::Graph& g, const DotOptions& opt, std::ostream& out);

// WriteDot element by element (export/graph_writer.h): the same bytes,
// written to `out` as the elements come. Holds back the first
// kMaxNodesForDotLayout + 1 nodes (the header's layout and size depend on
// whether there are more) and, for the legend, one node per entity type and
// one edge per relation type and modality. DotOptions::focus is honoured as
// in WriteDot. IOError when `out` fails.
class DotStreamWriter : public GraphWriter {
 public:
  DotStreamWriter(const DotOptions& opt, std::FILE* out);
  Status Node(const model::Node& n) override;
  Status Edge(const model::Edge& e) override;
  Status Finish() override;

 private:
  static constexpr size_t kFlushAt = 1 << 16;  // bytes buffered before they go out
  void Start();                                // writes the header and the nodes held back
  void AddToLegend(const model::Node& n);
  void AddToLegend(const model::Edge& e);
  Status Flush(bool always);
  const DotOptions opt_;
  std::FILE* out_;
  bool started_ = false;
  std::vector<model::Node> first_nodes_;  // held back until the header is written
  std::ostringstream buffer_;
  // A graph with the types and modalities that occur, for LegendLabel.
  model::Graph legend_;
  std::map<std::string, size_t> legend_node_of_type_, legend_edge_of_type_;
  std::set<std::string> legend_modalities_;
};

// Returns `s` as a DOT double-quoted string, quotes included, escaped as
// described above ("a\"b" for a"b).
std::string DotQuote(std::string_view s);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_DOT_WRITER_H_

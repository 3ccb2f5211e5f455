// Writers for the results of the graph queries, in the three formats of
// `newsgraph query ... --format table|json|csv` (format/format.h); they
// live here, beside the queries that call them (query/queries.h), and build
// on output/'s JSON forms and text table:
//
//   table  for reading: aligned columns, each relation written as an arrow
//          that keeps its direction ("Kaja Kallas -[succeeds]-> Josep
//          Borrell", "Cho Tae-yul <-[meets]- ..." when walked against it,
//          "-[meets]-" for a symmetric relation), its modality and support,
//          and an evidence sentence on the line below. Control characters in
//          names become spaces and invalid UTF-8 U+FFFD, so a name cannot
//          break the layout.
//   json   one object, keys in a fixed order, indent 1, every evidence item.
//          Entities are {"id": "n<id>", "name", "type", "key"}; relations
//          {"id": "e<id>", "type", "source", "target" (entity objects),
//          "symmetric", "modality", "support": {"documents", "mentions"},
//          "evidence": [{"document", "date", "sentence", "begin", "end",
//          "text", "rule", "modality", "confidence", ...}]}: the evidence
//          item of export/json_writer.h (format/json_forms.h kEvidenceItem).
//   csv    RFC 4180 (export/csv.h), a header row, one row per relation
//          (per evidence item for `between`, per member for `components`).
//
// Where one evidence sentence is shown (table and csv of path and
// neighbors), it is the first, in document-name order, whose modality is
// the relation's own (its strongest); the table says how many more there are.
// Output depends only on its inputs: sorted, no timestamps, no paths other
// than the stored document names.
#ifndef NEWSGRAPH_QUERY_INTERNAL_REPORT_H_
#define NEWSGRAPH_QUERY_INTERNAL_REPORT_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "format/format.h"
#include "graph/centrality.h"
#include "graph/knowledge_graph.h"
#include "graph/traversal.h"
#include "query/graph_session.h"

namespace newsgraph::query {

using format::Format;
using format::ParseFormat;

// Neighbours are written by depth, then name; `details` must hold every
// edge of their steps.
void WriteNeighbors(const graph::KnowledgeGraph& kg, graph::VertexId center, int depth,
                    const std::vector<graph::Neighbor>& neighbors, const EdgeDetails& details,
                    Format format, std::ostream& out);

void WritePath(const graph::KnowledgeGraph& kg, graph::VertexId from, graph::VertexId to,
               const graph::PathResult& path, const EdgeDetails& details, Format format,
               std::ostream& out);

void WriteBetween(const graph::KnowledgeGraph& kg, graph::VertexId a, graph::VertexId b,
                  const std::vector<graph::Step>& steps, const EdgeDetails& details, Format format,
                  std::ostream& out);

// `measure` is "degree", "pagerank" or "betweenness"; `betweenness` (may be
// null) says whether its scores were estimated from a sample.
void WriteTop(const graph::KnowledgeGraph& kg, std::string_view measure,
              const std::vector<graph::Ranked>& top, const graph::BetweennessResult* betweenness,
              Format format, std::ostream& out);

// Writes the components of at least `min_size` entities (all are numbered,
// largest first), members by degree then name; the table lists up to 8
// members per component.
void WriteComponents(const graph::KnowledgeGraph& kg,
                     const std::vector<graph::Component>& components, size_t min_size,
                     Format format, std::ostream& out);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_INTERNAL_REPORT_H_

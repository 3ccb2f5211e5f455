// Neo4j bulk-import CSV: one file of nodes and one of relationships in the
// header layout of `neo4j-admin database import`:
//
//   neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv neo4j
//
// nodes.csv
//   id:ID,name,type,key,discovered:boolean,mentions:long,documents:long,aliases:string[],:LABEL
//   n1,Josep Borrell,PERSON,person:borrell,false,12,3,Borrell;Josep Borrell Fontelles,Entity;Person
// edges.csv
//   :START_ID,:END_ID,:TYPE,modality,support_documents:long,support_mentions:long,symmetric:boolean,evidence
//   n1,n2,MEETS,asserted,2,3,true,"On Monday, Borrell met Cho Tae-yul."
//
// Field by field:
//   id:ID        "n" + Node::id; :START_ID / :END_ID refer to it.
//   :LABEL       "Entity" plus the entity type in CamelCase (PERSON -> Person,
//                COUNTRY -> Country, ORG -> Org, WORK_OF_ART -> WorkOfArt),
//                separated by ';' (the import's array delimiter).
//   aliases      Node::aliases joined with ';'; a ';' inside an alias becomes
//                ',' since the import has no escape for the delimiter.
//   :TYPE        the relation type upper-cased, characters other than
//                [A-Z0-9_] replaced by '_' (signs_agreement -> SIGNS_AGREEMENT).
//   evidence     the text of the first evidence sentence, or empty.
//
// Fields are quoted as described in export/csv.h. CR, LF, tab and other
// control characters in any field are written as a space, so every record is
// one line and the import needs no --multiline-fields.
#ifndef NEWSGRAPH_EXPORT_NEO4J_WRITER_H_
#define NEWSGRAPH_EXPORT_NEO4J_WRITER_H_

#include <cstdio>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "export/graph_writer.h"
#include "model/graph.h"
#include "util/status.h"

namespace newsgraph::exporter {

// Writes the header line and one line per node, in g.nodes order.
void WriteNeo4jNodes(const model::Graph& g, std::ostream& out);

// Writes the header line and one line per edge, in g.edges order.
void WriteNeo4jEdges(const model::Graph& g, std::ostream& out);

// The two writers above element by element (export/graph_writer.h): the
// same bytes, nodes to `nodes` and edges to `edges` as they come; a null
// stream leaves its half out (neo4j-nodes, neo4j-edges). IOError when a
// stream fails.
class Neo4jStreamWriter : public GraphWriter {
 public:
  Neo4jStreamWriter(std::FILE* nodes, std::FILE* edges);
  Status Node(const model::Node& n) override;
  Status Edge(const model::Edge& e) override;
  Status Finish() override;

 private:
  // Writes *buffer to `out` when it holds enough bytes, or `always`.
  static Status Flush(std::string* buffer, std::FILE* out, bool always);
  std::FILE* nodes_;
  std::FILE* edges_;
  std::string node_buffer_, edge_buffer_;
};

// Writes `dir`/nodes.csv and `dir`/relationships.csv (the two writers
// above), creating `dir` and its parents when they do not exist; then
//   neo4j-admin database import full --nodes=DIR/nodes.csv --relationships=DIR/relationships.csv
//   neo4j
// imports them. The two are replaced as a pair (util/atomic_file.h
// WriteFileSetAtomically): a kill or a full disk leaves the old pair or the
// new one, never one of each. IOError naming the path when they cannot be
// written.
Status WriteNeo4jFiles(const model::Graph& g, const std::string& dir);
// The same for a graph handed over element by element: `write` writes the
// whole graph through `writer` (Finish included) and returns OK, or an
// error that leaves `dir` as it was and is returned as it is.
Status WriteNeo4jFiles(const std::string& dir,
                       const std::function<Status(GraphWriter* writer)>& write);

// The :LABEL value for an entity type ("PERSON" -> "Entity;Person").
std::string Neo4jLabels(std::string_view entity_type);

// The :TYPE value for a relation type ("meets" -> "MEETS").
std::string Neo4jRelationshipType(std::string_view relation_type);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_NEO4J_WRITER_H_

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

#include <ostream>
#include <string>
#include <string_view>

#include "model/graph.h"
#include "util/status.h"

namespace newsgraph::exporter {

// Writes the header line and one line per node, in g.nodes order.
void WriteNeo4jNodes(const model::Graph& g, std::ostream& out);

// Writes the header line and one line per edge, in g.edges order.
void WriteNeo4jEdges(const model::Graph& g, std::ostream& out);

// Writes `dir`/nodes.csv and `dir`/relationships.csv (the two writers
// above), creating `dir` and its parents when they do not exist; then
//   neo4j-admin database import full --nodes=DIR/nodes.csv --relationships=DIR/relationships.csv
//   neo4j
// imports them. The two are replaced as a pair (util/atomic_file.h
// WriteFileSetAtomically): a kill or a full disk leaves the old pair or the
// new one, never one of each. IOError naming the path when they cannot be
// written.
Status WriteNeo4jFiles(const model::Graph& g, const std::string& dir);

// The :LABEL value for an entity type ("PERSON" -> "Entity;Person").
std::string Neo4jLabels(std::string_view entity_type);

// The :TYPE value for a relation type ("meets" -> "MEETS").
std::string Neo4jRelationshipType(std::string_view relation_type);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_NEO4J_WRITER_H_

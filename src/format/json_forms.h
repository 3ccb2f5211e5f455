// The JSON forms of the model types (model/graph.h): an entity, a relation
// and a piece of evidence. Every JSON output builds these objects here. A
// caller names the fields it writes, in the order it writes them, so each
// output keeps its documented keys and key order while a field's value is
// written one way everywhere:
//
//   Json e = NodeJson(node, {NodeField::kId, NodeField::kName, NodeField::kType,
//                            NodeField::kKey});
//   // {"id": "n1", "name": "Josep Borrell", "type": "PERSON",
//   //  "key": "person:josep-borrell"}
//   e["evidence"] = EvidenceArray(edge.evidence, kEvidenceItem);
//   out << JsonText(e) << "\n";
//
// Strings are written as they are: control characters are escaped the JSON
// way ("\u001b"), never dropped, and JsonText writes invalid UTF-8 as U+FFFD.
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_FORMAT_JSON_FORMS_H_
#define NEWSGRAPH_FORMAT_JSON_FORMS_H_

#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/graph.h"

namespace newsgraph::format {

// Objects keep their keys in the order they were added.
using Json = nlohmann::ordered_json;

// Field       Key           Value
enum class NodeField {
  kId,          // "id"          "n" + Node::id
  kKey,         // "key"         the entity key ("person:josep-borrell")
  kName,        // "name"
  kType,        // "type"
  kAliases,     // "aliases"     array of strings
  kDiscovered,  // "discovered"  bool
  kConfidence,  // "confidence"  number
  kMentions,    // "mentions"    integer
  kDocuments,   // "documents"   integer
};

enum class EdgeField {
  kId,             // "id"                      "e" + Edge::id
  kSourceId,       // "source"                  "n" + Edge::source
  kTargetId,       // "target"                  "n" + Edge::target
  kType,           // "type"
  kSymmetric,      // "symmetric"               bool
  kModality,       // "modality"
  kSupport,        // "support"                 {"documents": n, "mentions": n}
  kSupportCounts,  // "documents", "mentions"   the same two at the top level
  kSeen,           // "first_seen", "last_seen" YYYY-MM-DD, "" when undated
  kSeenOrNull,     // "first_seen", "last_seen" YYYY-MM-DD, null when undated
};

enum class EvidenceField {
  kDocument,           // "document"
  kDate,               // "date"        the document's date, "" when undated
  kSentence,           // "sentence"    sentence index in the document
  kBegin,              // "begin"       byte offset of the sentence in the document
  kEnd,                // "end"
  kText,               // "text"        the sentence
  kRule,               // "rule"
  kModality,           // "modality"
  kConfidence,         // "confidence"  number
  kCameo,              // "cameo"       only when the rule gives a CAMEO code
  kDocumentFields,     // "event_date", "url", "title", "source", each only when
                       // not empty (the day the sentence names; what a feed gave)
  kTextAroundTrigger,  // "before", "trigger", "after": the sentence cut around
                       // its trigger words ("", "", text when they are unknown)
};

// The evidence item of `export --format json` (export/json_writer.h) and of
// the graph queries' JSON (query/internal/report.h).
inline constexpr std::initializer_list<EvidenceField> kEvidenceItem = {
    EvidenceField::kDocument, EvidenceField::kDate,          EvidenceField::kSentence,
    EvidenceField::kBegin,    EvidenceField::kEnd,           EvidenceField::kText,
    EvidenceField::kRule,     EvidenceField::kModality,      EvidenceField::kConfidence,
    EvidenceField::kCameo,    EvidenceField::kDocumentFields};

// "n" + id and "e" + id: how JSON (and CSV) outputs name nodes and edges.
std::string NodeId(int64_t id);
std::string EdgeId(int64_t id);

// Add* append the named fields to *j (an object, or null which becomes one);
// the *Json forms return a new object with just those fields.
void AddNodeFields(const model::Node& n, std::initializer_list<NodeField> fields, Json* j);
Json NodeJson(const model::Node& n, std::initializer_list<NodeField> fields);

void AddEdgeFields(const model::Edge& e, std::initializer_list<EdgeField> fields, Json* j);
Json EdgeJson(const model::Edge& e, std::initializer_list<EdgeField> fields);

void AddEvidenceFields(const model::Evidence& ev, std::initializer_list<EvidenceField> fields,
                       Json* j);
Json EvidenceJson(const model::Evidence& ev, std::initializer_list<EvidenceField> fields);
// An array of EvidenceJson, in the order of `evidence`.
Json EvidenceArray(const std::vector<model::Evidence>& evidence,
                   std::initializer_list<EvidenceField> fields);

// `j` as text: `indent` spaces a level (-1: one line), non-ASCII UTF-8 as it
// is, invalid UTF-8 as U+FFFD; no newline at the end. J is Json or
// nlohmann::json (whose objects list their keys in alphabetical order).
template <typename J>
std::string JsonText(const J& j, int indent = 1) {
  return j.dump(indent, ' ', /*ensure_ascii=*/false, J::error_handler_t::replace);
}

}  // namespace newsgraph::format

#endif  // NEWSGRAPH_FORMAT_JSON_FORMS_H_

// The knowledge graph as plain data, as read back from the store: what the
// exporters and the graph module consume. No behaviour, no third-party types.
#ifndef NEWSGRAPH_MODEL_GRAPH_H_
#define NEWSGRAPH_MODEL_GRAPH_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph::model {

struct Node {
  int64_t id = 0;    // entities.id in the store
  std::string key;   // gazetteer id or discovered key
  std::string name;  // canonical name
  std::string type;  // PERSON, COUNTRY, ORG, ...
  bool discovered = false;
  double confidence = 1.0;
  std::vector<std::string> aliases;  // every other name seen or known, sorted
  int64_t mentions = 0;              // mention count over all documents
  int64_t documents = 0;             // documents that mention it
};

struct Evidence {
  std::string document;   // documents.name
  std::string date;       // documents.date, may be empty
  uint32_t sentence = 0;  // sentence index in the document
  uint32_t begin = 0;     // byte offsets of the sentence in the document
  uint32_t end = 0;
  std::string text;  // the sentence text
  std::string rule;
  std::string modality;
  double confidence = 1.0;
  std::string cameo;  // CAMEO event code of the trigger ("040"), or empty
  // The document's url, title and source when a feed gave them, else empty.
  std::string url, title, source;
  // The day the sentence says the relation happened (relations/event_date.h),
  // or empty; `date` is the story's.
  std::string event_date;
  // Byte offsets of the trigger words ("met") in the document, within
  // [begin, end); both 0 when unknown.
  uint32_t trigger_begin = 0, trigger_end = 0;
};

struct Edge {
  int64_t id = 0;
  int64_t source = 0;  // Node::id
  int64_t target = 0;
  std::string type;  // relation type
  bool symmetric = false;
  std::string modality;  // strongest modality among its mentions
  int64_t support_documents = 0;
  int64_t support_mentions = 0;
  // The dates of the earliest and latest dated documents among its mentions
  // (YYYY-MM-DD), empty when none is dated.
  std::string first_seen, last_seen;
  std::vector<Evidence> evidence;
  // Relations (relations.id) folded into this edge when an analyst merged
  // one entity into another (store/curation.h); their evidence is this
  // edge's too.
  std::vector<int64_t> merged_ids;
};

struct Graph {
  std::vector<Node> nodes;  // sorted by id
  std::vector<Edge> edges;  // sorted by id
};

// What LoadGraph keeps. Empty fields mean no filter.
struct GraphFilter {
  std::vector<std::string> relation_types;
  std::vector<std::string> entity_types;
  int64_t min_support = 1;  // documents
  bool include_negated = false;
  std::string date_from, date_to;  // YYYY-MM-DD, inclusive, on document dates
  bool with_evidence = true;
  bool only_connected = false;  // drop nodes without edges
};

}  // namespace newsgraph::model

#endif  // NEWSGRAPH_MODEL_GRAPH_H_

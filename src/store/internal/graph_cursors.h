// Internal to store/: cursors that read the graph LoadGraph reads (read.cc),
// one row of one table at a time, in the same order and with the same
// filter, for Store::StreamGraph (stream.cc). Each holds one prepared
// statement (two when it merges a count) and the element it last read; none
// holds more than one element. They must not outlive the Conn they read.
//
//   NodeCursor nodes;
//   NG_RETURN_IF_ERROR(nodes.Open(c, filter));
//   model::Node n;
//   for (bool have; ;) {
//     NG_RETURN_IF_ERROR(nodes.Next(&n, &have));
//     if (!have) break;
//     ...
//   }
#ifndef NEWSGRAPH_STORE_INTERNAL_GRAPH_CURSORS_H_
#define NEWSGRAPH_STORE_INTERNAL_GRAPH_CURSORS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/graph.h"
#include "store/internal/sqlite.h"
#include "util/status.h"

namespace newsgraph::store::internal {

// SQL conditions built from a GraphFilter, with their parameters in order.
// Column aliases: d documents, e entities, r relations, rm relation_mentions.
struct GraphConditions {
  std::string sql;  // " AND ..." terms
  std::vector<std::string> params;

  void AddDates(const model::GraphFilter& f);
  void AddIn(const char* column, const std::vector<std::string>& values);
  void Add(const std::string& term, const std::vector<std::string>& values);
  // Binds the parameters, which must outlive the query (bound without copy).
  void Bind(Query* q) const;
};

// The conditions on relation mentions (negation, dates, relation types),
// shared by edges and evidence.
GraphConditions MentionConditions(const model::GraphFilter& f);

// The nodes of LoadGraph before --connected: entities with at least one
// mention that passes the filter, by id, with mention and document counts;
// aliases are left empty (AliasCursor fills them).
class NodeCursor {
 public:
  // Prepares the queries; the SQLite error when one fails.
  Status Open(const Conn& c, const model::GraphFilter& f);
  // Sets *n to the next node and *have to true, or *have to false after the
  // last one. SQLite errors are returned as they are.
  Status Next(model::Node* n, bool* have);

 private:
  bool scan_ = true;  // no date filter: entities merged with the mentions index
  GraphConditions where_;
  Stmt entities_, mentions_;
  std::unique_ptr<Query> qe_, qm_;
  bool have_mention_ = false;
};

// The aliases of nodes visited in increasing id order.
class AliasCursor {
 public:
  Status Open(const Conn& c);
  // Replaces n->aliases with the aliases of entity n->id other than its
  // name, sorted. Ids must come in increasing order.
  Status Fill(model::Node* n);

 private:
  Stmt stmt_;
  std::unique_ptr<Query> q_;
  bool have_ = false;
};

// The merged edges of LoadGraph before the check of their ends, by id, with
// support, strongest modality and first/last seen; evidence left empty.
class EdgeCursor {
 public:
  Status Open(const Conn& c, const model::GraphFilter& f);
  // As NodeCursor::Next.
  Status Next(model::Edge* e, bool* have);

 private:
  bool scan_ = true;
  GraphConditions where_;
  int64_t min_support_ = 1;
  std::unordered_map<int64_t, std::string> dates_;  // document id -> date (scan only)
  Stmt relations_, mentions_;
  std::unique_ptr<Query> qr_, qm_;
  bool have_mention_ = false;
};

// The evidence of edges visited in increasing id order, each edge's in
// LoadGraph's order (document name, sentence, mention id).
class EvidenceCursor {
 public:
  Status Open(const Conn& c, const model::GraphFilter& f, int schema_version);
  // Replaces e->evidence with the evidence of relation e->id.
  Status Fill(model::Edge* e);

 private:
  GraphConditions where_;
  Stmt stmt_;
  std::unique_ptr<Query> q_;
  bool have_ = false;
};

}  // namespace newsgraph::store::internal

#endif  // NEWSGRAPH_STORE_INTERNAL_GRAPH_CURSORS_H_

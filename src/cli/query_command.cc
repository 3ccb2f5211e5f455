// `newsgraph query SUBCOMMAND`: graph queries over a database. Parses flags,
// calls query/queries.h, prints; exit 3 for an ambiguous name, 4 for an
// unknown one.
#include <iostream>
#include <memory>
#include <sstream>
#include <type_traits>

#include "cli/commands.h"
#include "cli/common.h"
#include "query/graph_session.h"
#include "query/queries.h"
#include "query/snapshot_queries.h"
#include "query/snapshot_session.h"

namespace newsgraph::cli {
namespace {

// Flags every query subcommand takes.
struct GraphFlags {
  std::string db;
  std::string format = "table";
  model::GraphFilter filter;
  bool snapshot = true;  // use the graph snapshot beside the database where it answers
};

struct QueryFlags {
  GraphFlags graph;
  std::vector<std::string> names;  // NAME, or A B
  int depth = 1;
  std::string by = "degree";
  size_t limit = 10;
  size_t samples = 0;
  size_t min_size = 2;
};

void AddGraphFlags(CLI::App* cmd, GraphFlags* f) {
  cmd->add_option("--db", f->db, "SQLite database file")->required();
  cmd->add_option("--format", f->format, "Output format (default: table)")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  AddGraphFilterFlags(cmd, &f->filter);
  cmd->add_flag("!--no-snapshot", f->snapshot,
                "Load the whole graph instead of the snapshot beside the database (DB.graph)");
}

graph::VertexId Resolve(const auto& session, const std::string& name) {
  query::NameLookup lookup = session.Lookup(name);
  switch (lookup.kind) {
    case query::Resolution::Kind::kUnique:
      return lookup.vertex;
    case query::Resolution::Kind::kAmbiguous:
      Fail(Status::InvalidArgument(lookup.message), kExitAmbiguous);
    case query::Resolution::Kind::kNotFound:
      break;
  }
  Fail(Status::NotFound(lookup.message), kExitNotFound);
}

enum class Kind { kNeighbors, kPath, kBetween, kTop, kComponents };

// Runs the query on a GraphSession or a SnapshotSession (query/queries.h,
// query/snapshot_queries.h); a SnapshotSession is only given the queries it
// answers (UsesSnapshot).
template <typename Session>
Status RunOn(const Session& session, Kind kind, const QueryFlags& f, std::ostream& out) {
  const query::Format format = ListingFormat(f.graph.format);
  switch (kind) {
    case Kind::kNeighbors:
      return query::RunNeighbors(session, Resolve(session, f.names[0]), f.depth, format, out);
    case Kind::kPath:
    case Kind::kBetween: {
      graph::VertexId a = Resolve(session, f.names[0]);
      graph::VertexId b = Resolve(session, f.names[1]);
      return kind == Kind::kPath ? query::RunPath(session, a, b, format, out)
                                 : query::RunBetween(session, a, b, format, out);
    }
    case Kind::kTop: {
      query::TopOptions opt;
      opt.measure = f.by;
      opt.limit = f.limit;
      opt.betweenness.samples = f.samples;
      return query::RunTop(session, opt, format, out);
    }
    case Kind::kComponents:
      if constexpr (std::is_same_v<Session, query::GraphSession>) {
        return query::RunComponents(session, f.min_size, format, out);
      }
      break;
  }
  return Status::Internal("query not supported on this session");
}

// The queries the graph snapshot beside the database answers without
// loading the graph (query/snapshot_session.h).
bool UsesSnapshot(Kind kind, const QueryFlags& f) {
  if (!f.graph.snapshot) return false;
  return kind != Kind::kComponents && (kind != Kind::kTop || f.by == "degree");
}

void Run(Kind kind, const QueryFlags& f) {
  std::unique_ptr<store::Store> store;
  Status s = OpenExisting(f.graph.db, &store);
  if (!s.ok()) Fail(s);
  model::GraphFilter filter = f.graph.filter;
  CheckFilter(store.get(), &filter);
  std::ostringstream out;
  std::unique_ptr<query::SnapshotSession> snapshot;
  if (UsesSnapshot(kind, f)) {
    s = query::SnapshotSession::Open(store.get(), filter, {}, &snapshot);
    if (!s.ok()) Fail(s);
  }
  if (snapshot != nullptr) {
    s = RunOn(*snapshot, kind, f, out);
  } else {
    std::unique_ptr<query::GraphSession> session;
    s = query::GraphSession::Open(store.get(), filter, &session);
    if (!s.ok()) Fail(s);
    s = RunOn(*session, kind, f, out);
  }
  if (!s.ok()) Fail(s);
  s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

CLI::App* AddQuery(CLI::App* query, const char* name, const char* help, Kind kind,
                   const std::shared_ptr<QueryFlags>& flags) {
  CLI::App* cmd = query->add_subcommand(name, help);
  AddGraphFlags(cmd, &flags->graph);
  cmd->callback([flags, kind]() { Run(kind, *flags); });
  return cmd;
}

}  // namespace

void SetupQuery(CLI::App& app) {
  CLI::App* query =
      app.add_subcommand("query", "Graph queries: neighbors, path, between, top, components");
  query->footer(
      "Ask the graph: who is connected to whom, how, and who matters most. Names resolve through\n"
      "aliases, case and surnames (\"borrell\", \"EU\") or an entity key (\"country:KOR\"); an\n"
      "ambiguous name lists its candidates (exit 3), an unknown one exits 4. Every subcommand\n"
      "takes --format table|json|csv and the filters --type, --entity-type, --min-support,\n"
      "--from, --to.\n\n"
      "Examples:\n"
      "  newsgraph query neighbors --db news.db borrell --depth 2\n"
      "  newsgraph query path --db news.db \"Kaja Kallas\" \"Cho Tae-yul\"\n"
      "  newsgraph query between --db news.db Borrell \"South Korea\" --format json\n"
      "  newsgraph query top --db news.db --by pagerank -n 20 --type meets,visits\n"
      "  newsgraph query components --db news.db --format csv");
  query->require_subcommand(1);

  auto f = std::make_shared<QueryFlags>();
  CLI::App* cmd = AddQuery(query, "neighbors",
                           "Entities within N hops of NAME, each with the relations that reach it "
                           "and an evidence sentence.",
                           Kind::kNeighbors, f);
  cmd->add_option("name", f->names, "Entity name, alias or key")->required()->expected(1);
  cmd->add_option("--depth", f->depth, "Hops from NAME (default: 1)")->check(CLI::Range(1, 100));

  f = std::make_shared<QueryFlags>();
  cmd = AddQuery(query, "path",
                 "A shortest path from A to B (fewest hops, relations walked in either direction), "
                 "with each hop's relation, its direction and an evidence sentence.",
                 Kind::kPath, f);
  cmd->add_option("names", f->names, "The two entities: A B")->required()->expected(2);

  f = std::make_shared<QueryFlags>();
  cmd = AddQuery(query, "between", "Every relation between A and B, with all its evidence.",
                 Kind::kBetween, f);
  cmd->add_option("names", f->names, "The two entities: A B")->required()->expected(2);

  f = std::make_shared<QueryFlags>();
  cmd = AddQuery(query, "top",
                 "The most central entities. degree: number of relations; pagerank: random walk "
                 "over relations weighted by supporting documents (damping 0.85); betweenness: "
                 "shortest paths through the entity (exact up to 5000 connected entities, else "
                 "estimated from sampled sources, and the output says so).",
                 Kind::kTop, f);
  cmd->add_option("--by", f->by, "Measure (default: degree)")
      ->check(CLI::IsMember({"degree", "pagerank", "betweenness"}));
  cmd->add_option("-n,--limit", f->limit, "Entities listed (default: 10; 0: all)");
  cmd->add_option("--samples", f->samples,
                  "Betweenness above 5000 connected entities: sources sampled (default: by "
                  "graph size, 16-256, a few seconds)");

  f = std::make_shared<QueryFlags>();
  cmd = AddQuery(query, "components",
                 "Connected groups of entities, largest first, with their most connected members.",
                 Kind::kComponents, f);
  cmd->add_option("--min-size", f->min_size,
                  "List components of at least N entities (default: 2; 1 adds isolated ones)")
      ->check(CLI::PositiveNumber);
}

}  // namespace newsgraph::cli

#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/corrections.h"
#include "output/entity_report.h"
#include "query/entity_report.h"
#include "query/resolve.h"
#include "store/curation.h"

namespace newsgraph::cli {
namespace {

struct EntityFlags {
  std::string db;
  std::string name, other;  // the entity; the merge target, new name or alias
  int64_t id = 0;           // undo
  std::string format = "text";
};

// A database with its curated graph and the node a name resolved to.
struct Resolved {
  std::unique_ptr<store::Store> store;
  model::Graph graph;
  size_t node = 0;
};

std::unique_ptr<store::Store> OpenStore(const std::string& db, bool write) {
  std::unique_ptr<store::Store> store;
  Status s;
  if (!write) {
    s = OpenExisting(db, &store);
  } else {
    std::error_code ec;
    if (!std::filesystem::exists(db, ec)) {
      Fail(Status::NotFound(db + ": no such database (create it with `newsgraph ingest --db " + db +
                            " FILES`)"),
           kExitError);
    }
    store::StoreOptions opt;
    opt.create = false;
    s = store::Store::Open(db, opt, &store);
  }
  if (!s.ok()) Fail(s);
  return store;
}

// The node `name` means: an entity key exactly, else ResolveEntity. Exits 4
// / 3 when it names none / several (listed).
size_t Find(const model::Graph& g, const std::string& name) {
  for (size_t i = 0; i < g.nodes.size(); ++i) {
    if (g.nodes[i].key == name) return i;
  }
  query::Resolution r = query::ResolveEntity(g, name);
  if (r.kind == query::Resolution::Kind::kNotFound) {
    Fail(Status::NotFound("no entity named \"" + name + "\""), kExitNotFound);
  }
  if (r.kind == query::Resolution::Kind::kAmbiguous) {
    std::string msg = "\"" + name + "\" names several entities; use one of (its key works too):";
    for (size_t i : r.candidates) {
      const model::Node& n = g.nodes[i];
      msg += "\n  " + text::TerminalSafe(n.name) + " (" + text::TerminalSafe(n.type) + ", " +
             text::TerminalSafe(n.key) + ", " + std::to_string(n.mentions) + " mentions)";
    }
    Fail(Status::InvalidArgument(msg), kExitAmbiguous);
  }
  return r.candidates[0];
}

// Opens `db` (read-only unless `write`), loads its curated graph and finds
// `name` in it (Find).
Resolved Resolve(const std::string& db, const std::string& name, bool write) {
  Resolved r;
  r.store = OpenStore(db, write);
  model::GraphFilter filter;
  filter.with_evidence = false;
  Status s = r.store->LoadGraph(filter, &r.graph);
  if (!s.ok()) Fail(s);
  r.node = Find(r.graph, name);
  return r;
}

// Records `c` (its entity and value as resolved) and says so on stdout.
void Record(store::Store* store, store::Correction c, const model::Node& entity,
            const model::Node* into = nullptr) {
  Status s = store->AddCorrection(&c);
  if (!s.ok()) Fail(s, s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitError);
  output::WriteCorrectionAdded(c, entity, into, std::cout);
}

void Show(const EntityFlags& f) {
  Resolved r = Resolve(f.db, f.name, false);
  std::vector<store::Correction> log;
  Status s = r.store->Corrections(&log);
  if (!s.ok()) Fail(s);
  std::ostringstream out;
  output::WriteEntityReport(query::DescribeEntity(r.graph, r.node, log), f.format == "json", out);
  s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

void Merge(const EntityFlags& f) {
  Resolved r = Resolve(f.db, f.name, true);
  const model::Node from = r.graph.nodes[r.node];
  const model::Node& into = r.graph.nodes[Find(r.graph, f.other)];
  if (into.key == from.key) {
    Fail(Status::InvalidArgument("merge: both names are " + output::EntityLabel(from)), kExitUsage);
  }
  Record(r.store.get(), {0, "merge", from.key, into.key, ""}, from, &into);
}

void Rename(const EntityFlags& f) {
  Resolved r = Resolve(f.db, f.name, true);
  const model::Node& n = r.graph.nodes[r.node];
  Record(r.store.get(), {0, "rename", n.key, f.other, ""}, n);
}

void Alias(const EntityFlags& f) {
  Resolved r = Resolve(f.db, f.name, true);
  const model::Node& n = r.graph.nodes[r.node];
  Record(r.store.get(), {0, "alias", n.key, f.other, ""}, n);
}

void Block(const EntityFlags& f) {
  Resolved r = Resolve(f.db, f.name, true);
  const model::Node& n = r.graph.nodes[r.node];
  Record(r.store.get(), {0, "block", n.key, "", ""}, n);
}

void Log(const EntityFlags& f) {
  std::unique_ptr<store::Store> store = OpenStore(f.db, false);
  std::vector<store::Correction> log;
  Status s = store->Corrections(&log);
  if (!s.ok()) Fail(s);
  output::WriteCorrectionLog(log, std::cout);
}

void Undo(const EntityFlags& f) {
  std::unique_ptr<store::Store> store = OpenStore(f.db, true);
  Status s = store->RemoveCorrection(f.id);
  if (!s.ok()) Fail(s, s.code() == Status::Code::kNotFound ? kExitNotFound : kExitError);
  output::WriteCorrectionRemoved(f.id, std::cout);
}

}  // namespace

void SetupEntity(CLI::App& app) {
  CLI::App* cmd =
      app.add_subcommand("entity", "Show one entity; merge, rename, alias or block entities");
  cmd->require_subcommand(1);
  cmd->footer(
      "Corrections are stored in the database and applied by every command that reads it\n"
      "(entities, relations, timeline, query, export), for documents ingested later too;\n"
      "nothing is re-tagged. A name is an entity's name or alias in any case, or its key\n"
      "(`entity show` prints it); a name matching several entities exits 3 with the list.\n\n"
      "Examples:\n"
      "  newsgraph entity show --db news.db Brown\n"
      "  newsgraph entity merge --db news.db \"discovered:org:labour party\" \"Labour Party\"\n"
      "  newsgraph entity rename --db news.db \"Ayad Allawi\" \"Iyad Allawi\"\n"
      "  newsgraph entity alias --db news.db \"Gordon Brown\" \"the Chancellor\"\n"
      "  newsgraph entity block --db news.db Election\n"
      "  newsgraph entity log --db news.db          # every correction, with its id\n"
      "  newsgraph entity undo --db news.db 3");
  auto add = [&](const char* name, const char* help, void (*run)(const EntityFlags&),
                 const char* second) {
    auto flags = std::make_shared<EntityFlags>();
    CLI::App* sub = cmd->add_subcommand(name, help);
    sub->add_option("--db", flags->db, "SQLite database file")->required();
    if (std::string(name) == "undo") {
      sub->add_option("id", flags->id, "The correction's id (see `entity log`)")->required();
    } else if (std::string(name) != "log") {
      sub->add_option("name", flags->name, "The entity: name, alias (any case) or key")->required();
    }
    if (second != nullptr) sub->add_option("value", flags->other, second)->required();
    if (std::string(name) == "show") {
      sub->add_option("--format", flags->format, "Output format")
          ->check(CLI::IsMember({"text", "json"}));
    }
    sub->callback([flags, run]() { run(*flags); });
  };
  add("show", "An entity's names, counts, dates, relations and corrections", Show, nullptr);
  add("merge", "Count the first entity as the second (names, mentions, relations)", Merge,
      "The entity it is (name, alias or key)");
  add("rename", "Show an entity under another name (the old one becomes an alias)", Rename,
      "The new name");
  add("alias", "Add a name to an entity's aliases", Alias, "The alias");
  add("block", "Leave an entity and its relations out of every result", Block, nullptr);
  add("log", "List the corrections, oldest first, with their ids", Log, nullptr);
  add("undo", "Remove a correction", Undo, nullptr);
}

}  // namespace newsgraph::cli

#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/ingest_summary.h"
#include "pipeline/load.h"
#include "pipeline/merge.h"
#include "text/terminal.h"

namespace newsgraph::cli {
namespace {

struct StoreFlags {
  std::string db;
  std::vector<std::string> inputs;
  bool force = false;
  bool quiet = false;
  size_t batch = 256;
  int wait_ms = 5000;
  std::string format = "text";
};

std::unique_ptr<store::Store> OpenOutput(const StoreFlags& f) {
  std::unique_ptr<store::Store> store;
  store::StoreOptions options;
  options.busy_timeout_ms = f.wait_ms;
  Status s = store::Store::Open(f.db, options, &store);
  if (!s.ok()) Fail(s);
  return store;
}

void Summarize(const StoreFlags& f, store::Store* store, const pipeline::IngestReport& report) {
  for (const std::string& e : report.errors)
    std::cerr << "newsgraph: skipped " << text::TerminalSafe(e) << "\n";
  if (!f.quiet) {
    for (const std::string& d : report.duplicate_notes)
      std::cerr << "newsgraph: " << text::TerminalSafe(d) << "\n";
    store::StoreStats stats;
    Status s = store->Stats(&stats);
    if (!s.ok()) Fail(s);
    std::ostringstream out;
    output::WriteIngestSummary(report, stats, f.db, f.format == "json", out);
    s = WriteOutput("-", out.str());
    if (!s.ok()) Fail(s);
  }
  if (!std::cerr.flush()) throw Exit{kExitError};
  if (report.failed > 0) throw Exit{kExitError};
}

void AddStoreFlags(CLI::App* cmd, StoreFlags* f) {
  cmd->add_option("--db", f->db, "SQLite database file to store into (created if missing)")
      ->required();
  cmd->add_option("--batch", f->batch,
                  "Documents per transaction (a killed run loses at most one batch, redone by "
                  "the next run)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--wait", f->wait_ms,
                  "Milliseconds to wait for a database locked by another process (default 5000)");
  cmd->add_flag("-q,--quiet", f->quiet, "No summary");
  cmd->add_option("--format", f->format, "Summary format")->check(CLI::IsMember({"text", "json"}));
}

}  // namespace

void SetupLoad(CLI::App& app) {
  auto flags = std::make_shared<StoreFlags>();
  CLI::App* cmd =
      app.add_subcommand("load", "Store the JSON lines of `newsgraph extract` in a database");
  cmd->footer(
      "Stores extract records as ingest would have stored their articles: in batches, one\n"
      "transaction each, so a killed load leaves the database consistent and running it\n"
      "again completes it. A record whose document is stored unchanged (same name, same\n"
      "content hash) is skipped, so a record seen twice is stored once. Error records and\n"
      "bad lines are reported with their line number and skipped (exit code 1).\n\n"
      "Examples:\n"
      "  newsgraph extract feed.jsonl | newsgraph load --db news.db\n"
      "  newsgraph load --db news.db part-0000*.jsonl");
  cmd->add_option("inputs", flags->inputs, "Record files; - or none: standard input");
  cmd->add_flag("--force", flags->force, "Store records even when their document is unchanged");
  AddStoreFlags(cmd, flags.get());
  cmd->callback([flags]() {
    std::unique_ptr<store::Store> store = OpenOutput(*flags);
    pipeline::LoadOptions opt;
    opt.force = flags->force;
    opt.batch_documents = flags->batch;
    pipeline::IngestReport report;
    Status s = pipeline::Load(store.get(), flags->inputs, opt, &report);
    if (!s.ok()) Fail(s);
    Summarize(*flags, store.get(), report);
  });
}

void SetupMerge(CLI::App& app) {
  auto flags = std::make_shared<StoreFlags>();
  CLI::App* cmd = app.add_subcommand("merge", "Merge databases built separately into one");
  cmd->footer(
      "Stores every document of each shard database again in --db, in the order given:\n"
      "entities unify by key, relations by (type, source, target) with their support\n"
      "summed, documents with the same text count once, and the analyst's corrections\n"
      "(`newsgraph entity ...`) of every shard are carried over once each. A document\n"
      "already stored unchanged is skipped, so merging a shard twice changes nothing and a\n"
      "killed merge is completed by running it again. Shards made from consecutive parts\n"
      "of a collection merge into the database one ingest of it makes.\n\n"
      "Examples:\n"
      "  newsgraph merge --db all.db shard-1.db shard-2.db shard-3.db shard-4.db");
  cmd->add_option("shards", flags->inputs, "Shard database files")->required();
  AddStoreFlags(cmd, flags.get());
  cmd->callback([flags]() {
    std::unique_ptr<store::Store> store = OpenOutput(*flags);
    pipeline::LoadOptions opt;
    opt.batch_documents = flags->batch;
    pipeline::MergeReport report;
    Status s = pipeline::Merge(store.get(), flags->db, flags->inputs, opt, &report);
    if (!s.ok()) Fail(s);
    if (!flags->quiet && report.corrections > 0) {
      std::cerr << "newsgraph: carried over " << report.corrections << " correction(s)\n";
    }
    Summarize(*flags, store.get(), report.documents);
  });
}

}  // namespace newsgraph::cli

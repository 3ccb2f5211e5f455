#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/ingest_summary.h"
#include "pipeline/ingest.h"
#include "util/dates.h"

namespace newsgraph::cli {
namespace {

struct IngestFlags {
  std::string db;
  std::vector<std::string> paths;
  EngineFlags engine;
  bool repair_utf8 = false;
  bool force = false;
  bool quiet = false;
  bool forget_gazetteers = false;
  bool reprocess = false;
  std::string date;
  std::string encoding = "utf-8";
  std::string name;
  std::string files_from;
  std::string input = "text";
  std::vector<std::string> fields;
  std::string text_column;
  std::string format = "text";
  size_t batch = 256;
  int threads = 0;
  int wait_ms = 5000;
};

void Run(const IngestFlags& f) {
  if (f.reprocess && (!f.paths.empty() || !f.files_from.empty() || f.input != "text")) {
    Fail(Status::InvalidArgument(
             "ingest: --reprocess re-tags the stored documents; give it no paths, "
             "--files-from or --input"),
         kExitUsage);
  }
  if (f.paths.empty() && f.files_from.empty() && !f.reprocess) {
    Fail(Status::InvalidArgument("ingest: give files or directories, or --files-from LIST"),
         kExitUsage);
  }
  if (f.files_from == "-" && std::find(f.paths.begin(), f.paths.end(), "-") != f.paths.end()) {
    Fail(Status::InvalidArgument(
             "ingest: standard input cannot be both --files-from - and a document -"),
         kExitUsage);
  }
  std::unique_ptr<store::Store> store;
  store::StoreOptions store_options;
  store_options.busy_timeout_ms = f.wait_ms;
  Status s = store::Store::Open(f.db, store_options, &store);
  if (!s.ok()) Fail(s);
  // Gazetteers added once are loaded by every later ingest into this
  // database (kept in it as absolute paths).
  if (f.forget_gazetteers && !(s = store->ForgetGazetteers()).ok()) Fail(s);
  std::vector<std::string> remembered, added;
  if (!(s = store->RememberedGazetteers(&remembered)).ok()) Fail(s);
  EngineFlags engine_flags = f.engine;
  engine_flags.extra_gazetteers.clear();
  for (const std::string& g : remembered) {
    std::error_code ec;
    if (std::filesystem::exists(g, ec)) {
      engine_flags.extra_gazetteers.push_back(g);
    } else {
      std::cerr
          << "newsgraph: warning: gazetteer " << g << ", added to " << f.db
          << " earlier, is gone; ingesting without it (--forget-gazetteers clears the list)\n";
    }
  }
  for (const std::string& g : f.engine.extra_gazetteers) {
    std::error_code ec;
    const std::string path = std::filesystem::absolute(g, ec).lexically_normal().string();
    if (std::find(remembered.begin(), remembered.end(), path) != remembered.end()) continue;
    engine_flags.extra_gazetteers.push_back(path);
    added.push_back(path);
  }
  // Loaded by the first document that needs it: none when all are unchanged.
  pipeline::LazyEngine engine(
      [&engine_flags](std::unique_ptr<pipeline::Engine>* e) {
        return LoadEngine(engine_flags, true, e);
      },
      &ProcessEngine());
  if (!added.empty()) {
    // Loaded now, so that a file that does not load is not remembered.
    const pipeline::Engine* loaded = nullptr;
    if (!(s = engine.Get(&loaded)).ok()) Fail(s);
    if (!(s = store->RememberGazetteers(added)).ok()) Fail(s);
    store::StoreStats before;
    if (store->Stats(&before).ok() && before.documents > 0 && !f.quiet && !f.reprocess) {
      std::cerr << "newsgraph: note: " << f.db << " now loads " << added.size()
                << " more gazetteer file(s) on every ingest; documents already stored keep their "
                   "tags until `newsgraph ingest --db "
                << f.db << " --reprocess`\n";
    }
  }

  if (!f.date.empty() && !util::IsDay(f.date)) {
    Fail(
        Status::InvalidArgument("--date: \"" + f.date + "\" is not a day that exists (YYYY-MM-DD)"),
        kExitUsage);
  }
  pipeline::IngestOptions opt;
  opt.utf8 = pipeline::PolicyForEncoding(f.encoding, f.repair_utf8);
  opt.stdin_name = f.name;
  opt.force = f.force;
  opt.date = f.date;
  opt.batch_documents = f.batch;
  opt.threads = f.threads;
  opt.reprocess = f.reprocess;
  opt.input = f.input == "jsonl" ? pipeline::InputFormat::kJsonl
              : f.input == "csv" ? pipeline::InputFormat::kCsv
                                 : pipeline::InputFormat::kText;
  for (const std::string& field : f.fields) {
    s = opt.fields.Set(field);
    if (!s.ok()) Fail(s, kExitUsage);
  }
  if (!f.text_column.empty()) opt.fields.text = f.text_column;
  if (opt.input == pipeline::InputFormat::kText && (!f.fields.empty() || !f.text_column.empty())) {
    Fail(Status::InvalidArgument("ingest: --field and --text-column need --input jsonl or csv"),
         kExitUsage);
  }
  const bool show = !f.quiet && StderrIsTerminal();
  auto progress = [&](const pipeline::IngestProgress& p) {
    if (!show) return;
    std::fprintf(stderr, "\r%zu/%zu %s  %.1f/%.1f MB", p.files_done, p.files_total,
                 opt.input == pipeline::InputFormat::kText ? "files" : "articles",
                 p.bytes_done / 1e6, p.bytes_total / 1e6);
    if (p.files_done == p.files_total) std::fputc('\n', stderr);
  };
  std::vector<std::string> paths = f.paths;
  if (!f.files_from.empty()) {
    s = pipeline::ReadPathList(f.files_from, &paths);
    if (!s.ok()) Fail(s);
  }
  pipeline::IngestReport report;
  s = pipeline::Ingest(&engine, store.get(), paths, opt, progress, &report);
  for (const std::string& w : report.warnings)
    std::cerr << "newsgraph: warning: " << text::TerminalSafe(w) << "\n";
  for (const std::string& e : report.errors)
    std::cerr << "newsgraph: skipped " << text::TerminalSafe(e) << "\n";
  if (!f.quiet) {
    for (const std::string& d : report.duplicate_notes)
      std::cerr << "newsgraph: " << text::TerminalSafe(d) << "\n";
  }
  if (!s.ok()) Fail(s);
  store::StoreStats stats;
  s = store->Stats(&stats);
  if (!s.ok()) Fail(s);
  if (!f.quiet) {
    std::ostringstream out;
    output::WriteIngestSummary(report, stats, f.db, f.format == "json", out);
    s = WriteOutput("-", out.str());
    if (!s.ok()) Fail(s);
  }
  // Warnings, skipped files and notes that did not reach standard error.
  if (!std::cerr.flush()) throw Exit{kExitError};
  if (report.failed > 0) throw Exit{kExitError};
}

}  // namespace

void SetupIngest(CLI::App& app) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Tag text files and store entities, mentions and relations in SQLite");
  cmd->footer(
      "Tag text files and store their entities, mentions and relations in an SQLite database.\n"
      "Directories are searched recursively for *.txt files; README, SOURCE, LICENSE ... .txt\n"
      "files there describe the collection and are skipped (listed in the summary; name one\n"
      "on its own to ingest it). Re-ingesting an unchanged file\n"
      "changes nothing; a changed file replaces its old rows; an interrupted run is completed\n"
      "by running it again. A file with the same text as a stored one (another name) is\n"
      "recorded as its duplicate and counts once. A bad file (empty, binary, invalid UTF-8)\n"
      "is named with its reason and skipped; the exit code is then 1.\n\n"
      "Feeds: with --input jsonl each path (or - for standard input) holds one article per\n"
      "line, a JSON object with \"id\" and \"text\" and optionally \"title\", \"url\", \"date\"\n"
      "and \"source\"; with --input csv a header row names the columns. The id is the\n"
      "document's name; url, title and source are stored and shown with every piece of\n"
      "evidence; the date may be YYYY-MM-DD, ISO 8601, RFC 822 or \"4 Nov 2024\". A bad line\n"
      "is reported with its line number and skipped; the other lines are stored.\n\n"
      "Examples:\n"
      "  newsgraph ingest --db news.db examples/\n"
      "  newsgraph ingest --db news.db --input jsonl feed.jsonl\n"
      "  newsgraph ingest --db news.db --input csv --text-column body --field id=guid items.csv\n"
      "  newsgraph ingest --db news.db --date 2024-11-04 today/*.txt\n"
      "  curl -s URL | html2text | newsgraph ingest --db news.db -");
  cmd->add_option("--db", flags->db, "SQLite database file (created if missing)")->required();
  cmd->add_option("paths", flags->paths,
                  "Text files or directories; - reads one document from standard input");
  cmd->add_option(
         "--input", flags->input,
         "What each path holds: text (one document a file; default), jsonl or csv (a feed\n"
         "of articles, see below)")
      ->check(CLI::IsMember({"text", "jsonl", "csv"}));
  cmd->add_option(
         "--field", flags->fields,
         "PART=NAME: the JSON key or CSV column holding an article's PART (id, text, title,\n"
         "url, date, source; default: the part's own name). Repeatable")
      ->type_name("PART=NAME")
      ->allow_extra_args(false);
  cmd->add_option("--text-column", flags->text_column, "Same as --field text=NAME");
  cmd->add_option("--files-from", flags->files_from,
                  "Also ingest the paths listed in this file, one a line (- for standard input;\n"
                  "blank lines and lines starting with # are skipped)");
  cmd->add_flag("--repair-utf8", flags->repair_utf8,
                "Replace invalid UTF-8 with U+FFFD (with a warning) instead of skipping the file");
  AddEncodingFlag(cmd, &flags->encoding);
  cmd->add_option(
      "--name", flags->name,
      "Document name of the text read from - (default: stdin- and the start of its content\n"
      "hash: different texts piped in are different documents; a YYYY-MM-DD in it dates it)");
  cmd->add_flag("--force", flags->force, "Re-process files even when unchanged");
  cmd->add_flag("--reprocess", flags->reprocess,
                "Tag every stored document again from the text the database keeps, with today's\n"
                "gazetteers and rules (after adding a gazetteer or editing rules); no paths");
  cmd->add_flag("--forget-gazetteers", flags->forget_gazetteers,
                "Stop loading the --add-gazetteer files this database remembers (list them with\n"
                "`sqlite3 DB \"SELECT value FROM meta WHERE key = 'extra_gazetteers'\"`)");
  cmd->add_option("--date", flags->date,
                  "Document date YYYY-MM-DD for all files (default: a date in the file name)");
  cmd->add_option(
         "--batch", flags->batch,
         "Documents per transaction (a killed run loses at most one batch, redone next run)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--threads", flags->threads,
                  "Documents processed in parallel (default 0: one per core); the database is "
                  "written in file order either way")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--wait", flags->wait_ms,
                  "Milliseconds to wait for a database locked by another process (default 5000)");
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress and no summary");
  cmd->add_option("--format", flags->format, "Summary format")
      ->check(CLI::IsMember({"text", "json"}));
  AddEngineFlags(cmd, &flags->engine);
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

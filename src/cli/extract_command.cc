#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/extract.h"
#include "text/terminal.h"
#include "util/dates.h"

namespace newsgraph::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> inputs;
  EngineFlags engine;
  std::string input = "jsonl";
  std::vector<std::string> fields;
  std::string encoding = "utf-8";
  bool repair_utf8 = false;
  std::string date;
  std::string name;
  int threads = 0;
  bool quiet = false;
};

void Run(const ExtractFlags& f) {
  pipeline::ExtractOptions opt;
  opt.input = f.input == "text"  ? pipeline::InputFormat::kText
              : f.input == "csv" ? pipeline::InputFormat::kCsv
                                 : pipeline::InputFormat::kJsonl;
  for (const std::string& field : f.fields) {
    Status s = opt.fields.Set(field);
    if (!s.ok()) Fail(s, kExitUsage);
  }
  if (!f.date.empty() && !util::IsDay(f.date)) {
    Fail(
        Status::InvalidArgument("--date: \"" + f.date + "\" is not a day that exists (YYYY-MM-DD)"),
        kExitUsage);
  }
  opt.utf8 = pipeline::PolicyForEncoding(f.encoding, f.repair_utf8);
  opt.date = f.date;
  opt.stdin_name = f.name;
  opt.threads = f.threads;
  pipeline::LazyEngine engine(
      [&f](std::unique_ptr<pipeline::Engine>* e) { return LoadEngine(f.engine, true, e); },
      &ProcessEngine());
  pipeline::ExtractReport report;
  auto on_error = [&f](const std::string& e) {
    if (!f.quiet) std::cerr << "newsgraph: skipped " << text::TerminalSafe(e) << "\n";
  };
  std::ios::sync_with_stdio(false);
  Status s = pipeline::Extract(&engine, f.inputs, opt, std::cout, on_error, &report);
  if (!s.ok()) Fail(s);
  if (!f.quiet) {
    std::cerr << "newsgraph: extracted " << report.articles << " article(s) (" << report.bytes / 1e6
              << " MB in " << report.seconds << " s), " << report.errors << " error record(s)\n";
  }
  if (report.errors > 0) throw Exit{kExitError};
}

}  // namespace

void SetupExtract(CLI::App& app) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Tag articles and write what ingest would store as JSON lines (no database)");
  cmd->footer(
      "Reads articles and writes one JSON line per article to standard output: the\n"
      "document (name, content hash, date, url, title, source, text), its entities\n"
      "(key, name, type, aliases), mentions (byte offsets, how found) and relation\n"
      "mentions (type, ends, evidence sentence, trigger, modality, rule, CAMEO code,\n"
      "event date) - everything `ingest` would store. No database, no state, no\n"
      "temporary file: run as many copies as there are cores or machines (GNU parallel,\n"
      "Hadoop Streaming, Spark's rdd.pipe), then store the lines with `newsgraph load`.\n"
      "Records come in input order; the same article always gives the same line.\n"
      "An article that cannot be read or processed gives an error record\n"
      "{\"record\": \"error\", \"where\": ..., \"error\": ...} in its place and a message on\n"
      "standard error; the others go on (exit code 1 at the end).\n\n"
      "Examples:\n"
      "  newsgraph extract feed.jsonl > records.jsonl\n"
      "  newsgraph extract --input text news/ > records.jsonl\n"
      "  parallel --pipe -N1000 newsgraph extract --threads 1 < feed.jsonl > records.jsonl\n"
      "  newsgraph load --db news.db records.jsonl");
  cmd->add_option("inputs", flags->inputs,
                  "Feeds (jsonl, csv) or text files and directories (text); - or none: "
                  "standard input");
  cmd->add_option("--input", flags->input,
                  "What the inputs hold: jsonl (default: one article a line, as `ingest --input "
                  "jsonl`), csv, or text (one article a file)")
      ->check(CLI::IsMember({"text", "jsonl", "csv"}));
  cmd->add_option("--field", flags->fields,
                  "PART=NAME: the JSON key or CSV column of an article's PART (as for ingest)")
      ->type_name("PART=NAME")
      ->allow_extra_args(false);
  cmd->add_flag("--repair-utf8", flags->repair_utf8,
                "Replace invalid UTF-8 with U+FFFD instead of an error record");
  AddEncodingFlag(cmd, &flags->encoding);
  cmd->add_option("--date", flags->date,
                  "Date YYYY-MM-DD of articles without one (default: a date in the file name)");
  cmd->add_option("--name", flags->name, "--input text: the document name of standard input");
  cmd->add_option("--threads", flags->threads,
                  "Articles processed in parallel (default 0: one per core); the output order "
                  "is the input order either way")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", flags->quiet, "No messages on standard error");
  AddEngineFlags(cmd, &flags->engine);
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/tagged.h"

namespace newsgraph::cli {
namespace {

struct TagFlags {
  std::string input = "-";
  std::string format = "jsonl";
  EngineFlags engine;
  bool repair_utf8 = false;
  std::string encoding = "utf-8";
  bool relations = false;
  std::string date;
};

void Run(const TagFlags& f) {
  std::unique_ptr<pipeline::Engine>& engine = ProcessEngine();
  Status s = LoadEngine(f.engine, f.relations, &engine);
  if (!s.ok()) Fail(s);
  pipeline::Processed p;
  s = ProcessInput(*engine, f.input, pipeline::PolicyForEncoding(f.encoding, f.repair_utf8), f.date,
                   &p);
  if (!s.ok()) Fail(s);
  if (p.utf8_repairs > 0) {
    std::cerr << "newsgraph: warning: replaced " << p.utf8_repairs
              << " invalid UTF-8 sequence(s)\n";
  }
  std::ostringstream out;
  output::WriteTagged(p.tagged, p.relations, f.format == "jsonl", out);
  s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupTag(CLI::App& app) {
  auto flags = std::make_shared<TagFlags>();
  CLI::App* cmd = app.add_subcommand(
      "tag", "Tag one text (file or stdin) without a database; one mention per line");
  cmd->footer(
      "Tag one text without a database: one mention per line, with byte offsets into the input.\n"
      "jsonl lines are "
      "{\"start\",\"end\",\"type\",\"text\",\"entity\",\"id\",\"how\",\"confidence\"}; "
      "type is PERSON, COUNTRY, ORG, CITY or REGION.\n"
      "With --relations, relation lines follow the mentions (jsonl: {\"relation\",\"source\",\n"
      "\"target\",\"modality\",\"trigger\",\"rule\",\"cameo\",...}; text: relation TYPE SOURCE "
      "TARGET\n"
      "MODALITY TRIGGER RULE), so a rule can be tried without a database.\n\n"
      "Examples:\n"
      "  newsgraph tag article.txt\n"
      "  echo 'Kaja Kallas met NATO chief Mark Rutte in Tallinn.' | newsgraph tag - --format text\n"
      "  echo 'Blair met Bush in London.' | newsgraph tag - --relations --format text\n"
      "  echo 'The Russian president met Lavrov.' | newsgraph tag - --date 2024-05-01 --format "
      "text");
  cmd->add_option("input", flags->input, "Text file, or - for standard input (default)");
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "text"}));
  cmd->add_flag("--repair-utf8", flags->repair_utf8, "Replace invalid UTF-8 with U+FFFD");
  AddEncodingFlag(cmd, &flags->encoding);
  cmd->add_flag("--relations", flags->relations,
                "Also extract relations and print them after the mentions");
  cmd->add_option("--date", flags->date,
                  "The story's date, YYYY[-MM[-DD]]: \"the Russian president\" and a bare surname "
                  "then mean the office holder of that day")
      ->check(CLI::Validator(
          [](std::string& d) {
            const bool ok = (d.size() == 4 || d.size() == 7 || d.size() == 10) &&
                            std::all_of(d.begin(), d.end(),
                                        [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
            return ok ? std::string() : "expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + d + "'";
          },
          "DATE"));
  AddEngineFlags(cmd, &flags->engine);
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

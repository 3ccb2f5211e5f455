// newsgraph: turns news articles into a knowledge graph an analyst can query.
// This file only wires the subcommands; see cli/*_command.cc.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "util/huge_pages.h"

int main(int argc, char** argv) {
  newsgraph::util::ReexecWithHugePageMalloc(argv);
  CLI::App app{
      "newsgraph turns news articles into a knowledge graph: it tags people, countries and\n"
      "organisations with curated gazetteers and name rules, extracts relations (meets,\n"
      "succeeds, deploys, ...) with their evidence, stores everything in SQLite, and\n"
      "answers graph queries and exports for analysts.\n\n"
      "Typical use:\n"
      "  newsgraph ingest --db news.db articles/          # tag and store a folder of .txt files\n"
      "  newsgraph entities --db news.db --type PERSON     # who is mentioned, how often\n"
      "  newsgraph export --db news.db --format dot -o news.dot\n"
      "  echo 'Putin met Xi Jinping in Moscow.' | newsgraph tag -\n",
      "newsgraph"};
  app.set_version_flag("--version", "newsgraph " NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success; 1 error or some input files failed; 2 bad command line;\n"
      "            3 a name is ambiguous (candidates listed); 4 a name is unknown.\n"
      "Run `newsgraph COMMAND --help` for each command's options and examples.");
  newsgraph::cli::SetupIngest(app);
  newsgraph::cli::SetupExtract(app);
  newsgraph::cli::SetupLoad(app);
  newsgraph::cli::SetupMerge(app);
  newsgraph::cli::SetupTag(app);
  newsgraph::cli::SetupExport(app);
  newsgraph::cli::SetupEntities(app);
  newsgraph::cli::SetupEval(app);
  newsgraph::cli::SetupQuery(app);
  newsgraph::cli::SetupRelations(app);
  newsgraph::cli::SetupTimeline(app);
  newsgraph::cli::SetupEntity(app);
  newsgraph::cli::SetupParse(app);
  newsgraph::cli::SetupTrainSyntax(app);
  try {
    newsgraph::cli::CheckCommandWords(&app, argc, argv);
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : newsgraph::cli::kExitUsage;
  } catch (const newsgraph::cli::Exit& e) {
    return e.code;
  }
  // Output that never arrived (a full disk, /dev/full, a closed pipe) is a failure.
  if (!std::cout.flush() || std::fflush(stdout) != 0) {
    std::cerr << "newsgraph: cannot write to standard output\n";
    return newsgraph::cli::kExitError;
  }
  return 0;
}

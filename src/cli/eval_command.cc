#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline/evaluate.h"

namespace newsgraph::cli {
namespace {

struct EvalFlags {
  std::string gold;
  std::string texts;
  std::string graphs;
  bool json = false;
  EngineFlags engine;
};

void Run(const EvalFlags& f) {
  std::unique_ptr<pipeline::Engine>& engine = ProcessEngine();
  Status s = LoadEngine(f.engine, true, &engine);
  if (!s.ok()) Fail(s);
  pipeline::EvaluateOptions opt;
  opt.texts_dir = f.texts;
  opt.graphs_dir = f.graphs;
  eval::Totals totals;
  s = pipeline::Evaluate(*engine, f.gold, opt, &totals);
  if (!s.ok()) Fail(s);
  eval::PrintReport(totals, f.json, std::cout);
}

}  // namespace

void SetupEval(CLI::App& app) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score the graphs built from gold documents (same rules as score.py)");
  cmd->footer(
      "Score the graphs newsgraph builds against gold files (format: ../shared/eval/FORMAT.md).\n"
      "Each gold document is ingested alone; the report matches ../shared/eval/score.py.\n\n"
      "Examples:\n"
      "  newsgraph eval ../shared/eval/gold --texts ../shared/corpus\n"
      "  newsgraph eval examples/gold --texts examples --json");
  cmd->add_option("gold", flags->gold, "A NAME.gold.json file or a directory of them")->required();
  cmd->add_option("--texts", flags->texts, "Directory holding the gold files' documents")
      ->required();
  cmd->add_option("--graphs", flags->graphs,
                  "Also write each exported graph to this directory as NAME.json");
  cmd->add_flag("--json", flags->json, "Report as JSON (as score.py --json)");
  AddEngineFlags(cmd, &flags->engine);
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

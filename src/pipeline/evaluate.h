// Evaluate scores the graphs the engine builds against gold files
// (../shared/eval/FORMAT.md): each gold document is ingested alone into a
// fresh database, exported as JSON and scored with eval::ScoreDocument.
#ifndef NEWSGRAPH_PIPELINE_EVALUATE_H_
#define NEWSGRAPH_PIPELINE_EVALUATE_H_

#include <string>

#include "eval/scorer.h"
#include "pipeline/engine.h"
#include "util/status.h"

namespace newsgraph::pipeline {

struct EvaluateOptions {
  std::string texts_dir;   // where the gold files' "document" names are found
  std::string graphs_dir;  // if set, each exported graph is written here as NAME.json
  std::string work_dir;    // scratch directory for the databases (default: temp dir)
};

// `gold` is one NAME.gold.json file or a directory of them. Errors: a gold
// file that cannot be read or parsed, a missing document text (NotFound), a
// document the engine rejects.
Status Evaluate(const Engine& engine, const std::string& gold, const EvaluateOptions& options,
                eval::Totals* totals);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_EVALUATE_H_

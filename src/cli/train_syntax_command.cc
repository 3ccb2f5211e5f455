#include <chrono>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/syntax_model.h"
#include "syntax/conllu.h"
#include "syntax/model.h"
#include "syntax/train.h"

namespace newsgraph::cli {
namespace {

struct TrainSyntaxFlags {
  std::string train;
  std::string dev;
  std::string output;
  std::string description;
  syntax::TrainOptions options;
  bool quiet = false;
};

void Run(TrainSyntaxFlags& f) {
  std::vector<syntax::ConlluSentence> train, dev;
  Status s = syntax::ReadConlluFile(f.train, &train);
  if (!s.ok()) Fail(s);
  if (!f.dev.empty()) {
    s = syntax::ReadConlluFile(f.dev, &dev);
    if (!s.ok()) Fail(s);
  }
  auto start = std::chrono::steady_clock::now();
  f.options.description = f.description;
  if (!f.quiet) {
    f.options.log = [start](const std::string& line) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::cerr << "[" << static_cast<int>(secs) << "s] " << line << "\n";
    };
  }
  std::unique_ptr<syntax::Model> model;
  s = syntax::TrainModel(train, f.dev.empty() ? nullptr : &dev, f.options, &model);
  if (!s.ok()) Fail(s);
  s = WriteOutput(f.output, model->Serialize());
  if (!s.ok()) Fail(s);
  output::WriteModelSummary(f.output, model->info(), std::cerr);
  if (!dev.empty()) output::WriteParseScores(syntax::ScoreModel(*model, dev), std::cerr);
}

}  // namespace

void SetupTrainSyntax(CLI::App& app) {
  auto flags = std::make_shared<TrainSyntaxFlags>();
  CLI::App* cmd = app.add_subcommand(
      "train-syntax", "Train the part-of-speech tagger, lemmatizer and parser from a treebank");
  cmd->footer(
      "Trains a syntax model from a Universal Dependencies treebank in CoNLL-U and writes it\n"
      "to OUTPUT. Deterministic: the same files and options give the same bytes. The shipped\n"
      "model is rebuilt with tools/train_syntax.sh (see models/README.md).\n\n"
      "Example:\n"
      "  newsgraph train-syntax --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu \\\n"
      "      -o en_ewt.ngsyn");
  cmd->add_option("--train", flags->train, "Training treebank (CoNLL-U)")->required();
  cmd->add_option("--dev", flags->dev, "Development treebank: scores logged after each epoch");
  cmd->add_option("-o,--output", flags->output, "Model file to write")->required();
  cmd->add_option("--description", flags->description,
                  "Text stored in the model: source, commit, licence");
  cmd->add_option("--epochs", flags->options.parser.epochs, "Parser training epochs")
      ->capture_default_str();
  cmd->add_option("--tagger-epochs", flags->options.tagger.epochs, "Tagger training epochs")
      ->capture_default_str();
  cmd->add_option("--folds", flags->options.jackknife_folds,
                  "Jackknife folds for the parser's training tags (1: gold tags)")
      ->capture_default_str();
  cmd->add_option("--explore-p", flags->options.parser.explore_p,
                  "Probability of following a wrong prediction while training")
      ->capture_default_str();
  cmd->add_option("--beam", flags->options.parser.beam, "Beam width (1: greedy)")
      ->capture_default_str();
  cmd->add_option("--min-weight", flags->options.parser.min_weight,
                  "Drop averaged weights smaller than this (smaller model)")
      ->capture_default_str();
  cmd->add_option("--min-updates", flags->options.parser.min_updates,
                  "Drop parser features updated fewer times than this while training")
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", flags->quiet, "No progress lines");
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

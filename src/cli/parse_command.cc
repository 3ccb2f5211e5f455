#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/parse.h"
#include "pipeline/sentence_syntax.h"
#include "syntax/conllu.h"
#include "syntax/train.h"

namespace newsgraph::cli {
namespace {

struct ParseFlags {
  std::string input = "-";
  std::string input_format = "text";
  std::string format = "conllu";
  std::string model;
  std::string output = "-";
  bool repair_utf8 = false;
  std::string encoding = "utf-8";
  EngineFlags engine;
};

// Gold-tokenized CoNLL-U in, the same with columns LEMMA, UPOS, XPOS, HEAD
// and DEPREL filled.
void RunConllu(const ParseFlags& f) {
  std::unique_ptr<syntax::Model> model;
  Status s =
      syntax::Model::Load(f.model.empty() ? pipeline::DefaultSyntaxModel() : f.model, &model);
  if (!s.ok()) Fail(s);
  std::string text;
  s = ReadInput(f.input, &text);
  if (!s.ok()) Fail(s);
  std::istringstream in(text);
  syntax::ConlluReader reader(&in, f.input == "-" ? "<stdin>" : f.input);
  syntax::ConlluSentence sentence;
  std::string out;
  while (reader.Next(&sentence)) {
    syntax::AnnotateConllu(*model, &sentence);
    syntax::AppendConllu(sentence, &out);
  }
  if (!reader.status().ok()) Fail(reader.status());
  s = WriteOutput(f.output, out);
  if (!s.ok()) Fail(s);
}

void Run(const ParseFlags& f) {
  if (f.input_format == "conllu") {
    RunConllu(f);
    return;
  }
  std::unique_ptr<pipeline::Engine>& engine = ProcessEngine();
  Status s = LoadEngine(f.engine, false, &engine, &f.model);
  if (!s.ok()) Fail(s);
  pipeline::Processed p;
  s = ProcessInput(*engine, f.input, pipeline::PolicyForEncoding(f.encoding, f.repair_utf8), "",
                   &p);
  if (!s.ok()) Fail(s);
  std::vector<pipeline::SentenceSyntax> sents;
  pipeline::AnalyzeSentences(*engine->syntax(), p.tagged, &sents);
  std::string out = f.format == "conllu"
                        ? output::FormatConllu(p.tagged, sents, *engine->syntax())
                        : output::FormatDependencyTable(p.tagged, sents, *engine->syntax());
  s = WriteOutput(f.output, out);
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupParse(CLI::App& app) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* cmd = app.add_subcommand(
      "parse", "Part-of-speech tags, lemmas and dependency trees of a text, in CoNLL-U");
  cmd->footer(
      "Tokenizes and tags the text as ingest does, then gives every sentence part-of-speech\n"
      "tags (UPOS and XPOS), lemmas and a labelled dependency tree (Universal Dependencies).\n"
      "CoNLL-U columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC; a token split\n"
      "into two words (\"don't\" -> do n't) is a multiword-token line; MISC holds\n"
      "SpaceAfter=No and, inside entity mentions, Entity=B-TYPE|I-TYPE and EntityId.\n"
      "With --input conllu the input is already tokenized CoNLL-U: its words are analyzed\n"
      "and LEMMA, UPOS, XPOS, HEAD and DEPREL are filled in (other columns kept), so the\n"
      "output can be scored against gold with the CoNLL 2018 rules.\n\n"
      "Examples:\n"
      "  echo 'Blair met Bush in London.' | newsgraph parse - --format text\n"
      "  newsgraph parse article.txt > article.conllu\n"
      "  newsgraph parse --input conllu en_ewt-ud-test.conllu -o test.pred.conllu\n"
      "  python3 ../shared/eval/conllu_score.py en_ewt-ud-test.conllu test.pred.conllu");
  cmd->add_option("input", flags->input, "Text or CoNLL-U file, or - for standard input (default)");
  cmd->add_option("--input", flags->input_format, "What the input is")
      ->check(CLI::IsMember({"text", "conllu"}))
      ->capture_default_str();
  cmd->add_option("--format", flags->format, "Output format for text input")
      ->check(CLI::IsMember({"conllu", "text"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Output file (default: standard output)");
  cmd->add_option("--model", flags->model,
                  "Syntax model file (default: en_ewt.ngsyn in $NEWSGRAPH_MODELS, else the "
                  "bundled models/)");
  cmd->add_flag("--repair-utf8", flags->repair_utf8, "Replace invalid UTF-8 with U+FFFD");
  AddEncodingFlag(cmd, &flags->encoding);
  AddEngineFlags(cmd, &flags->engine);
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

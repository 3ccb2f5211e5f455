// What `newsgraph train-syntax` reports on standard error about the model it
// wrote and, with --dev, how well it parses the development treebank:
//
//   wrote en_ewt.ngsyn: 15308224 bytes, 50 tags, 52 labels, 120000 tagger
//     features, 900000 parser features (2400000 weights)       [one line]
//   dev: UPOS 0.95 XPOS 0.94 lemma 0.97 UAS 0.88 LAS 0.85 (25150 words)
//
// Scores are written as an ostream writes a double (6 significant digits).
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_SYNTAX_MODEL_H_
#define NEWSGRAPH_OUTPUT_SYNTAX_MODEL_H_

#include <ostream>
#include <string>

#include "syntax/model.h"
#include "syntax/train.h"

namespace newsgraph::output {

void WriteModelSummary(const std::string& path, const syntax::ModelInfo& info, std::ostream& out);

void WriteParseScores(const syntax::ParseScores& scores, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_SYNTAX_MODEL_H_

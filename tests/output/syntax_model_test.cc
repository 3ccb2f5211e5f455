#include "output/syntax_model.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsgraph::output {
namespace {

TEST(OutputSyntaxModel, SummaryAndScoresAreOneLineEach) {
  syntax::ModelInfo info;
  info.file_bytes = 15308224;
  info.tags = 50;
  info.labels = 52;
  info.tagger_features = 120000;
  info.parser_features = 900000;
  info.parser_weights = 2400000;
  syntax::ParseScores scores;
  scores.words = 25150;
  scores.upos = 0.95;
  scores.xpos = 0.9412344;
  scores.lemma = 0.97;
  scores.uas = 0.88;
  scores.las = 0.85;
  std::ostringstream out;
  WriteModelSummary("en_ewt.ngsyn", info, out);
  WriteParseScores(scores, out);
  EXPECT_EQ(out.str(),
            "wrote en_ewt.ngsyn: 15308224 bytes, 50 tags, 52 labels, 120000 tagger features, "
            "900000 parser features (2400000 weights)\n"
            "dev: UPOS 0.95 XPOS 0.941234 lemma 0.97 UAS 0.88 LAS 0.85 (25150 words)\n");
}

}  // namespace
}  // namespace newsgraph::output

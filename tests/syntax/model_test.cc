#include "syntax/model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "syntax/train.h"

namespace newsgraph::syntax {
namespace {

// A tiny hand-written treebank: enough to check the mechanics (training,
// determinism, the file format), not accuracy.
constexpr char kTiny[] =
    "1\tBlair\tBlair\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tBush\tBush\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tleaders\tleader\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\ttreaty\ttreaty\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
    "1\tPutin\tPutin\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tChina\tChina\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

std::vector<ConlluSentence> Tiny() {
  std::istringstream in(kTiny);
  ConlluReader reader(&in, "tiny");
  std::vector<ConlluSentence> out;
  ConlluSentence s;
  while (reader.Next(&s)) out.push_back(s);
  return out;
}

std::unique_ptr<Model> TrainTiny() {
  TrainOptions o;
  o.tagger.epochs = 5;
  o.tagger.second_pass_folds = 0;
  o.parser.epochs = 10;
  o.jackknife_folds = 0;
  o.parser.min_weight = 0;
  o.parser.min_updates = 0;
  o.description = "tiny test treebank";
  std::unique_ptr<Model> m;
  std::vector<ConlluSentence> train = Tiny();
  EXPECT_TRUE(TrainModel(train, nullptr, o, &m).ok());
  return m;
}

TEST(Model, LearnsATinyTreebank) {
  std::unique_ptr<Model> m = TrainTiny();
  ASSERT_NE(m, nullptr);
  ParseScores sc = ScoreModel(*m, Tiny());
  EXPECT_EQ(sc.words, 14u);
  EXPECT_EQ(sc.upos, 1.0);
  EXPECT_EQ(sc.uas, 1.0);
  EXPECT_EQ(sc.las, 1.0);
  ParsedSentence p;
  m->Analyze({"Blair", "met", "Bush", "."}, &p);
  EXPECT_EQ(p.head, (std::vector<int>{1, -1, 1, 1}));
  EXPECT_EQ(m->LabelName(p.label[0]), "nsubj");
  EXPECT_EQ(p.lemma[1], "meet");
  EXPECT_EQ(p.upos[1], Upos::kVerb);
  EXPECT_EQ(m->TagName(p.tag[1]), "VBD");
}

TEST(Model, EmptySentenceGivesEmptyResult) {
  std::unique_ptr<Model> m = TrainTiny();
  ParsedSentence p;
  m->Analyze({}, &p);
  EXPECT_EQ(p.size(), 0u);
}

TEST(Model, TrainingIsDeterministic) {
  EXPECT_EQ(TrainTiny()->Serialize(), TrainTiny()->Serialize());
}

TEST(Model, RoundTripsThroughItsFile) {
  std::unique_ptr<Model> m = TrainTiny();
  std::string bytes = m->Serialize();
  std::unique_ptr<Model> back;
  ASSERT_TRUE(Model::FromBytes(bytes, "tiny.ngsyn", &back).ok());
  // Weights are stored with 8 bits a row: what was read writes back the same.
  EXPECT_EQ(back->Serialize(), bytes);
  ParsedSentence a, b;
  m->Analyze({"Putin", "met", "Bush", "."}, &a);
  back->Analyze({"Putin", "met", "Bush", "."}, &b);
  EXPECT_EQ(a.head, b.head);
  EXPECT_EQ(a.label, b.label);
  EXPECT_EQ(back->info().description, "tiny test treebank");
  EXPECT_EQ(back->LabelId("nsubj"), m->LabelId("nsubj"));
  EXPECT_EQ(back->LabelId("no-such-label"), -1);
}

TEST(Model, RejectsDamagedFilesWithAReason) {
  std::string bytes = TrainTiny()->Serialize();
  std::unique_ptr<Model> m;
  Status s = Model::FromBytes("hello", "x.ngsyn", &m);
  EXPECT_EQ(s.message(), "x.ngsyn: not a newsgraph syntax model (bad magic)");
  s = Model::FromBytes(bytes.substr(0, bytes.size() - 5), "cut.ngsyn", &m);
  EXPECT_EQ(s.message(), "cut.ngsyn: checksum mismatch (truncated or damaged file)");
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x10;
  s = Model::FromBytes(flipped, "flip.ngsyn", &m);
  EXPECT_FALSE(s.ok());
  s = Model::Load("/no/such/model.ngsyn", &m);
  EXPECT_TRUE(s.IsIOError());
}

TEST(Model, RejectsATreebankWithoutRoot) {
  std::vector<ConlluSentence> t = Tiny();
  for (ConlluSentence& s : t) {
    for (ConlluWord& w : s.words) {
      if (w.deprel == "root") w.deprel = "dep";
    }
  }
  std::unique_ptr<Model> m;
  EXPECT_EQ(TrainModel(t, nullptr, TrainOptions(), &m).message(), "treebank has no 'root' label");
}

}  // namespace
}  // namespace newsgraph::syntax

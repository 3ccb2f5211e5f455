// The shipped model (models/en_ewt.ngsyn): it loads, parses hand-written
// sentences as a reader would, and keeps its accuracy on a slice of the
// treebank's development file (read from ../shared; skipped when absent).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/engine.h"
#include "syntax/model.h"
#include "syntax/train.h"

namespace newsgraph::syntax {
namespace {

const Model& Shipped() {
  static std::unique_ptr<Model> model = [] {
    std::unique_ptr<Model> m;
    Status s = Model::Load(pipeline::DefaultSyntaxModel(), &m);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return m;
  }();
  return *model;
}

struct Arc {
  std::string dep, label, head;
};

// The arcs of a sentence as (dependent, label, head) triples.
std::vector<Arc> Arcs(const std::vector<std::string_view>& words) {
  ParsedSentence p;
  Shipped().Analyze(words, &p);
  std::vector<Arc> arcs;
  for (size_t i = 0; i < words.size(); ++i) {
    arcs.push_back({std::string(words[i]), std::string(Shipped().LabelName(p.label[i])),
                    p.head[i] < 0 ? "ROOT" : std::string(words[p.head[i]])});
  }
  return arcs;
}

bool Has(const std::vector<Arc>& arcs, const std::string& dep, const std::string& label,
         const std::string& head) {
  for (const Arc& a : arcs) {
    if (a.dep == dep && a.label == label && a.head == head) return true;
  }
  return false;
}

TEST(ShippedModel, IsSmallAndNamesItsSource) {
  std::unique_ptr<Model> m;
  ASSERT_TRUE(Model::Load(pipeline::DefaultSyntaxModel(), &m).ok());
  EXPECT_LT(m->info().file_bytes, 16u << 20);
  EXPECT_NE(m->info().description.find("CC BY-SA 4.0"), std::string::npos);
}

// The in-memory form (dense and sparse rows) gives back the file's bytes.
TEST(ShippedModel, SerializesToItsFile) {
  std::ifstream in(pipeline::DefaultSyntaxModel(), std::ios::binary);
  std::ostringstream file;
  file << in.rdbuf();
  EXPECT_TRUE(Shipped().Serialize() == file.str());
}

TEST(ShippedModel, SubjectObjectAndOblique) {
  auto arcs = Arcs({"Blair", "met", "Bush", "in", "London", "on", "Monday", "."});
  EXPECT_TRUE(Has(arcs, "Blair", "nsubj", "met"));
  EXPECT_TRUE(Has(arcs, "Bush", "obj", "met"));
  EXPECT_TRUE(Has(arcs, "London", "obl", "met"));
  EXPECT_TRUE(Has(arcs, "in", "case", "London"));
  EXPECT_TRUE(Has(arcs, "met", "root", "ROOT"));
}

TEST(ShippedModel, RelativeClauseBetweenSubjectAndVerb) {
  auto arcs = Arcs({"The", "minister", ",", "who", "arrived", "on", "Sunday", ",", "will", "meet",
                    "the", "president", "in", "Seoul", "."});
  EXPECT_TRUE(Has(arcs, "minister", "nsubj", "meet"));
  EXPECT_TRUE(Has(arcs, "arrived", "acl:relcl", "minister"));
  EXPECT_TRUE(Has(arcs, "president", "obj", "meet"));
  EXPECT_TRUE(Has(arcs, "will", "aux", "meet"));
}

TEST(ShippedModel, PassiveAndConjuncts) {
  auto arcs = Arcs({"Troops", "were", "sent", "to", "Kosovo", "and", "Bosnia", "."});
  EXPECT_TRUE(Has(arcs, "Troops", "nsubj:pass", "sent"));
  EXPECT_TRUE(Has(arcs, "were", "aux:pass", "sent"));
  EXPECT_TRUE(Has(arcs, "Bosnia", "conj", "Kosovo"));
}

TEST(ShippedModel, LemmasOfCommonNewsVerbs) {
  ParsedSentence p;
  Shipped().Analyze({"He", "succeeded", "her", "after", "talks", "were", "held", "."}, &p);
  EXPECT_EQ(p.lemma[1], "succeed");
  EXPECT_EQ(p.lemma[4], "talk");
  EXPECT_EQ(p.lemma[5], "be");
  EXPECT_EQ(p.lemma[6], "hold");
}

TEST(ShippedModel, AccuracyOnADevSliceStaysAboveAFloor) {
  std::string path =
      std::string(NEWSGRAPH_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::vector<ConlluSentence> dev;
  ASSERT_TRUE(ReadConlluFile(path, &dev).ok());
  dev.resize(500);
  ParseScores sc = ScoreModel(Shipped(), dev);
  EXPECT_GT(sc.words, 5000u);
  EXPECT_GE(sc.upos, 0.93);
  EXPECT_GE(sc.lemma, 0.96);
  EXPECT_GE(sc.uas, 0.82);
  EXPECT_GE(sc.las, 0.78);
}

}  // namespace
}  // namespace newsgraph::syntax

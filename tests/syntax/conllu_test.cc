#include "syntax/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsgraph::syntax {
namespace {

constexpr char kTwoSentences[] =
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n"
    "\n";

TEST(Conllu, ReadsWordsCommentsAndMultiwordTokens) {
  std::istringstream in(kTwoSentences);
  ConlluReader reader(&in, "x.conllu");
  ConlluSentence s;
  ASSERT_TRUE(reader.Next(&s));
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.comments, std::vector<std::string>{"# text = I don't know."});
  EXPECT_EQ(s.words[1].form, "do");
  EXPECT_EQ(s.words[1].head, 4);
  EXPECT_EQ(s.words[3].deprel, "root");
  EXPECT_EQ(s.words[3].head, 0);
  ASSERT_EQ(s.extra.size(), 1u);
  EXPECT_EQ(s.extra[0].before, 1u);
  ASSERT_TRUE(reader.Next(&s));
  EXPECT_EQ(s.words.size(), 1u);
  EXPECT_FALSE(reader.Next(&s));
  EXPECT_TRUE(reader.status().ok());
}

TEST(Conllu, WritesBackWhatItRead) {
  std::istringstream in(kTwoSentences);
  ConlluReader reader(&in, "x.conllu");
  ConlluSentence s;
  std::string out;
  while (reader.Next(&s)) AppendConllu(s, &out);
  EXPECT_EQ(out, kTwoSentences);
}

TEST(Conllu, MalformedLinesNameFileAndLine) {
  std::istringstream in("1\tI\tI\tPRON\n");
  ConlluReader reader(&in, "bad.conllu");
  ConlluSentence s;
  EXPECT_FALSE(reader.Next(&s));
  EXPECT_EQ(reader.status().message(), "bad.conllu:1: expected 10 tab-separated columns, got 4");

  std::istringstream gap("1\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n3\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n");
  ConlluReader r2(&gap, "gap.conllu");
  EXPECT_FALSE(r2.Next(&s));
  EXPECT_EQ(r2.status().message(), "gap.conllu:2: expected word ID 2, got '3'");

  std::istringstream far("1\tI\tI\tPRON\tPRP\t_\t7\troot\t_\t_\n");
  ConlluReader r3(&far, "far.conllu");
  EXPECT_FALSE(r3.Next(&s));
  EXPECT_NE(r3.status().message().find("past the sentence's last word"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::syntax

#include "output/ingest_summary.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace newsgraph::output {
namespace {

pipeline::IngestReport Report() {
  pipeline::IngestReport r;
  r.ingested = 5;
  r.duplicates = 1;
  r.unchanged = 2;
  r.failed = 0;
  r.bytes = 2500000;
  r.mentions = 40;
  r.relations = 7;
  r.sentences = 30;
  r.parsed_sentences = 12;
  r.parsed_words = 300;
  r.seconds = 0.5;
  r.skipped = {"README\x1b[2J.txt", "LICENSE.txt"};
  return r;
}

store::StoreStats Stats() {
  store::StoreStats st;
  st.documents = 9;
  st.entities = 20;
  st.mentions = 80;
  st.relations = 11;
  return st;
}

TEST(OutputIngestSummary, TextSaysWhatWasDoneAndWhatTheDatabaseHolds) {
  std::ostringstream out;
  WriteIngestSummary(Report(), Stats(), "news.db", false, out);
  EXPECT_EQ(out.str(),
            "ingested 5 document(s) (2.50 MB in 0.50 s, 5.0 MB/s), 1 duplicate of an earlier "
            "document, 2 unchanged, 0 failed\n"
            "skipped 2 file(s) that describe the collection, not articles (name one on its own to "
            "ingest it): README\\x1b[2J.txt ...\n"
            "found 40 mention(s) and 7 relation mention(s)\n"
            "parsed 12 of 30 sentence(s) (300 words) that could carry a relation\n"
            "news.db now holds 9 document(s), 20 entities, 80 mentions, 11 relations\n");
}

TEST(OutputIngestSummary, QuietPartsAreLeftOut) {
  pipeline::IngestReport r;
  std::ostringstream out;
  WriteIngestSummary(r, {}, "g.db", false, out);
  EXPECT_EQ(out.str(),
            "ingested 0 document(s) (0.00 MB in 0.00 s, 0.0 MB/s), 0 unchanged, 0 failed\n"
            "found 0 mention(s) and 0 relation mention(s)\n"
            "g.db now holds 0 document(s), 0 entities, 0 mentions, 0 relations\n");
}

TEST(OutputIngestSummary, JsonIsOneLineOfCounts) {
  std::ostringstream out;
  WriteIngestSummary(Report(), Stats(), "news.db", true, out);
  const std::string text = out.str();
  EXPECT_EQ(text.find('\n'), text.size() - 1);
  const nlohmann::json j = nlohmann::json::parse(text);
  EXPECT_EQ(j["ingested"], 5);
  EXPECT_EQ(j["duplicates"], 1);
  EXPECT_EQ(j["relation_mentions"], 7);
  EXPECT_EQ(j["skipped_files"], 2);
  EXPECT_EQ(j["seconds"], 0.5);
  EXPECT_EQ(j["db"]["documents"], 9);
  EXPECT_EQ(j["db"]["relations"], 11);
}

}  // namespace
}  // namespace newsgraph::output

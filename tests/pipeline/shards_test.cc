// Extract + load and merge against ingest: the same articles give the same
// database whichever way they travel.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "export/json_writer.h"
#include "pipeline/extract.h"
#include "pipeline/ingest.h"
#include "pipeline/load.h"
#include "pipeline/merge.h"
#include "pipeline/shared_engine.h"
#include "store/store.h"

namespace newsgraph::pipeline {
namespace {

namespace fs = std::filesystem;
using testing_util::SharedEngine;

fs::path TempDir() {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  fs::path dir = fs::path(testing::TempDir()) / (std::string("shards_test_") + info->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Our own texts: names in gazetteers, names found by rules, a relation, a
// repeated text.
const char* const kTexts[] = {
    "Kaja Kallas met Antony Blinken in Brussels on Monday.\n",
    "Foreign Minister Cho Tae-yul visited Tokyo. Cho met Japanese officials.\n",
    "Olaf Scholz and Emmanuel Macron signed an agreement in Paris.\n",
    "Kaja Kallas met Antony Blinken in Brussels on Monday.\n",  // same text as the first
    "Germany deployed troops to Lithuania, Defence Minister Boris Pistorius said.\n",
};

std::vector<std::string> WriteArticles(const fs::path& dir) {
  std::vector<std::string> files;
  for (size_t i = 0; i < std::size(kTexts); ++i) {
    files.push_back((dir / "news" / ("2024-11-0" + std::to_string(i + 1) + "-a.txt")).string());
    Write(files.back(), kTexts[i]);
  }
  return files;
}

std::unique_ptr<store::Store> Open(const fs::path& path) {
  std::unique_ptr<store::Store> s;
  Status st = store::Store::Open(path.string(), {}, &s);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return s;
}

// Everything a reader sees of a database: its counts and its whole graph.
struct Contents {
  store::StoreStats stats;
  model::Graph graph;
};

Contents Read(store::Store* s) {
  Contents c;
  EXPECT_TRUE(s->Stats(&c.stats).ok());
  model::GraphFilter all;
  all.with_evidence = true;
  all.include_negated = true;
  EXPECT_TRUE(s->LoadGraph(all, &c.graph).ok());
  return c;
}

void ExpectSame(const Contents& a, const Contents& b) {
  EXPECT_EQ(a.stats.documents, b.stats.documents);
  EXPECT_EQ(a.stats.entities, b.stats.entities);
  EXPECT_EQ(a.stats.mentions, b.stats.mentions);
  EXPECT_EQ(a.stats.relations, b.stats.relations);
  EXPECT_EQ(a.stats.relation_mentions, b.stats.relation_mentions);
  // The whole graph with its evidence, as `export --format json` writes it.
  std::ostringstream ja, jb;
  exporter::WriteJson(a.graph, {}, ja);
  exporter::WriteJson(b.graph, {}, jb);
  EXPECT_EQ(ja.str(), jb.str());
}

std::string ExtractToString(const std::vector<std::string>& inputs, const ExtractOptions& opt,
                            ExtractReport* report, std::vector<std::string>* errors = nullptr) {
  LazyEngine engine(SharedEngine());
  std::ostringstream out;
  Status s = Extract(
      &engine, inputs, opt, out,
      [&](const std::string& e) {
        if (errors != nullptr) errors->push_back(e);
      },
      report);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out.str();
}

TEST(ShardsTest, ExtractThenLoadStoresWhatIngestStores) {
  const fs::path dir = TempDir();
  const std::vector<std::string> files = WriteArticles(dir);
  auto ingested = Open(dir / "a.db");
  IngestReport ir;
  ASSERT_TRUE(
      Ingest(SharedEngine(), ingested.get(), {(dir / "news").string()}, {}, nullptr, &ir).ok());
  EXPECT_EQ(ir.duplicates, 1u);

  ExtractOptions opt;
  opt.input = InputFormat::kText;
  for (int threads : {1, 2}) {
    opt.threads = threads;
    ExtractReport er;
    const std::string records = ExtractToString({(dir / "news").string()}, opt, &er);
    EXPECT_EQ(er.articles, std::size(kTexts));
    EXPECT_EQ(er.errors, 0u);
    Write(dir / ("records-" + std::to_string(threads) + ".jsonl"), records);
  }
  // The same lines whatever the number of threads.
  std::ifstream one(dir / "records-1.jsonl"), two(dir / "records-2.jsonl");
  std::stringstream a, b;
  a << one.rdbuf();
  b << two.rdbuf();
  EXPECT_EQ(a.str(), b.str());

  auto loaded = Open(dir / "b.db");
  IngestReport lr;
  ASSERT_TRUE(Load(loaded.get(), {(dir / "records-1.jsonl").string()}, {}, &lr).ok());
  EXPECT_EQ(lr.ingested, ir.ingested);
  EXPECT_EQ(lr.duplicates, 1u);  // the repeated text counts once, as with ingest
  ExpectSame(Read(ingested.get()), Read(loaded.get()));

  // A record seen again is stored once.
  IngestReport again;
  ASSERT_TRUE(Load(loaded.get(), {(dir / "records-2.jsonl").string()}, {}, &again).ok());
  EXPECT_EQ(again.unchanged, std::size(kTexts));
  EXPECT_EQ(again.ingested, 0u);
  ExpectSame(Read(ingested.get()), Read(loaded.get()));
}

TEST(ShardsTest, MergingShardsMakesTheDatabaseOneIngestMakes) {
  const fs::path dir = TempDir();
  const std::vector<std::string> files = WriteArticles(dir);
  auto whole = Open(dir / "whole.db");
  IngestReport ir;
  ASSERT_TRUE(Ingest(SharedEngine(), whole.get(), files, {}, nullptr, &ir).ok());
  // Consecutive shards: the first two files, then the rest.
  {
    auto s1 = Open(dir / "s1.db");
    auto s2 = Open(dir / "s2.db");
    IngestReport r1, r2;
    ASSERT_TRUE(Ingest(SharedEngine(), s1.get(), {files[0], files[1]}, {}, nullptr, &r1).ok());
    ASSERT_TRUE(
        Ingest(SharedEngine(), s2.get(), {files.begin() + 2, files.end()}, {}, nullptr, &r2).ok());
    store::Correction rename{0, "rename", "country:LTU", "Lietuva", ""};
    ASSERT_TRUE(s2->AddCorrection(&rename).ok());
    ASSERT_TRUE(whole->AddCorrection(&rename).ok());
  }
  auto merged = Open(dir / "merged.db");
  MergeReport mr;
  const std::vector<std::string> shards = {(dir / "s1.db").string(), (dir / "s2.db").string()};
  Status s = Merge(merged.get(), (dir / "merged.db").string(), shards, {}, &mr);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(mr.shards, 2u);
  EXPECT_EQ(mr.corrections, 1u);
  EXPECT_EQ(mr.documents.duplicates, 1u);  // the first shard's text, again in the second
  ExpectSame(Read(whole.get()), Read(merged.get()));

  // Merging again changes nothing; the output itself is refused as a shard.
  MergeReport again;
  ASSERT_TRUE(Merge(merged.get(), (dir / "merged.db").string(), shards, {}, &again).ok());
  EXPECT_EQ(again.documents.unchanged, std::size(kTexts));
  EXPECT_EQ(again.corrections, 0u);
  ExpectSame(Read(whole.get()), Read(merged.get()));
  s = Merge(merged.get(), (dir / "merged.db").string(), {(dir / "merged.db").string()}, {}, &again);
  EXPECT_EQ(s.message(), (dir / "merged.db").string() + ": is the database merged into");
  s = Merge(merged.get(), (dir / "merged.db").string(), {(dir / "nope.db").string()}, {}, &again);
  EXPECT_EQ(s.message(), (dir / "nope.db").string() + ": no such database");
}

TEST(ShardsTest, ABadFeedLineBecomesAnErrorRecordInItsPlace) {
  const fs::path dir = TempDir();
  Write(
      dir / "feed.jsonl",
      "{\"id\": \"a\", \"text\": \"Olaf Scholz visited Paris.\"}\n"
      "{\"text\": \"no id\"}\n"
      "{\"id\": \"c\", \"text\": \"\\u0000binary\"}\n"
      "{\"id\": \"d\", \"text\": \"Emmanuel Macron visited Berlin.\", \"date\": \"2024-11-04\"}\n");
  ExtractOptions opt;
  ExtractReport report;
  std::vector<std::string> errors;
  const std::string out = ExtractToString({(dir / "feed.jsonl").string()}, opt, &report, &errors);
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].rfind("{\"record\":\"document\",\"name\":\"a\"", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind(
                "{\"record\":\"error\",\"where\":\"" + (dir / "feed.jsonl").string() + ":2\"", 0),
            0u)
      << lines[1];
  EXPECT_EQ(lines[2].rfind("{\"record\":\"error\"", 0), 0u) << lines[2];
  EXPECT_NE(lines[3].find("\"date\":\"2024-11-04\""), std::string::npos) << lines[3];
  EXPECT_EQ(report.articles, 2u);
  EXPECT_EQ(report.errors, 2u);
  EXPECT_EQ(errors.size(), 2u);

  // Load stores the documents and reports the error records by line.
  Write(dir / "records.jsonl", out);
  auto db = Open(dir / "g.db");
  IngestReport lr;
  ASSERT_TRUE(Load(db.get(), {(dir / "records.jsonl").string()}, {}, &lr).ok());
  EXPECT_EQ(lr.ingested, 2u);
  EXPECT_EQ(lr.failed, 2u);
  ASSERT_EQ(lr.errors.size(), 2u);
  EXPECT_EQ(lr.errors[0].rfind((dir / "records.jsonl").string() + ":2: extract failed: ", 0), 0u)
      << lr.errors[0];
}

}  // namespace
}  // namespace newsgraph::pipeline

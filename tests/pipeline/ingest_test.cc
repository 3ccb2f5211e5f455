#include "pipeline/ingest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "pipeline/shared_engine.h"
#include "store/store.h"

namespace newsgraph::pipeline {
namespace {

namespace fs = std::filesystem;
using testing_util::SharedEngine;

// A fresh directory for the running test.
fs::path TempDir() {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  fs::path dir = fs::path(testing::TempDir()) /
                 (std::string("ingest_test_") + info->test_suite_name() + "_" + info->name());
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

TEST(IngestTest, CollectionFilesOfADirectoryAreSkippedAndListed) {
  const fs::path dir = TempDir();
  Write(dir / "news" / "001.txt", "Olaf Scholz met Emmanuel Macron.");
  Write(dir / "news" / "README.TXT", "About this collection.");  // not *.txt: never taken
  Write(dir / "news" / "SOURCE.txt", "Where the texts come from.");
  Write(dir / "news" / "sub" / "License.txt", "Terms.");
  Write(dir / "news" / "sources.txt", "An article about sources.");  // not a collection name
  std::vector<std::string> errors, skipped;
  std::vector<std::string> files = ExpandPaths({(dir / "news").string()}, &errors, &skipped);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(files, (std::vector<std::string>{(dir / "news" / "001.txt").string(),
                                             (dir / "news" / "sources.txt").string()}));
  std::sort(skipped.begin(), skipped.end());
  EXPECT_EQ(skipped, (std::vector<std::string>{(dir / "news" / "SOURCE.txt").string(),
                                               (dir / "news" / "sub" / "License.txt").string()}));
  // Named on its own, such a file is taken.
  files = ExpandPaths({(dir / "news" / "SOURCE.txt").string()}, &errors, &skipped);
  EXPECT_EQ(files, (std::vector<std::string>{(dir / "news" / "SOURCE.txt").string()}));
  EXPECT_TRUE(IsCollectionFile("a/readme.txt"));
  EXPECT_FALSE(IsCollectionFile("a/readmes.txt"));
}

TEST(IngestTest, DateFromNameFindsAValidDayNotInsideLongerDigits) {
  EXPECT_EQ(DateFromName("news/2024-11-04-seoul.txt"), "2024-11-04");
  EXPECT_EQ(DateFromName("seoul_2024-11-04.txt"), "2024-11-04");
  EXPECT_EQ(DateFromName("/2023-01-01/seoul.txt"), "");  // a directory's date is not the file's
  EXPECT_EQ(DateFromName("12024-11-04.txt"), "");        // inside longer digits
  EXPECT_EQ(DateFromName("2024-13-40-then-2024-02-29.txt"), "2024-02-29");  // the first real day
  EXPECT_EQ(DateFromName("2024-02-30.txt"), "");
  EXPECT_EQ(DateFromName("seoul.txt"), "");
}

TEST(IngestTest, ReadPathListSkipsBlanksAndComments) {
  const fs::path dir = TempDir();
  Write(dir / "list.txt", "# a comment\n a.txt \n\n\tdir/b.txt\r\n#c.txt\nlast.txt");
  std::vector<std::string> paths;
  ASSERT_TRUE(ReadPathList((dir / "list.txt").string(), &paths).ok());
  EXPECT_EQ(paths, (std::vector<std::string>{"a.txt", "dir/b.txt", "last.txt"}));
  Status s = ReadPathList((dir / "none.txt").string(), &paths);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("none.txt"), std::string::npos) << s.message();
}

TEST(IngestTest, FilesWithIdenticalTextCountOnce) {
  const fs::path dir = TempDir();
  const std::string text = "Kaja Kallas met Antony Blinken in Brussels.\n";
  Write(dir / "a.txt", text);
  Write(dir / "b" / "copy.txt", text);
  Write(dir / "c.txt", "Kaja Kallas met Antony Blinken on Monday.\n");
  std::unique_ptr<store::Store> store;
  ASSERT_TRUE(store::Store::Open((dir / "g.db").string(), {}, &store).ok());

  for (int threads : {1, 2}) {
    SCOPED_TRACE(threads);
    IngestOptions options;
    options.threads = threads;
    options.force = threads == 2;  // the second run stores everything again
    IngestReport report;
    Status s = Ingest(SharedEngine(), store.get(), {dir.string()}, options, nullptr, &report);
    ASSERT_TRUE(s.ok()) << s.ToString();
    EXPECT_EQ(report.ingested, 2u);
    EXPECT_EQ(report.duplicates, 1u);
    EXPECT_EQ(report.failed, 0u);
    EXPECT_EQ(report.duplicate_notes,
              std::vector<std::string>{(dir / "b" / "copy.txt").string() + ": same text as " +
                                       (dir / "a.txt").string() + ", counted once"});

    model::Graph g;
    ASSERT_TRUE(store->LoadGraph(model::GraphFilter(), &g).ok());
    ASSERT_EQ(g.edges.size(), 1u);
    EXPECT_EQ(g.edges[0].support_documents, 2);  // a.txt and c.txt
    ASSERT_EQ(g.edges[0].evidence.size(), 2u);
    EXPECT_EQ(g.edges[0].evidence[0].document, (dir / "a.txt").string());
    EXPECT_EQ(g.edges[0].evidence[1].document, (dir / "c.txt").string());
    store::StoreStats stats;
    ASSERT_TRUE(store->Stats(&stats).ok());
    EXPECT_EQ(stats.documents, 3);
  }

  // Unchanged files, the copy too, are skipped.
  IngestReport again;
  ASSERT_TRUE(Ingest(SharedEngine(), store.get(), {dir.string()}, {}, nullptr, &again).ok());
  EXPECT_EQ(again.unchanged, 3u);
  EXPECT_EQ(again.duplicates, 0u);
}

// The engine is loaded by the first document that needs processing: a run
// that finds every file unchanged never loads it, and one that cannot load
// it stops with the loader's error (not one error per file).
TEST(IngestTest, TheEngineIsLoadedOnlyWhenADocumentNeedsIt) {
  const fs::path dir = TempDir();
  Write(dir / "a.txt", "Kaja Kallas met Antony Blinken in Brussels.\n");
  Write(dir / "b.txt", "Olaf Scholz visited Paris.\n");
  std::unique_ptr<store::Store> store;
  ASSERT_TRUE(store::Store::Open((dir / "g.db").string(), {}, &store).ok());
  int loads = 0;
  std::unique_ptr<Engine> unused;
  LazyEngine lazy(
      [&loads](std::unique_ptr<Engine>* e) {
        ++loads;
        return Engine::Load({}, e);
      },
      &unused);
  IngestReport first;
  ASSERT_TRUE(Ingest(&lazy, store.get(), {dir.string()}, {}, nullptr, &first).ok());
  EXPECT_EQ(first.ingested, 2u);
  EXPECT_EQ(loads, 1);  // once, for both documents and both workers

  LazyEngine never(
      [&loads](std::unique_ptr<Engine>*) {
        ++loads;
        return Status::InvalidArgument("must not be loaded");
      },
      &unused);
  IngestReport again;
  ASSERT_TRUE(Ingest(&never, store.get(), {dir.string()}, {}, nullptr, &again).ok());
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(loads, 1);
  EXPECT_FALSE(never.loaded());

  Write(dir / "c.txt", "Emmanuel Macron met Olaf Scholz.\n");
  LazyEngine broken(
      [](std::unique_ptr<Engine>*) {
        return Status::InvalidArgument("gazetteers/x.tsv:3: expected 3 columns, got 2");
      },
      &unused);
  IngestReport third;
  Status s = Ingest(&broken, store.get(), {dir.string()}, {}, nullptr, &third);
  EXPECT_EQ(s.message(), "gazetteers/x.tsv:3: expected 3 columns, got 2");
  EXPECT_TRUE(third.errors.empty());
}

}  // namespace
}  // namespace newsgraph::pipeline

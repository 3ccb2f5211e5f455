// Store::PutDocument with documents of identical text: the text counts once.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/doc_builder.h"
#include "store/store.h"

namespace newsgraph::store {
namespace {

using testing_util::DocBuilder;
using testing_util::TempDb;

constexpr const char* kText = "Kim met Lee. Lee spoke.";

// kText (or `text`) as document `name`: Kim meets Lee in the first sentence.
DocBuilder Meeting(const std::string& name, const std::string& text = kText) {
  DocBuilder d(name, text);
  uint32_t kim = d.Entity("person:kim", "Kim", "PERSON", {"Kim"});
  uint32_t lee = d.Entity("person:lee", "Lee", "PERSON", {"Lee"});
  d.Relation("meets", kim, lee, "met", /*symmetric=*/true);
  return d;
}

class DuplicateTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = TempDb();
    Status s = Store::Open(path_, StoreOptions(), &store_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove(path_);
  }

  // Stores `d` in its own transaction; returns PutResult::duplicate_of.
  std::string Put(DocBuilder& d) {
    PutResult result;
    result.duplicate_of = "not set";
    EXPECT_TRUE(store_->Begin().ok());
    Status s = store_->PutDocument(d.record(), &result);
    EXPECT_TRUE(s.ok()) << s.ToString();
    EXPECT_TRUE(store_->Commit().ok());
    return result.duplicate_of;
  }

  // The documents of the evidence of the one edge.
  std::vector<std::string> EvidenceDocuments() {
    model::Graph g;
    EXPECT_TRUE(store_->LoadGraph(model::GraphFilter(), &g).ok());
    EXPECT_EQ(g.edges.size(), 1u);
    std::vector<std::string> names;
    for (const model::Edge& e : g.edges) {
      for (const model::Evidence& ev : e.evidence) names.push_back(ev.document);
    }
    return names;
  }

  StoreStats Stats() {
    StoreStats stats;
    EXPECT_TRUE(store_->Stats(&stats).ok());
    return stats;
  }

  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(DuplicateTest, SecondDocumentWithTheSameTextKeepsOnlyItsDocumentRow) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("copy/b.txt");
  EXPECT_EQ(Put(a), "");
  EXPECT_EQ(Put(b), "a.txt");

  StoreStats stats = Stats();
  EXPECT_EQ(stats.documents, 2);  // the path of the copy is known
  EXPECT_EQ(stats.mentions, 2);   // Kim and Lee, once
  EXPECT_EQ(stats.relation_mentions, 1);
  model::Graph g;
  ASSERT_TRUE(store_->LoadGraph(model::GraphFilter(), &g).ok());
  ASSERT_EQ(g.nodes.size(), 2u);
  EXPECT_EQ(g.nodes[0].documents, 1);
  EXPECT_EQ(g.nodes[0].mentions, 1);
  ASSERT_EQ(g.edges.size(), 1u);
  EXPECT_EQ(g.edges[0].support_documents, 1);
  EXPECT_EQ(g.edges[0].support_mentions, 1);
  EXPECT_EQ(EvidenceDocuments(), std::vector<std::string>{"a.txt"});
}

TEST_F(DuplicateTest, DuplicatesInOneTransactionAreFoundToo) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("b.txt"), c = Meeting("c.txt");
  PutResult ra, rb, rc;
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutDocument(a.record(), &ra).ok());
  ASSERT_TRUE(store_->PutDocument(b.record(), &rb).ok());
  ASSERT_TRUE(store_->PutDocument(c.record(), &rc).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(ra.duplicate_of, "");
  EXPECT_EQ(rb.duplicate_of, "a.txt");
  EXPECT_EQ(rc.duplicate_of, "a.txt");  // the document holding the rows
  EXPECT_EQ(Stats().relation_mentions, 1);
}

TEST_F(DuplicateTest, StoringADuplicateAgainKeepsItADuplicate) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("b.txt");
  Put(a);
  Put(b);
  EXPECT_EQ(Put(b), "a.txt");
  EXPECT_EQ(Put(a), "");  // the original, stored again: still the original
  EXPECT_EQ(EvidenceDocuments(), std::vector<std::string>{"a.txt"});
}

TEST_F(DuplicateTest, WhenTheOriginalChangesTheFirstDuplicateTakesItsRows) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("b.txt"), c = Meeting("c.txt");
  Put(a);
  Put(b);
  Put(c);
  DocBuilder a2 = Meeting("a.txt", "Kim met Lee again. Lee left.");
  EXPECT_EQ(Put(a2), "");
  // b now holds the old text's rows, and c is its duplicate.
  EXPECT_EQ(EvidenceDocuments(), (std::vector<std::string>{"a.txt", "b.txt"}));
  EXPECT_EQ(Stats().relation_mentions, 2);
  EXPECT_EQ(Put(c), "b.txt");
  EXPECT_EQ(Put(b), "");
  EXPECT_EQ(Stats().relation_mentions, 2);
}

TEST_F(DuplicateTest, AChangedDuplicateGetsRowsOfItsOwn) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("b.txt");
  Put(a);
  Put(b);
  DocBuilder b2 = Meeting("b.txt", "Kim met Lee in Seoul.");
  EXPECT_EQ(Put(b2), "");
  EXPECT_EQ(EvidenceDocuments(), (std::vector<std::string>{"a.txt", "b.txt"}));
}

TEST_F(DuplicateTest, ADocumentChangedToAStoredTextBecomesADuplicate) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("b.txt", "Kim met Lee in Seoul.");
  Put(a);
  Put(b);
  DocBuilder b2 = Meeting("b.txt");
  EXPECT_EQ(Put(b2), "a.txt");
  EXPECT_EQ(EvidenceDocuments(), std::vector<std::string>{"a.txt"});
  EXPECT_EQ(Stats().mentions, 2);
}

TEST_F(DuplicateTest, DocumentsWithoutAHashAreNeverDuplicates) {
  DocBuilder a = Meeting("a.txt"), b = Meeting("b.txt");
  a.record().info.hash.clear();
  b.record().info.hash.clear();
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutDocument(a.record()).ok());
  PutResult rb;
  ASSERT_TRUE(store_->PutDocument(b.record(), &rb).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(rb.duplicate_of, "");
  EXPECT_EQ(Stats().relation_mentions, 2);
}

}  // namespace
}  // namespace newsgraph::store

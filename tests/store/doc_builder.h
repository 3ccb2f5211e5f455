// Helpers for store tests: a fresh database path per test, and DocBuilder,
// which builds the record Store::PutDocument takes from a short text.
#ifndef NEWSGRAPH_TESTS_STORE_DOC_BUILDER_H_
#define NEWSGRAPH_TESTS_STORE_DOC_BUILDER_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "store/records.h"
#include "store/store.h"

namespace newsgraph::store::testing_util {

// A database path unique to the running test, without leftovers.
inline std::string TempDb(const std::string& suffix = "") {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path = ::testing::TempDir() + "store_test_" + info->test_suite_name() + "_" +
                     info->name() + suffix + ".db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(path + ext);
  }
  return path;
}

// Builds a one-document record for PutDocument: one sentence per "." in the
// text, mentions and triggers located by their surface text.
class DocBuilder {
 public:
  DocBuilder(std::string name, std::string text) {
    record_.info.name = std::move(name);
    record_.info.hash = "hash-of-" + text;
    record_.info.size = text.size();
    record_.text = std::move(text);
    const std::string& t = record_.text;
    uint32_t begin = 0;
    for (uint32_t i = 0; i < t.size(); ++i) {
      if (t[i] == '.' || i + 1 == t.size()) {
        sentences_.push_back({begin, i + 1});
        begin = i + 2 <= t.size() ? i + 2 : i + 1;  // skip the space
      }
    }
  }

  DocBuilder& Date(std::string date) {
    record_.info.date = std::move(date);
    return *this;
  }

  // Adds an entity with one mention of each surface form (the first
  // occurrence in the text); returns its index.
  uint32_t Entity(std::string key, std::string name, std::string type,
                  std::initializer_list<std::string> surfaces, bool discovered = false,
                  float confidence = 1.0f) {
    EntityRecord e;
    e.key = std::move(key);
    e.name = std::move(name);
    e.type = std::move(type);
    e.discovered = discovered;
    e.confidence = confidence;
    const uint32_t index = record_.entities.size();
    for (const std::string& s : surfaces) {
      if (s != e.name) e.aliases.push_back(s);
      MentionRecord m;
      m.entity = index;
      std::tie(m.begin, m.end) = Find(s);
      m.sentence = SentenceOf(m.begin);
      m.how = s == e.name ? "name" : "alias";
      record_.mentions.push_back(m);
    }
    record_.entities.push_back(std::move(e));
    return index;
  }

  DocBuilder& Relation(std::string type, uint32_t source, uint32_t target,
                       const std::string& trigger, bool symmetric = false,
                       std::string modality = "asserted") {
    RelationRecord r;
    r.type = std::move(type);
    r.source = source;
    r.target = target;
    r.symmetric = symmetric;
    r.modality = std::move(modality);
    std::tie(r.trigger_begin, r.trigger_end) = Find(trigger);
    r.sentence = SentenceOf(r.trigger_begin);
    std::tie(r.sentence_begin, r.sentence_end) = sentences_[r.sentence];
    r.rule = "rule:" + r.type;
    r.confidence = 0.75f;
    record_.relations.push_back(std::move(r));
    return *this;
  }

  // Gives the last relation added a CAMEO event code.
  DocBuilder& Cameo(std::string code) {
    record_.relations.back().cameo = std::move(code);
    return *this;
  }

  const DocumentInfo& info() const { return record_.info; }
  DocumentRecord& record() { return record_; }

 private:
  // Byte offsets [begin, end) of the first occurrence of `s`.
  std::pair<uint32_t, uint32_t> Find(const std::string& s) const {
    size_t pos = record_.text.find(s);
    EXPECT_NE(pos, std::string::npos) << s;
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
  }
  uint32_t SentenceOf(uint32_t offset) const {
    for (uint32_t i = 0; i < sentences_.size(); ++i) {
      if (offset < sentences_[i].second) return i;
    }
    return 0;
  }

  DocumentRecord record_;
  std::vector<std::pair<uint32_t, uint32_t>> sentences_;  // [begin, end) of each
};

}  // namespace newsgraph::store::testing_util

#endif  // NEWSGRAPH_TESTS_STORE_DOC_BUILDER_H_

// Helpers for store tests: a fresh database path per test, and DocBuilder,
// which builds the input of Store::PutDocument from a short text.
#ifndef NEWSGRAPH_TESTS_STORE_DOC_BUILDER_H_
#define NEWSGRAPH_TESTS_STORE_DOC_BUILDER_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "ner/types.h"
#include "relations/types.h"
#include "store/store.h"

namespace newsgraph::store::testing_util {

// A database path unique to the running test, without leftovers.
inline std::string TempDb(const std::string& suffix = "") {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string path = ::testing::TempDir() + "store_test_" + info->test_suite_name() +
                     "_" + info->name() + suffix + ".db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) {
    std::filesystem::remove(path + ext);
  }
  return path;
}

// Builds a one-document input for PutDocument: one sentence per "." in the
// text, mentions and triggers located by their surface text.
class DocBuilder {
 public:
  DocBuilder(std::string name, std::string text) {
    info_.name = std::move(name);
    info_.hash = "hash-of-" + text;
    info_.size = text.size();
    tagged_.doc.name = info_.name;
    tagged_.doc.text = std::move(text);
    const std::string& t = tagged_.doc.text;
    uint32_t begin = 0;
    for (uint32_t i = 0; i < t.size(); ++i) {
      if (t[i] == '.' || i + 1 == t.size()) {
        tagged_.doc.sentences.push_back({{begin, i + 1}, 0, 0});
        begin = i + 2 <= t.size() ? i + 2 : i + 1;  // skip the space
      }
    }
  }

  DocBuilder& Date(std::string date) {
    info_.date = std::move(date);
    return *this;
  }

  // Adds an entity with one mention of each surface form (the first
  // occurrence in the text); returns its index.
  uint32_t Entity(std::string key, std::string name, std::string type,
                  std::initializer_list<std::string> surfaces,
                  bool discovered = false, float confidence = 1.0f) {
    ner::DocEntity e;
    e.key = std::move(key);
    e.name = std::move(name);
    e.type = std::move(type);
    e.discovered = discovered;
    e.confidence = confidence;
    const uint32_t index = tagged_.entities.size();
    for (const std::string& s : surfaces) {
      if (s != e.name) e.aliases.push_back(s);
      ner::Mention m;
      m.span = Find(s);
      m.sentence = SentenceOf(m.span.begin);
      m.entity = index;
      m.how = s == e.name ? ner::MatchKind::kName : ner::MatchKind::kAlias;
      tagged_.mentions.push_back(m);
    }
    tagged_.entities.push_back(std::move(e));
    return index;
  }

  DocBuilder& Relation(std::string type, uint32_t source, uint32_t target,
                       const std::string& trigger, bool symmetric = false,
                       std::string modality = relations::kAsserted) {
    relations::RelationMention r;
    r.type = std::move(type);
    r.source = source;
    r.target = target;
    r.symmetric = symmetric;
    r.modality = std::move(modality);
    r.trigger = Find(trigger);
    r.sentence = SentenceOf(r.trigger.begin);
    r.sentence_span = tagged_.doc.sentences[r.sentence].span;
    r.rule = "rule:" + r.type;
    r.confidence = 0.75f;
    relations_.push_back(std::move(r));
    return *this;
  }

  // Gives the last relation added a CAMEO event code.
  DocBuilder& Cameo(std::string code) {
    relations_.back().cameo = std::move(code);
    return *this;
  }

  const DocumentInfo& info() const { return info_; }
  ner::TaggedDocument& tagged() { return tagged_; }
  std::vector<relations::RelationMention>& relations() { return relations_; }

 private:
  text::Span Find(const std::string& s) const {
    size_t pos = tagged_.doc.text.find(s);
    EXPECT_NE(pos, std::string::npos) << s;
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
  }
  uint32_t SentenceOf(uint32_t offset) const {
    const auto& sentences = tagged_.doc.sentences;
    for (uint32_t i = 0; i < sentences.size(); ++i) {
      if (offset < sentences[i].span.end) return i;
    }
    return 0;
  }

  DocumentInfo info_;
  ner::TaggedDocument tagged_;
  std::vector<relations::RelationMention> relations_;
};

}  // namespace newsgraph::store::testing_util

#endif  // NEWSGRAPH_TESTS_STORE_DOC_BUILDER_H_

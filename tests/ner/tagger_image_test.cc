// The tagger gives the same mentions over a gazetteer viewed in a mapped
// compiled image as over the same gazetteer built from its TSV files.
#include <gtest/gtest.h>
#include <unistd.h>

#include <memory>
#include <string>
#include <vector>

#include "gazetteer/image.h"
#include "ner/tagger.h"
#include "text/tokenizer.h"

namespace newsgraph::ner {
namespace {

struct Loaded {
  gazetteer::Gazetteer gaz;
  std::unique_ptr<gazetteer::Matcher> matcher, short_forms;
  std::unique_ptr<EntityTagger> tagger;
};

// Every mention and its entity, one line each.
std::vector<std::string> Describe(const EntityTagger& tagger, const std::string& text,
                                  const std::string& date) {
  text::Document d;
  d.text = text;
  d.date = date;
  text::Tokenize(&d);
  TaggedDocument t;
  tagger.Tag(std::move(d), &t);
  std::vector<std::string> out;
  for (const Mention& m : t.mentions) {
    const DocEntity& e = t.entities[m.entity];
    out.push_back(std::string(t.doc.Slice(m.span)) + " | " + e.key + " | " + e.name + " | " +
                  e.type + " | " + e.country + " | " + e.home + " | " +
                  std::to_string(static_cast<int>(m.how)) + " | " + m.rule + " | " +
                  std::to_string(m.confidence));
  }
  return out;
}

TEST(TaggerImage, MappedImageTagsAsTheTsvFilesDo) {
  std::vector<std::string> files;
  ASSERT_TRUE(gazetteer::ListSources(NEWSGRAPH_SOURCE_GAZETTEERS, {}, &files).ok());
  Lexicon lexicon;
  const std::string rules = NEWSGRAPH_SOURCE_RULES;
  ASSERT_TRUE(lexicon.Load(rules + "/lexicon.tsv").ok());
  ASSERT_TRUE(lexicon.LoadGivenNames(rules + "/given_names.tsv").ok());

  Loaded built, mapped;
  ASSERT_TRUE(
      gazetteer::BuildFromFiles(files, &built.gaz, &built.matcher, &built.short_forms).ok());
  const std::string path =
      ::testing::TempDir() + "/" + std::to_string(::getpid()) + "-tagger-image.ngz";
  ASSERT_TRUE(
      gazetteer::WriteImage(path, "key", built.gaz, *built.matcher, *built.short_forms).ok());
  Status s = gazetteer::ReadImage(path, "key", &mapped.gaz, &mapped.matcher, &mapped.short_forms);
  ASSERT_TRUE(s.ok()) << s.ToString();
  for (Loaded* l : {&built, &mapped}) {
    l->tagger =
        std::make_unique<EntityTagger>(*l->matcher, lexicon, TaggerOptions(), l->short_forms.get());
  }

  const std::vector<std::pair<std::string, std::string>> texts = {
      {"SEOUL, Nov. 4 - Foreign Minister Cho Tae-yul met the European Union's foreign policy "
       "chief. Cho said the EU and South Korea would work together. The North said nothing.",
       "2024-11-04"},
      {"The Russian president met Japan's foreign minister in Moscow; Lavrov said the talks "
       "went well and Mr Putin agreed.",
       "2019-06-01"},
      {"Washington and Beijing traded barbs at the United Nations Security Council, while the "
       "U.S. envoy met NATO officials in Brussels.",
       ""},
      {"Manchester United beat Chelsea 2-1 at Old Trafford; Liverpool drew 1-1 with Arsenal in "
       "the Premier League, the striker said after the season's first win.",
       "2010-09-01"},
      {"Angela Merkel and Gerhard Schroeder spoke in Berlin. Merkel said Germany and France "
       "would act; President Macron agreed.",
       "2017-06-01"},
  };
  size_t mentions = 0;
  for (const auto& [text, date] : texts) {
    const std::vector<std::string> want = Describe(*built.tagger, text, date);
    EXPECT_EQ(Describe(*mapped.tagger, text, date), want) << text;
    mentions += want.size();
  }
  EXPECT_GE(mentions, 20u);
}

}  // namespace
}  // namespace newsgraph::ner

#include "format/json_forms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "output/samples.h"

namespace newsgraph::format {
namespace {

std::vector<std::string> Keys(const Json& j) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  return keys;
}

TEST(OutputJsonForms, NodeFieldsInTheOrderNamed) {
  const Json j = NodeJson(
      output::samples::RedCorp(),
      {NodeField::kId, NodeField::kName, NodeField::kType, NodeField::kKey, NodeField::kDiscovered,
       NodeField::kConfidence, NodeField::kMentions, NodeField::kDocuments, NodeField::kAliases});
  EXPECT_EQ(Keys(j), (std::vector<std::string>{"id", "name", "type", "key", "discovered",
                                               "confidence", "mentions", "documents", "aliases"}));
  EXPECT_EQ(j["id"], "n2");
  EXPECT_EQ(j["name"], output::samples::kRedCorp);  // control characters kept exactly
  EXPECT_EQ(j["discovered"], true);
  EXPECT_EQ(j["confidence"], 0.5);
  EXPECT_EQ(j["mentions"], 2);
  EXPECT_TRUE(j["aliases"].is_array());
  EXPECT_EQ(Keys(NodeJson(output::samples::Borrell(), {NodeField::kKey})),
            std::vector<std::string>{"key"});
}

TEST(OutputJsonForms, AddNodeFieldsAppendsAfterTheCallersKeys) {
  Json j = NodeJson(output::samples::Borrell(), {NodeField::kId});
  j["fill"] = "#cfe2f3";
  AddNodeFields(output::samples::Borrell(), {NodeField::kAliases}, &j);
  EXPECT_EQ(JsonText(j, -1), R"({"id":"n1","fill":"#cfe2f3","aliases":["Borrell"]})");
}

TEST(OutputJsonForms, EdgeSupportNestedOrFlatAndDatesOrNull) {
  model::Edge e;
  e.id = 7;
  e.source = 1;
  e.target = 2;
  e.type = "meets";
  e.symmetric = true;
  e.modality = "asserted";
  e.support_documents = 2;
  e.support_mentions = 3;
  e.first_seen = "2024-11-04";
  EXPECT_EQ(JsonText(EdgeJson(e, {EdgeField::kId, EdgeField::kSourceId, EdgeField::kTargetId,
                                  EdgeField::kSupport, EdgeField::kSeenOrNull}),
                     -1),
            R"({"id":"e7","source":"n1","target":"n2","support":{"documents":2,"mentions":3},)"
            R"("first_seen":"2024-11-04","last_seen":null})");
  EXPECT_EQ(JsonText(EdgeJson(e, {EdgeField::kType, EdgeField::kSymmetric, EdgeField::kModality,
                                  EdgeField::kSupportCounts, EdgeField::kSeen}),
                     -1),
            R"({"type":"meets","symmetric":true,"modality":"asserted","documents":2,)"
            R"("mentions":3,"first_seen":"2024-11-04","last_seen":""})");
}

TEST(OutputJsonForms, TheEvidenceItemOfExportsAndQueries) {
  const Json j = EvidenceJson(output::samples::Meeting(), kEvidenceItem);
  EXPECT_EQ(Keys(j), (std::vector<std::string>{"document", "date", "sentence", "begin", "end",
                                               "text", "rule", "modality", "confidence"}));
  EXPECT_EQ(j["sentence"], 4);
  EXPECT_EQ(j["begin"], 100);
  EXPECT_EQ(j["text"], std::string("Borrell met\n") + output::samples::kRedCorp + ".");
  EXPECT_EQ(j["confidence"], 0.75);
}

TEST(OutputJsonForms, CameoAndDocumentFieldsOnlyWhenKnown) {
  model::Evidence ev = output::samples::Meeting();
  ev.cameo = "040";
  ev.event_date = "2024-11-03";
  ev.title = "Borrell in Seoul";
  const Json j = EvidenceJson(ev, kEvidenceItem);
  EXPECT_EQ(j["cameo"], "040");
  EXPECT_EQ(j["event_date"], "2024-11-03");
  EXPECT_EQ(j["title"], "Borrell in Seoul");
  EXPECT_FALSE(j.contains("url"));
  EXPECT_FALSE(j.contains("source"));
  EXPECT_EQ(Keys(j).back(), "title");
}

TEST(OutputJsonForms, TextAroundTheTrigger) {
  const Json j = EvidenceJson(output::samples::Meeting(), {EvidenceField::kTextAroundTrigger});
  EXPECT_EQ(j["before"], "Borrell ");
  EXPECT_EQ(j["trigger"], "met");
  EXPECT_EQ(j["after"], std::string("\n") + output::samples::kRedCorp + ".");
  model::Evidence unknown = output::samples::Meeting();
  unknown.trigger_begin = unknown.trigger_end = 0;
  const Json k = EvidenceJson(unknown, {EvidenceField::kTextAroundTrigger});
  EXPECT_EQ(k["before"], unknown.text);
  EXPECT_EQ(k["trigger"], "");
  EXPECT_EQ(k["after"], "");
}

TEST(OutputJsonForms, EvidenceArrayKeepsTheOrder) {
  model::Evidence second = output::samples::Meeting();
  second.document = "b.txt";
  const Json arr = EvidenceArray({output::samples::Meeting(), second}, {EvidenceField::kDocument});
  EXPECT_EQ(JsonText(arr, -1), R"([{"document":"a.txt"},{"document":"b.txt"}])");
  EXPECT_EQ(JsonText(EvidenceArray({}, kEvidenceItem), -1), "[]");
}

TEST(OutputJsonForms, JsonTextEscapesControlsKeepsUtf8AndReplacesInvalidUtf8) {
  Json j = {{"name", std::string(output::samples::kRedCorp) + " Škoda \xff"}};
  EXPECT_EQ(JsonText(j, -1), "{\"name\":\"Red\\u001b[31mCorp\\u0007 Škoda \xef\xbf\xbd\"}");
  EXPECT_EQ(JsonText(j), "{\n \"name\": \"Red\\u001b[31mCorp\\u0007 Škoda \xef\xbf\xbd\"\n}");
  // nlohmann::json lists keys alphabetically, Json in the order added.
  Json ordered = {{"b", 1}, {"a", 2}};
  EXPECT_EQ(JsonText(ordered, -1), R"({"b":1,"a":2})");
  EXPECT_EQ(JsonText(nlohmann::json(ordered), -1), R"({"a":2,"b":1})");
}

}  // namespace
}  // namespace newsgraph::format

#include "output/relations.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "output/samples.h"

namespace newsgraph::output {
namespace {

// Borrell meets Red Corp, as `relations --entity borrell` selects it.
query::RelationSelection Selection() {
  query::RelationSelection sel;
  sel.entity_id = 1;
  sel.entity_name = "Josep Borrell";
  sel.entity_key = "person:josep-borrell";
  query::RelationRow r;
  r.type = "meets";
  r.source = "Josep Borrell";
  r.source_type = "PERSON";
  r.target = samples::kRedCorp;
  r.target_type = "ORG";
  r.source_id = 1;
  r.target_id = 2;
  r.symmetric = true;
  r.modality = "asserted";
  r.documents = 1;
  r.evidence = {samples::Meeting()};
  r.evidence[0].cameo = "040";
  sel.rows = {r};
  return sel;
}

std::string Written(const query::RelationSelection& sel, format::Format format) {
  std::ostringstream out;
  WriteRelations(sel, format, out);
  return out.str();
}

TEST(OutputRelations, TableNamesTheEntityAndEscapesControlCharacters) {
  EXPECT_EQ(Written(Selection(), format::Format::kTable),
            "Josep Borrell (person:josep-borrell): 1 relation(s)\n"
            "meets: Josep Borrell <-> Red\\x1b[31mCorp\\x07  [asserted, 1 document]\n"
            "    a.txt #4 (asserted, meet-with, CAMEO 040): Borrell met Red\\x1b[31mCorp\\x07.\n");
}

TEST(OutputRelations, TableWithoutAnEntityHasNoHeading) {
  query::RelationSelection sel = Selection();
  sel.entity_id = 0;
  sel.entity_name.clear();
  sel.entity_key.clear();
  sel.rows[0].symmetric = false;
  sel.rows[0].documents = 2;
  sel.rows[0].evidence[0].cameo.clear();
  EXPECT_EQ(Written(sel, format::Format::kTable),
            "meets: Josep Borrell -> Red\\x1b[31mCorp\\x07  [asserted, 2 documents]\n"
            "    a.txt #4 (asserted, meet-with): Borrell met Red\\x1b[31mCorp\\x07.\n");
}

TEST(OutputRelations, JsonKeepsTextExactWithKeysInAlphabeticalOrder) {
  const std::string text = Written(Selection(), format::Format::kJson);
  ASSERT_EQ(text.back(), '\n');
  const nlohmann::json j = nlohmann::json::parse(text);
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["target"], samples::kRedCorp);
  EXPECT_EQ(j[0]["symmetric"], true);
  EXPECT_EQ(j[0]["documents"], 1);
  const nlohmann::json& ev = j[0]["evidence"][0];
  EXPECT_EQ(ev["text"], std::string("Borrell met\n") + samples::kRedCorp + ".");
  EXPECT_EQ(ev["cameo"], "040");
  EXPECT_EQ(ev["sentence"], 4);
  EXPECT_FALSE(ev.contains("begin"));  // no offsets in this output
  size_t last = 0;
  for (const char* key :
       {"\"documents\"", "\"evidence\"", "\"cameo\"", "\"confidence\"", "\"date\"", "\"document\"",
        "\"modality\"", "\"rule\"", "\"sentence\"", "\"text\"", "\"source\"", "\"source_type\"",
        "\"symmetric\"", "\"target\"", "\"target_type\"", "\"type\""}) {
    const size_t at = text.find(key);
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at, last) << key << " out of order in " << text;
    last = at;
  }
}

TEST(OutputRelations, CsvHasOneRowPerSentenceOnOneLine) {
  EXPECT_EQ(Written(Selection(), format::Format::kCsv),
            "type,source,target,modality,document,sentence,evidence_modality,rule,text\n"
            "meets,Josep Borrell,Red\x1b[31mCorp\x07,asserted,a.txt,4,asserted,meet-with,"
            "Borrell met Red\x1b[31mCorp\x07.\n");
}

}  // namespace
}  // namespace newsgraph::output

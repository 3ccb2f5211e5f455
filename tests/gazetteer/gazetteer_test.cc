#include "gazetteer/gazetteer.h"

#include <gtest/gtest.h>

#include "gazetteer/test_util.h"

namespace newsgraph::gazetteer {
namespace {

using testing_util::WriteTemp;

TEST(Gazetteer, LoadsEntriesWithEveryKindOfName) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadFile(WriteTemp("g1.tsv", testing_util::kSmallGazetteer)).ok());
  int64_t i = g.Find("country:PRK");
  ASSERT_GE(i, 0);
  const EntryView e = g.entry(static_cast<uint32_t>(i));
  EXPECT_EQ(e.name, "North Korea");
  EXPECT_EQ(e.type, "COUNTRY");
  bool demonym_plural = false, capital = false, acronym_exact = false;
  for (const NameView n : e.names) {
    if (n.text == "North Koreans" && n.kind == NameKind::kDemonym) demonym_plural = true;
    if (n.text == "Pyongyang" && n.kind == NameKind::kCapital) capital = true;
    if (n.text == "DPRK") acronym_exact = n.policy == CasePolicy::kExact;
  }
  EXPECT_TRUE(demonym_plural) << "plural demonyms are added automatically";
  EXPECT_TRUE(capital);
  EXPECT_TRUE(acronym_exact);
}

TEST(Gazetteer, MergesLinesThatShareAnId) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadFile(WriteTemp("p1.tsv", testing_util::kSmallPeople)).ok());
  const EntryView e = g.entry(static_cast<uint32_t>(g.Find("person:josep-borrell")));
  ASSERT_EQ(e.roles.size(), 2u);
  EXPECT_EQ(e.roles[0].affiliation, "org:eu");
  EXPECT_EQ(e.roles[1].title, "Foreign Minister");
}

TEST(Gazetteer, UmlautsAlsoMatchSpelledOut) {
  Gazetteer g;
  ASSERT_TRUE(g.LoadFile(WriteTemp("umlaut.tsv",
                                   "id\ttype\tname\taliases\tacronyms\tambiguous\n"
                                   "person:a\tPERSON\tJ\u00fcrgen "
                                   "M\u00f6\u00dfner\t\tM\u00d6\tJ\u00fcrgen M\u00f6\u00dfner\n"))
                  .ok());
  const EntryView e = g.entry(static_cast<uint32_t>(g.Find("person:a")));
  bool folded = false, acronym_folded = false;
  for (const NameView n : e.names) {
    if (n.text == "Juergen Moessner") folded = n.kind == NameKind::kName && n.ambiguous;
    if (n.text == "MOe") acronym_folded = true;
  }
  EXPECT_TRUE(folded) << "the spelled-out form keeps the kind and the ambiguity of its name";
  EXPECT_FALSE(acronym_folded) << "acronyms are not folded";
}

TEST(Gazetteer, MalformedLinesNameFileAndLine) {
  struct Case {
    std::string content;
    std::string expect;
  } cases[] = {
      {"id\ttype\tname\nx:1\tORG\n", ":2: expected 3 fields, got 2"},
      {"id\ttype\tname\n# comment\n\nx:1\torg\tName\n", ":4: bad type 'org'"},
      {"id\ttype\tname\nnocolon\tORG\tName\n", ":2: bad id 'nocolon'"},
      {"id\ttype\tname\nx:1\tORG\t\n", ":2: empty name"},
      {"id\ttype\tname\tstart\nx:1\tPERSON\tA B\t2020-13\n", ":2: bad start date '2020-13'"},
      {"id\ttype\tname\tstart\nx:1\tPERSON\tA B\t2023-02-29\n", ":2: bad start date '2023-02-29'"},
      {"id\ttype\tname\tacronyms\nx:1\tORG\tUnited Nations\tU.N.\n", ":2: acronym 'U.N.' has dots"},
      {"id\ttype\tname\tambiguous\nx:1\tORG\tName\tOther\n", ":2: ambiguous name 'Other'"},
      {"id\ttype\tname\nx:1\tORG\tA\nx:1\tPERSON\tA\n", ":3: id x:1 has type PERSON"},
      {"type\tname\nORG\tA\n", ":1: header lacks the required column 'id'"},
      {"id\ttype\tname\tcase\nx:1\tORG\tA\tshouty\n", ":2: bad case 'shouty'"},
  };
  int n = 0;
  for (const Case& c : cases) {
    std::string path = WriteTemp("bad" + std::to_string(n++) + ".tsv", c.content);
    Gazetteer g;
    Status s = g.LoadFile(path);
    ASSERT_FALSE(s.ok()) << c.content;
    EXPECT_TRUE(s.IsInvalidArgument());
    EXPECT_NE(s.message().find(path + c.expect), std::string::npos) << s.message();
  }
}

TEST(Gazetteer, InvalidUtf8InAFileIsReportedWithItsLine) {
  std::string path = WriteTemp("badutf.tsv", "id\ttype\tname\nx:1\tORG\tCaf\xe9\n");
  Gazetteer g;
  Status s = g.LoadFile(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ":2: invalid UTF-8"), std::string::npos) << s.message();
}

TEST(Gazetteer, MissingFilesAndDirectories) {
  Gazetteer g;
  EXPECT_TRUE(g.LoadFile("/nonexistent/x.tsv").IsIOError());
  EXPECT_FALSE(g.LoadDirectory("/nonexistent-dir").ok());
}

TEST(Gazetteer, AutoCasePolicy) {
  EXPECT_EQ(AutoCasePolicy("US"), CasePolicy::kExact);
  EXPECT_EQ(AutoCasePolicy("NATO"), CasePolicy::kExact);
  EXPECT_EQ(AutoCasePolicy("U.S."), CasePolicy::kExact);
  EXPECT_EQ(AutoCasePolicy("Nato"), CasePolicy::kTitle);
  EXPECT_EQ(AutoCasePolicy("European Union"), CasePolicy::kTitle);
  EXPECT_EQ(AutoCasePolicy("ABCDEFGH"), CasePolicy::kTitle);
}

TEST(Gazetteer, ShippedGazettersLoadAndAreBroad) {
  Gazetteer g;
  Status s = g.LoadDirectory(NEWSGRAPH_SOURCE_GAZETTEERS);
  ASSERT_TRUE(s.ok()) << s.ToString();
  size_t people = 0, countries = 0, orgs = 0;
  for (uint32_t i = 0; i < g.size(); ++i) {
    const EntryView e = g.entry(i);
    people += e.type == "PERSON";
    countries += e.type == "COUNTRY";
    orgs += e.type == "ORG";
  }
  EXPECT_GE(countries, 249u) << "every ISO 3166-1 country";
  EXPECT_GE(people, 1000u);
  EXPECT_GE(orgs, 300u);
  // Every person's affiliation is a known entry.
  for (uint32_t i = 0; i < g.size(); ++i) {
    const EntryView e = g.entry(i);
    for (const RoleView r : e.roles) {
      if (!r.affiliation.empty()) {
        EXPECT_GE(g.Find(r.affiliation), 0)
            << e.id << " -> " << r.affiliation << " (" << e.source << ")";
      }
    }
  }
}

}  // namespace
}  // namespace newsgraph::gazetteer

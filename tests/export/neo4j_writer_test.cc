#include "export/neo4j_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/csv.h"

namespace newsgraph::exporter {
namespace {

using Table = std::vector<std::vector<std::string>>;

const char kHostileName[] = "Ev\"il \\ {Name} <b>&amp;</b>\nSecond line 'quoted' Ωμέγα Škoda";

// A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled)
// and line breaks; records end with LF or CRLF. Fails the test on input no
// RFC 4180 writer would produce.
Table ParseCsv(const std::string& csv) {
  Table rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  bool at_field_start = true;
  auto end_field = [&] {
    row.push_back(field);
    field.clear();
    at_field_start = true;
  };
  while (i < csv.size()) {
    char c = csv[i];
    if (at_field_start && c == '"') {
      ++i;
      while (true) {
        EXPECT_LT(i, csv.size()) << "unterminated quoted field";
        if (i >= csv.size()) return rows;
        if (csv[i] == '"') {
          if (i + 1 < csv.size() && csv[i + 1] == '"') {
            field.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field.push_back(csv[i++]);
      }
      EXPECT_TRUE(i == csv.size() || csv[i] == ',' || csv[i] == '\n' || csv[i] == '\r')
          << "text after a closing quote at byte " << i;
      at_field_start = false;
      continue;
    }
    at_field_start = false;
    if (c == ',') {
      end_field();
      ++i;
    } else if (c == '\n' || c == '\r') {
      end_field();
      rows.push_back(row);
      row.clear();
      i += (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ? 2 : 1;
    } else {
      EXPECT_NE(c, '"') << "quote inside an unquoted field at byte " << i;
      field.push_back(c);
      ++i;
    }
  }
  if (!row.empty() || !field.empty()) {
    end_field();
    rows.push_back(row);
  }
  return rows;
}

model::Graph SmallGraph() {
  model::Graph g;
  model::Node borrell;
  borrell.id = 1;
  borrell.key = "person:josep-borrell";
  borrell.name = "Josep Borrell";
  borrell.type = "PERSON";
  borrell.aliases = {"Borrell", "Josep Borrell Fontelles"};
  borrell.mentions = 12;
  borrell.documents = 3;
  model::Node korea;
  korea.id = 5;
  korea.key = "country:KOR";
  korea.name = "Korea, Republic of";
  korea.type = "COUNTRY";
  korea.discovered = true;
  korea.aliases = {"ROK;South Korea"};
  model::Node eu;
  eu.id = 6;
  eu.name = "EU";
  eu.type = "ORG";
  model::Node art;
  art.id = 7;
  art.name = "Guernica";
  art.type = "WORK_OF_ART";
  g.nodes = {borrell, korea, eu, art};
  model::Edge meets;
  meets.id = 1;
  meets.source = 1;
  meets.target = 5;
  meets.type = "meets";
  meets.symmetric = true;
  meets.modality = "asserted";
  meets.support_documents = 2;
  meets.support_mentions = 3;
  meets.evidence = {
      {"a.txt", "", 0, 0, 40, "On Monday, Borrell said \"yes\".", "r", "asserted", 1}};
  model::Edge signs;
  signs.id = 2;
  signs.source = 6;
  signs.target = 5;
  signs.type = "signs_agreement";
  signs.modality = "planned";
  g.edges = {meets, signs};
  return g;
}

Table Nodes(const model::Graph& g) {
  std::ostringstream out;
  WriteNeo4jNodes(g, out);
  return ParseCsv(out.str());
}

Table Edges(const model::Graph& g) {
  std::ostringstream out;
  WriteNeo4jEdges(g, out);
  return ParseCsv(out.str());
}

// --- CSV helper -------------------------------------------------------------

TEST(CsvTest, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField(""), "");
  EXPECT_EQ(CsvField("Ωμέγα"), "Ωμέγα");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\r"), "\"cr\r\"");
  EXPECT_EQ(CsvField(" leading"), "\" leading\"");
  EXPECT_EQ(CsvField("trailing "), "\"trailing \"");
  EXPECT_EQ(CsvField("in side"), "in side");
}

TEST(CsvTest, TableRoundTripsThroughAnRfc4180Reader) {
  std::vector<std::string> header = {"name", "note", "count"};
  Table rows = {{kHostileName, "a,b", "1"}, {"", " padded ", "\"\""}, {"x\r\ny", "", "3"}};
  std::ostringstream out;
  WriteCsvTable(header, rows, out);
  Table parsed = ParseCsv(out.str());
  ASSERT_EQ(parsed.size(), 4u);
  EXPECT_EQ(parsed[0], header);
  EXPECT_EQ(parsed[1], rows[0]);
  EXPECT_EQ(parsed[2], rows[1]);
  EXPECT_EQ(parsed[3], rows[2]);
  EXPECT_EQ(out.str().substr(0, 17), "name,note,count\n\"");
}

// --- Neo4j nodes --------------------------------------------------------------

TEST(Neo4jWriterTest, NodeHeaderIsTheImportLayout) {
  std::ostringstream out;
  WriteNeo4jNodes(model::Graph(), out);
  EXPECT_EQ(out.str(),
            "id:ID,name,type,key,discovered:boolean,mentions:long,documents:long,"
            "aliases:string[],:LABEL\n");
}

TEST(Neo4jWriterTest, NodeRowsCarryEveryField) {
  Table t = Nodes(SmallGraph());
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1], std::vector<std::string>({"n1", "Josep Borrell", "PERSON", "person:josep-borrell",
                                            "false", "12", "3", "Borrell;Josep Borrell Fontelles",
                                            "Entity;Person"}));
  EXPECT_EQ(t[2][1], "Korea, Republic of");  // quoted, comma kept
  EXPECT_EQ(t[2][4], "true");
  EXPECT_EQ(t[2][7], "ROK,South Korea");  // ';' would split the array
  EXPECT_EQ(t[2][8], "Entity;Country");
  EXPECT_EQ(t[3][8], "Entity;Org");
  EXPECT_EQ(t[4][8], "Entity;WorkOfArt");
}

TEST(Neo4jWriterTest, LabelsAndTypesAreIdentifiers) {
  EXPECT_EQ(Neo4jLabels("PERSON"), "Entity;Person");
  EXPECT_EQ(Neo4jLabels("ORG"), "Entity;Org");
  EXPECT_EQ(Neo4jLabels(""), "Entity");
  EXPECT_EQ(Neo4jLabels("a;b,c"), "Entity;ABC");
  EXPECT_EQ(Neo4jRelationshipType("meets"), "MEETS");
  EXPECT_EQ(Neo4jRelationshipType("signs_agreement"), "SIGNS_AGREEMENT");
  EXPECT_EQ(Neo4jRelationshipType("odd type;x"), "ODD_TYPE_X");
  EXPECT_EQ(Neo4jRelationshipType(""), "RELATED_TO");
}

// --- Neo4j edges --------------------------------------------------------------

TEST(Neo4jWriterTest, EdgeHeaderIsTheImportLayout) {
  std::ostringstream out;
  WriteNeo4jEdges(model::Graph(), out);
  EXPECT_EQ(out.str(),
            ":START_ID,:END_ID,:TYPE,modality,support_documents:long,support_mentions:long,"
            "symmetric:boolean,first_seen:date,last_seen:date,documents:string[],evidence\n");
}

TEST(Neo4jWriterTest, EdgeRowsCarryEveryField) {
  model::Graph g = SmallGraph();
  g.edges[0].first_seen = "2024-11-04";
  g.edges[0].last_seen = "2024-11-06";
  Table t = Edges(g);
  ASSERT_EQ(t.size(), 3u);
  std::string documents;  // each evidence document once, ';' between
  for (const model::Evidence& ev : g.edges[0].evidence) {
    if (documents.find(ev.document) == std::string::npos) {
      documents += (documents.empty() ? "" : ";") + ev.document;
    }
  }
  EXPECT_EQ(t[1], std::vector<std::string>({"n1", "n5", "MEETS", "asserted", "2", "3", "true",
                                            "2024-11-04", "2024-11-06", documents,
                                            "On Monday, Borrell said \"yes\"."}));
  EXPECT_EQ(t[2], std::vector<std::string>({"n6", "n5", "SIGNS_AGREEMENT", "planned", "0", "0",
                                            "false", "", "", "", ""}));
}

TEST(Neo4jWriterTest, HostileNameIsQuotedAndOneLine) {
  model::Graph g = SmallGraph();
  g.nodes[0].name = kHostileName;
  g.nodes[0].aliases = {kHostileName};
  g.edges[0].evidence[0].text = std::string(kHostileName) + "\r\n";
  // Dates from a forged database (export_fuzzer found these passed through raw).
  g.edges[0].first_seen = "2024-11-04\n\"";
  g.edges[0].last_seen = "\r";
  std::ostringstream nodes, edges;
  WriteNeo4jNodes(g, nodes);
  WriteNeo4jEdges(g, edges);
  const std::string node_csv = nodes.str(), edge_csv = edges.str();
  // One record per line: the import needs no --multiline-fields.
  EXPECT_EQ(std::count(node_csv.begin(), node_csv.end(), '\n'), 5);
  EXPECT_EQ(std::count(edge_csv.begin(), edge_csv.end(), '\n'), 3);
  std::string one_line = kHostileName;
  std::replace(one_line.begin(), one_line.end(), '\n', ' ');
  Table n = ParseCsv(node_csv);
  ASSERT_EQ(n.size(), 5u);
  ASSERT_EQ(n[1].size(), 9u);
  EXPECT_EQ(n[1][1], one_line);
  std::string alias = one_line;  // "&amp;" holds the array delimiter
  std::replace(alias.begin(), alias.end(), ';', ',');
  EXPECT_EQ(n[1][7], alias);
  Table e = ParseCsv(edge_csv);
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[1][10], one_line + "  ");
  EXPECT_EQ(e[1][7], "2024-11-04 \"");
  EXPECT_EQ(e[1][8], " ");
}

TEST(Neo4jWriterTest, WritesBothFilesIntoADirectory) {
  namespace fs = std::filesystem;
  fs::path dir =
      fs::path(testing::TempDir()) / ("neo4j_writer_test_" + std::to_string(getpid())) / "import";
  fs::remove_all(dir.parent_path());
  model::Graph g = SmallGraph();
  Status s = WriteNeo4jFiles(g, dir.string());
  ASSERT_TRUE(s.ok()) << s.ToString();
  auto read = [](const fs::path& p) {
    std::ostringstream text;
    text << std::ifstream(p, std::ios::binary).rdbuf();
    return text.str();
  };
  std::ostringstream nodes, edges;
  WriteNeo4jNodes(g, nodes);
  WriteNeo4jEdges(g, edges);
  EXPECT_EQ(read(dir / "nodes.csv"), nodes.str());
  EXPECT_EQ(read(dir / "relationships.csv"), edges.str());

  // A directory that cannot be created (its parent is a file) is an IOError.
  std::ofstream(dir / "file") << "x";
  s = WriteNeo4jFiles(g, (dir / "file" / "sub").string());
  EXPECT_TRUE(s.IsIOError()) << s.ToString();
  fs::remove_all(dir.parent_path());
}

}  // namespace
}  // namespace newsgraph::exporter

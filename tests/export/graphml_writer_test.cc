#include "export/graphml_writer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace newsgraph::exporter {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const char kHostileName[] = "Ev\"il \\ {Name} <b>&amp;</b>\nSecond line 'quoted' Ωμέγα Škoda";

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
  korea.name = "South Korea";
  korea.type = "COUNTRY";
  korea.discovered = true;
  g.nodes = {borrell, korea};
  model::Edge visits;
  visits.id = 8;
  visits.source = 1;
  visits.target = 5;
  visits.type = "visits";
  visits.modality = "planned";
  visits.support_documents = 2;
  visits.support_mentions = 3;
  visits.evidence = {{"a.txt", "", 0, 0, 30, "Borrell will visit Seoul.", "r", "planned", 1.0},
                     {"b.txt", "", 0, 0, 30, "A second sentence.", "r", "planned", 1.0}};
  g.edges = {visits};
  return g;
}

std::string GraphMl(const model::Graph& g) {
  std::ostringstream out;
  WriteGraphMl(g, out);
  return out.str();
}

int RunCommand(const std::string& command, std::string* out) {
  out->clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) out->append(buf, n);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool HavePython() {
  std::string ignored;
  return RunCommand("python3 -c '' 2>/dev/null", &ignored) == 0;
}

// `content` in a file unique to the running test, removed on destruction.
class TempFile {
 public:
  explicit TempFile(const std::string& content) {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::path(testing::TempDir()) /
            ("graphml_writer_test_" + std::to_string(getpid()) + "_" + info->name() + ".graphml");
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

// Parses `xml` with Python's XML parser; returns every <data> element's text
// as {"<node or edge id>/<key>": text}, or null when it is not well-formed.
json ParseWithPython(const std::string& xml) {
  TempFile file(xml);
  std::string out;
  int rc = RunCommand(
      "python3 -c 'import sys, json, xml.dom.minidom as m; "
      "d = m.parse(sys.argv[1]); "
      "print(json.dumps({x.parentNode.getAttribute(\"id\") + \"/\" + x.getAttribute(\"key\"): "
      "\"\".join(c.data for c in x.childNodes) for x in d.getElementsByTagName(\"data\")}))' '" +
          file.str() + "' 2>/dev/null",
      &out);
  return rc == 0 ? json::parse(out) : json();
}

TEST(GraphMlWriterTest, DeclaresEveryAttribute) {
  std::string xml = GraphMl(SmallGraph());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", 0), 0u);
  for (
      const char* decl : {
          R"(<key id="label" for="node" attr.name="label" attr.type="string"/>)",
          R"(<key id="name" for="node" attr.name="name" attr.type="string"/>)",
          R"(<key id="type" for="node" attr.name="type" attr.type="string"/>)",
          R"(<key id="key" for="node" attr.name="key" attr.type="string"/>)",
          R"(<key id="discovered" for="node" attr.name="discovered" attr.type="boolean"/>)",
          R"(<key id="mentions" for="node" attr.name="mentions" attr.type="long"/>)",
          R"(<key id="documents" for="node" attr.name="documents" attr.type="long"/>)",
          R"(<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>)",
          R"(<key id="edge_type" for="edge" attr.name="type" attr.type="string"/>)",
          R"(<key id="modality" for="edge" attr.name="modality" attr.type="string"/>)",
          R"(<key id="support_documents" for="edge" attr.name="support_documents" attr.type="long"/>)",
          R"(<key id="support_mentions" for="edge" attr.name="support_mentions" attr.type="long"/>)",
          R"(<key id="symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>)",
          R"(<key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>)",
      }) {
    EXPECT_NE(xml.find(decl), std::string::npos) << decl;
  }
  EXPECT_NE(xml.find(R"(<graph id="newsgraph" edgedefault="directed">)"), std::string::npos);
}

TEST(GraphMlWriterTest, WritesNodesAndEdgesWithTheirData) {
  std::string xml = GraphMl(SmallGraph());
  EXPECT_NE(xml.find(R"(<node id="n1">)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<edge id="e8" source="n1" target="n5">)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="label">Josep Borrell</data>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="aliases">Borrell|Josep Borrell Fontelles</data>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="mentions">12</data>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="discovered">true</data>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="edge_type">visits</data>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="support_mentions">3</data>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<data key="symmetric">false</data>)"), std::string::npos);
  // Only the first evidence sentence.
  EXPECT_NE(xml.find(R"(<data key="evidence">Borrell will visit Seoul.</data>)"),
            std::string::npos);
  EXPECT_EQ(xml.find("A second sentence."), std::string::npos);
}

TEST(GraphMlWriterTest, XmlEscapeHandlesMarkupAndForbiddenCharacters) {
  EXPECT_EQ(XmlEscape("a&b<c>\"d'"), "a&amp;b&lt;c&gt;&quot;d&apos;");
  EXPECT_EQ(XmlEscape("tab\tline\nend"), "tab\tline\nend");
  EXPECT_EQ(XmlEscape("cr\r"), "cr&#13;");
  EXPECT_EQ(XmlEscape(std::string("nul\0bell\x07"
                                  "esc\x1b",
                                  13)),
            "nulbellesc");
  EXPECT_EQ(XmlEscape("\xEF\xBF\xBE"
                      "x"),
            "x");  // U+FFFE is not an XML character
  EXPECT_EQ(XmlEscape("Ωμέγα"), "Ωμέγα");
  EXPECT_EQ(XmlEscape("bad\xC3"), "bad\uFFFD");
}

TEST(GraphMlWriterTest, HostileNameStaysWellFormedAndRoundTrips) {
  model::Graph g = SmallGraph();
  g.nodes[0].name = kHostileName;
  g.nodes[0].key = "key with \x01 control and \r return";
  g.edges[0].evidence[0].text = kHostileName;
  std::string xml = GraphMl(g);
  EXPECT_NE(xml.find("Ev&quot;il \\ {Name} &lt;b&gt;&amp;amp;&lt;/b&gt;\nSecond line "
                     "&apos;quoted&apos; Ωμέγα Škoda"),
            std::string::npos);
  if (!HavePython()) GTEST_SKIP() << "python3 is not installed: XML parse check skipped";
  json data = ParseWithPython(xml);
  ASSERT_FALSE(data.is_null()) << "not well-formed XML:\n" << xml;
  EXPECT_EQ(data["n1/name"], kHostileName);
  EXPECT_EQ(data["n1/label"], kHostileName);
  EXPECT_EQ(data["n1/key"], "key with  control and \r return");  // control char dropped
  EXPECT_EQ(data["e8/evidence"], kHostileName);
}

TEST(GraphMlWriterTest, MinidomAcceptsTheFile) {
  if (!HavePython()) GTEST_SKIP() << "python3 is not installed";
  model::Graph g = SmallGraph();
  g.nodes[1].name = "all\x01\x02\x0b\x0c\x1f bad \xFF";
  TempFile file(GraphMl(g));
  std::string out;
  EXPECT_EQ(
      RunCommand("python3 -c \"import sys,xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])\" '" +
                     file.str() + "' 2>&1",
                 &out),
      0)
      << out;
}

TEST(GraphMlWriterTest, EmptyGraphIsWellFormed) {
  std::string xml = GraphMl(model::Graph());
  EXPECT_NE(xml.find("<graph id=\"newsgraph\" edgedefault=\"directed\">\n  </graph>\n</graphml>\n"),
            std::string::npos);
}

}  // namespace
}  // namespace newsgraph::exporter

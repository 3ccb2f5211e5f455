// RenderWithGraphviz (export --format svg|png) and WriteNeo4jFiles (export
// --format neo4j -o DIR).
#include "export/graphviz.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/dot_writer.h"
#include "export/neo4j_writer.h"

namespace newsgraph::exporter {
namespace {

namespace fs = std::filesystem;

const char kHostileName[] = "Ev\"il \\ {Name} <b>&amp;</b>\nSecond line 'quoted' Ωμέγα Škoda";

model::Graph Graph() {
  model::Graph g;
  const char* names[] = {"Josep Borrell", "Cho Tae-yul", kHostileName, "Zürich <Canton>"};
  for (int64_t i = 0; i < 4; ++i) {
    model::Node n;
    n.id = i + 1;
    n.key = "k" + std::to_string(i);
    n.name = names[i];
    n.type = i == 3 ? "CITY" : "PERSON";
    g.nodes.push_back(n);
  }
  model::Edge e;
  e.id = 1;
  e.source = 1;
  e.target = 2;
  e.type = "meets";
  e.symmetric = true;
  e.modality = "planned";
  e.support_documents = e.support_mentions = 1;
  e.evidence.push_back(
      {"a.txt", "", 3, 0, 10, "Borrell \"will\" meet Cho,\nsoon.", "r", "planned", 1.0});
  g.edges.push_back(e);
  return g;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Sets PATH for the life of the object.
class ScopedPath {
 public:
  explicit ScopedPath(const std::string& value) {
    const char* old = std::getenv("PATH");
    had_ = old != nullptr;
    if (had_) old_ = old;
    setenv("PATH", value.c_str(), 1);
  }
  ~ScopedPath() {
    if (had_) {
      setenv("PATH", old_.c_str(), 1);
    } else {
      unsetenv("PATH");
    }
  }

 private:
  bool had_ = false;
  std::string old_;
};

TEST(GraphvizTest, FindOnPathLooksThroughEveryDirectory) {
  ScopedPath path("/nonexistent:/bin:/usr/bin");
  EXPECT_NE(FindOnPath("sh"), "");
  EXPECT_EQ(FindOnPath("no-such-program-newsgraph"), "");
}

TEST(GraphvizTest, MissingGraphvizSaysHowToInstallIt) {
  const std::string empty = testing::TempDir() + "graphviz_test_empty_path";
  fs::create_directories(empty);
  ScopedPath path(empty);
  std::string out;
  Status s = RenderWithGraphviz("digraph {}", "svg", &out);
  EXPECT_TRUE(s.IsNotFound());
  EXPECT_EQ(s.message(), "graphviz is not installed: apt-get install graphviz");
}

TEST(GraphvizTest, FormatMustBeAPlainWord) {
  std::string out;
  EXPECT_TRUE(RenderWithGraphviz("digraph {}", "svg -o /tmp/x", &out).IsInvalidArgument());
  EXPECT_TRUE(RenderWithGraphviz("digraph {}", "", &out).IsInvalidArgument());
}

TEST(GraphvizTest, SvgContainsEveryNodeNameEscaped) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  std::ostringstream dot;
  WriteDot(Graph(), {}, dot);
  std::string svg;
  Status s = RenderWithGraphviz(dot.str(), "svg", &svg);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find(">Josep Borrell</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Cho Tae&#45;yul</text>"), std::string::npos);  // Graphviz escapes '-'
  EXPECT_NE(svg.find(">Zürich &lt;Canton&gt;</text>"), std::string::npos);
  // The hostile name's two lines, XML-escaped.
  EXPECT_NE(svg.find(">Ev&quot;il \\ {Name} &lt;b&gt;&amp;amp;&lt;/b&gt;</text>"),
            std::string::npos);
  EXPECT_NE(svg.find(">Second line &#39;quoted&#39; Ωμέγα Škoda</text>"), std::string::npos);
}

TEST(GraphvizTest, PngIsAPng) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  std::ostringstream dot;
  WriteDot(Graph(), {}, dot);
  std::string png;
  ASSERT_TRUE(RenderWithGraphviz(dot.str(), "png", &png).ok());
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST(GraphvizTest, BrokenDotIsAnErrorNotACrash) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  std::string out;
  Status s = RenderWithGraphviz("digraph { this is not dot", "svg", &out);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("failed"), std::string::npos) << s.message();
}

TEST(Neo4jFilesTest, WritesBothFilesIntoANewDirectory) {
  const std::string dir = testing::TempDir() + "neo4j_files_test/sub";
  fs::remove_all(testing::TempDir() + "neo4j_files_test");
  ASSERT_TRUE(WriteNeo4jFiles(Graph(), dir).ok());
  std::string nodes = ReadFile(dir + "/nodes.csv");
  std::string rels = ReadFile(dir + "/relationships.csv");
  EXPECT_EQ(nodes.substr(0, nodes.find('\n')),
            "id:ID,name,type,key,discovered:boolean,mentions:long,documents:long,"
            "aliases:string[],:LABEL");
  // The hostile name: quoted, quotes doubled, newline flattened: one record per line.
  EXPECT_NE(nodes.find("n3,\"Ev\"\"il \\ {Name} <b>&amp;</b> Second line 'quoted' Ωμέγα "
                       "Škoda\",PERSON,k2,"),
            std::string::npos)
      << nodes;
  EXPECT_EQ(std::count(nodes.begin(), nodes.end(), '\n'), 5);
  EXPECT_NE(rels.find("n1,n2,MEETS,planned,1,1,true,,,a.txt,\"Borrell \"\"will\"\" meet Cho, soon.\"\n"),
            std::string::npos)
      << rels;
  EXPECT_TRUE(WriteNeo4jFiles(Graph(), "/proc/newsgraph-cannot-write-here").IsIOError());
}

}  // namespace
}  // namespace newsgraph::exporter

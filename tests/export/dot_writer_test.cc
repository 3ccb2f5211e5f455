#include "export/dot_writer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace newsgraph::exporter {
namespace {

namespace fs = std::filesystem;

const char kHostileName[] = "Ev\"il \\ {Name} <b>&amp;</b>\nSecond line 'quoted' Ωμέγα Škoda";

model::Node MakeNode(int64_t id, std::string name, std::string type, int64_t mentions = 1) {
  model::Node n;
  n.id = id;
  n.name = std::move(name);
  n.type = std::move(type);
  n.mentions = mentions;
  return n;
}

model::Edge MakeEdge(int64_t id, int64_t source, int64_t target, std::string type,
                     std::string modality = "asserted", int64_t documents = 1) {
  model::Edge e;
  e.id = id;
  e.source = source;
  e.target = target;
  e.type = std::move(type);
  e.modality = std::move(modality);
  e.support_documents = documents;
  e.support_mentions = documents;
  return e;
}

// One node of each styled type, one edge of each modality.
model::Graph SmallGraph() {
  model::Graph g;
  g.nodes = {MakeNode(1, "Josep Borrell", "PERSON", 12), MakeNode(2, "South Korea", "COUNTRY"),
             MakeNode(3, "European Union", "ORG"), MakeNode(4, "Busan", "CITY"),
             MakeNode(5, "Cho Tae-yul", "PERSON")};
  g.nodes[4].discovered = true;
  g.edges = {MakeEdge(1, 1, 5, "meets", "asserted", 8), MakeEdge(2, 1, 2, "visits", "planned"),
             MakeEdge(3, 3, 2, "signs_agreement", "hypothetical"),
             MakeEdge(4, 2, 1, "condemns", "negated")};
  g.edges[0].symmetric = true;
  g.edges[2].symmetric = true;
  g.edges[0].evidence = {{"a.txt", "", 0, 0, 20, "Borrell met Cho.", "r", "asserted", 1.0}};
  return g;
}

std::string Dot(const model::Graph& g, const DotOptions& opt = {}) {
  std::ostringstream out;
  WriteDot(g, opt, out);
  return out.str();
}

// The statement line that starts with `prefix` (after indentation), or "".
std::string LineStartingWith(const std::string& dot, const std::string& prefix) {
  std::istringstream in(dot);
  std::string line;
  while (std::getline(in, line)) {
    size_t start = line.find_first_not_of(' ');
    if (start != std::string::npos && line.compare(start, prefix.size(), prefix) == 0) return line;
  }
  return "";
}

// Checks the DOT lexical rules we rely on: every string is closed on the line
// it opens, holds no raw line break, and every " inside it is escaped.
void ExpectWellQuoted(const std::string& dot) {
  bool in_string = false;
  for (size_t i = 0; i < dot.size(); ++i) {
    char c = dot[i];
    if (in_string) {
      ASSERT_NE(c, '\n') << "raw line break inside a string at byte " << i;
      if (c == '\\') {
        ++i;
        ASSERT_LT(i, dot.size());
        ASSERT_NE(dot[i], '\n') << "backslash-newline continuation at byte " << i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    }
  }
  EXPECT_FALSE(in_string) << "unterminated string";
}

// Decodes a DOT string as GraphViz shows it in a label: \" -> ", \\ -> \,
// \n -> line break, &amp; -> &.
std::string ShownText(const std::string& quoted) {
  std::string text;
  for (size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\') {
      ++i;
      text.push_back(quoted[i] == 'n' ? '\n' : quoted[i]);
    } else if (quoted.compare(i, 5, "&amp;") == 0) {
      text.push_back('&');
      i += 4;
    } else {
      text.push_back(quoted[i]);
    }
  }
  return text;
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

// A file name unique to the running test; the file is removed on destruction.
class ScopedFile {
 public:
  explicit ScopedFile(const std::string& name) {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::path(testing::TempDir()) /
            ("dot_writer_test_" + std::to_string(getpid()) + "_" + info->name() + "_" + name);
  }
  ~ScopedFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(DotWriterTest, IsAStyledDigraph) {
  std::string dot = Dot(SmallGraph());
  EXPECT_EQ(dot.rfind("digraph newsgraph {\n", 0), 0u);
  EXPECT_EQ(dot.substr(dot.size() - 2), "}\n");
  std::string graph = LineStartingWith(dot, "graph [");
  EXPECT_NE(graph.find("charset=\"UTF-8\""), std::string::npos);
  EXPECT_NE(graph.find("layout=\"dot\""), std::string::npos);  // 5 nodes
  EXPECT_NE(graph.find("rankdir=LR"), std::string::npos);
  EXPECT_NE(graph.find("outputorder=edgesfirst"), std::string::npos);
  EXPECT_NE(graph.find("fontname=\"Helvetica\""), std::string::npos);
  EXPECT_EQ(graph.find("size="), std::string::npos);  // small: drawn at its natural size
  ExpectWellQuoted(dot);
}

// `n` entities, entity i meeting entity i + 1.
model::Graph Chain(int n) {
  model::Graph g;
  for (int i = 1; i <= n; ++i) g.nodes.push_back(MakeNode(i, "E" + std::to_string(i), "PERSON"));
  for (int i = 1; i < n; ++i) g.edges.push_back(MakeEdge(i, i, i + 1, "meets"));
  return g;
}

TEST(DotWriterTest, DefaultLayoutIsDotUpTo40NodesThenSfdp) {
  EXPECT_EQ(DefaultLayout(model::Graph()), "dot");
  EXPECT_EQ(DefaultLayout(Chain(40)), "dot");
  EXPECT_EQ(DefaultLayout(Chain(41)), "sfdp");
  EXPECT_NE(LineStartingWith(Dot(Chain(40)), "graph [").find("layout=\"dot\""), std::string::npos);

  std::string graph = LineStartingWith(Dot(Chain(41)), "graph [");
  EXPECT_NE(graph.find("layout=\"sfdp\""), std::string::npos) << graph;
  EXPECT_NE(graph.find("overlap=prism"), std::string::npos) << graph;
  EXPECT_NE(graph.find("splines=line"), std::string::npos) << graph;
  EXPECT_NE(graph.find("outputorder=edgesfirst"), std::string::npos) << graph;
  EXPECT_NE(graph.find("size=\"120,120\""), std::string::npos) << graph;  // within cairo's limits
  EXPECT_EQ(graph.find("rankdir"), std::string::npos) << graph;
}

TEST(DotWriterTest, AskedLayoutGetsItsAttributes) {
  DotOptions opt;
  opt.layout = "neato";
  std::string graph = LineStartingWith(Dot(SmallGraph(), opt), "graph [");
  EXPECT_NE(graph.find("layout=\"neato\", overlap=prism, splines=true"), std::string::npos)
      << graph;
  EXPECT_EQ(graph.find("size="), std::string::npos) << graph;

  // dot on a large graph: components packed side by side, size capped.
  opt.layout = "dot";
  graph = LineStartingWith(Dot(Chain(100), opt), "graph [");
  EXPECT_NE(graph.find("layout=\"dot\", rankdir=LR, splines=true"), std::string::npos) << graph;
  EXPECT_NE(graph.find("pack=true"), std::string::npos) << graph;
  EXPECT_NE(graph.find("size=\"120,120\""), std::string::npos) << graph;
}

TEST(DotWriterTest, FocusEntityIsHighlighted) {
  DotOptions opt;
  opt.focus = 3;
  std::string dot = Dot(SmallGraph(), opt);
  std::string focus = LineStartingWith(dot, "\"n3\" [");
  EXPECT_NE(focus.find("penwidth=3, color=\"#d62728\", fontsize=14, fontname=\"Helvetica-Bold\""),
            std::string::npos)
      << focus;
  EXPECT_NE(focus.find("shape=hexagon"), std::string::npos) << focus;  // still styled by type
  for (const char* other : {"\"n1\" [", "\"n2\" [", "\"n4\" [", "\"n5\" ["}) {
    EXPECT_EQ(LineStartingWith(dot, other).find("penwidth"), std::string::npos) << other;
  }
  EXPECT_EQ(Dot(SmallGraph()).find("#d62728"), std::string::npos);  // no focus by default
  opt.fontname = "Times";
  EXPECT_NE(LineStartingWith(Dot(SmallGraph(), opt), "\"n3\" [").find("fontname=\"Times-Bold\""),
            std::string::npos);
}

TEST(DotWriterTest, NodeShapeAndFillFollowEntityType) {
  std::string dot = Dot(SmallGraph());
  std::string person = LineStartingWith(dot, "\"n1\" [");
  EXPECT_NE(person.find("shape=ellipse"), std::string::npos) << person;
  EXPECT_NE(person.find("fillcolor=\"#cfe2f3\""), std::string::npos) << person;
  EXPECT_NE(LineStartingWith(dot, "\"n2\" [").find("shape=box"), std::string::npos);
  EXPECT_NE(LineStartingWith(dot, "\"n3\" [").find("shape=hexagon"), std::string::npos);
  EXPECT_NE(LineStartingWith(dot, "\"n4\" [").find("shape=note"), std::string::npos);
}

TEST(DotWriterTest, DiscoveredEntitiesHaveDashedBorder) {
  std::string dot = Dot(SmallGraph());
  EXPECT_NE(LineStartingWith(dot, "\"n5\" [").find("style=\"filled,dashed\""), std::string::npos);
  EXPECT_EQ(LineStartingWith(dot, "\"n1\" [").find("dashed"), std::string::npos);
}

TEST(DotWriterTest, LabelShowsMentionCountOnSecondLineWhenAsked) {
  EXPECT_NE(
      LineStartingWith(Dot(SmallGraph()), "\"n1\" [").find("label=\"Josep Borrell\\n12 mentions\""),
      std::string::npos);
  DotOptions opt;
  opt.show_counts = false;
  EXPECT_NE(LineStartingWith(Dot(SmallGraph(), opt), "\"n1\" [").find("label=\"Josep Borrell\","),
            std::string::npos);
}

TEST(DotWriterTest, EdgeStyleFollowsModalityAndType) {
  std::string dot = Dot(SmallGraph());
  std::string meets = LineStartingWith(dot, "\"n1\" -> \"n5\"");
  EXPECT_NE(meets.find("label=\"meets\""), std::string::npos) << meets;
  EXPECT_NE(meets.find("color=\"#1f77b4\""), std::string::npos) << meets;
  EXPECT_NE(meets.find("style=solid"), std::string::npos) << meets;
  EXPECT_NE(meets.find("dir=none"), std::string::npos) << meets;  // symmetric
  EXPECT_NE(meets.find("tooltip=\"Borrell met Cho.\""), std::string::npos) << meets;

  std::string visits = LineStartingWith(dot, "\"n1\" -> \"n2\"");
  EXPECT_NE(visits.find("style=dashed"), std::string::npos) << visits;
  EXPECT_EQ(visits.find("dir="), std::string::npos) << visits;  // directed
  EXPECT_NE(LineStartingWith(dot, "\"n3\" -> \"n2\"").find("style=dotted"), std::string::npos);

  std::string negated = LineStartingWith(dot, "\"n2\" -> \"n1\"");
  EXPECT_NE(negated.find("label=\"not condemns\""), std::string::npos) << negated;
  EXPECT_NE(negated.find("style=bold"), std::string::npos) << negated;
  EXPECT_NE(negated.find("color=\"red\""), std::string::npos) << negated;
}

TEST(DotWriterTest, PenWidthGrowsWithSupportingDocuments) {
  std::string dot = Dot(SmallGraph());
  EXPECT_NE(LineStartingWith(dot, "\"n1\" -> \"n2\"").find("penwidth=1.0"), std::string::npos);
  EXPECT_NE(LineStartingWith(dot, "\"n1\" -> \"n5\"").find("penwidth=5.5"),  // 8 documents
            std::string::npos);
  model::Graph g = SmallGraph();
  g.edges[0].support_documents = 1000000;
  EXPECT_NE(LineStartingWith(Dot(g), "\"n1\" -> \"n5\"").find("penwidth=8.0"), std::string::npos);
}

// The legend: the statement that sets the root graph's label.
std::string Legend(const std::string& dot) { return LineStartingWith(dot, "graph [labelloc=b"); }

TEST(DotWriterTest, LegendListsTypesPresent) {
  std::string legend = Legend(Dot(SmallGraph()));
  ASSERT_NE(legend, "");
  EXPECT_NE(legend.find("labeljust=l, label=<<"), std::string::npos) << legend;
  EXPECT_EQ(legend.substr(legend.size() - 3), ">];");
  for (const char* type : {"PERSON", "COUNTRY", "ORG", "CITY", "discovered"}) {
    EXPECT_NE(legend.find(">" + std::string(type) + "</TD>"), std::string::npos) << type;
  }
  EXPECT_NE(legend.find("BGCOLOR=\"#cfe2f3\">PERSON<"), std::string::npos) << legend;
  for (const char* type :
       {"meets", "visits", "signs_agreement", "condemns", "planned", "hypothetical", "negated"}) {
    EXPECT_NE(legend.find(" " + std::string(type) + "</FONT>"), std::string::npos) << type;
  }
  EXPECT_EQ(legend.find("deploys"), std::string::npos);   // not in the graph
  EXPECT_EQ(legend.find("asserted"), std::string::npos);  // the default needs no key

  DotOptions opt;
  opt.legend = false;
  EXPECT_EQ(Legend(Dot(SmallGraph(), opt)), "");
  EXPECT_EQ(Legend(Dot(model::Graph())), "");  // nothing to explain
}

TEST(DotWriterTest, LegendIsOneCompactLabelNotACluster) {
  std::string dot = Dot(SmallGraph());
  EXPECT_EQ(dot.find("cluster_legend"), std::string::npos);
  EXPECT_EQ(dot.find("\"legend_"), std::string::npos);  // no sample nodes or edges
  EXPECT_NE(Legend(dot).find("POINT-SIZE=\"9\""), std::string::npos);
  // Nine relation types: rows of four, four and one.
  model::Graph g = Chain(10);
  const char* types[] = {"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9"};
  for (int i = 0; i < 9; ++i) g.edges[i].type = types[i];
  std::string legend = Legend(Dot(g));
  size_t rows = 0;
  for (size_t at = legend.find("<TR><TD ALIGN=\"LEFT\"><FONT"); at != std::string::npos;
       at = legend.find("<TR><TD ALIGN=\"LEFT\"><FONT", at + 1)) {
    ++rows;
  }
  EXPECT_EQ(rows, 3u) << legend;
}

TEST(DotWriterTest, LegendDrawsSymmetricTypesWithoutArrowheads) {
  std::string legend = Legend(Dot(SmallGraph()));
  // meets and signs_agreement are symmetric, visits and condemns directed.
  EXPECT_NE(legend.find("\u2500\u2500\u2500\u2500 meets<"), std::string::npos) << legend;
  EXPECT_NE(legend.find("\u2500\u2500\u2500\u2500 signs_agreement<"), std::string::npos);
  EXPECT_NE(legend.find("\u2500\u2500\u2500\u25B6 visits<"), std::string::npos) << legend;
  EXPECT_NE(legend.find("\u2500\u2500\u2500\u25B6 condemns<"), std::string::npos) << legend;
  EXPECT_NE(legend.find("<FONT COLOR=\"#1f77b4\">"), std::string::npos);  // meets' colour
}

TEST(DotWriterTest, LegendEscapesTypeNames) {
  model::Graph g = SmallGraph();
  g.nodes[3].type = kHostileName;
  g.edges[1].type = kHostileName;
  std::string dot = Dot(g);
  ExpectWellQuoted(dot);
  std::string legend = Legend(dot);
  std::string shown =
      "Ev&quot;il \\ {Name} &lt;b&gt;&amp;amp;&lt;/b&gt; Second line 'quoted' Ωμέγα Škoda";
  EXPECT_NE(legend.find(">" + shown + "</TD>"), std::string::npos) << legend;
  EXPECT_NE(legend.find(" " + shown + "</FONT>"), std::string::npos) << legend;
}

TEST(DotWriterTest, QuoteEscapesEverythingThatCouldBreakOut) {
  EXPECT_EQ(DotQuote("plain"), "\"plain\"");
  EXPECT_EQ(DotQuote("a\"b"), "\"a\\\"b\"");
  EXPECT_EQ(DotQuote("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(DotQuote("trailing\\"), "\"trailing\\\\\"");
  EXPECT_EQ(DotQuote("one\ntwo\r\nthree\rfour"), "\"one\\ntwo\\nthree\\nfour\"");
  EXPECT_EQ(DotQuote("tab\there\x01"), "\"tab here \"");
  EXPECT_EQ(DotQuote("{a}; <b> [c]"), "\"{a}; <b> [c]\"");
  EXPECT_EQ(DotQuote("AT&T &lt;"), "\"AT&amp;T &amp;lt;\"");
  EXPECT_EQ(DotQuote("Ωμέγα Škoda"), "\"Ωμέγα Škoda\"");
  EXPECT_EQ(DotQuote("bad\xFF"), "\"bad\uFFFD\"");
}

TEST(DotWriterTest, HostileNameIsEscaped) {
  model::Graph g = SmallGraph();
  g.nodes[0].name = kHostileName;
  g.nodes[0].type = kHostileName;
  g.edges[0].type = kHostileName;
  g.edges[0].evidence[0].text = kHostileName;
  std::string dot = Dot(g);
  ExpectWellQuoted(dot);
  std::string expected =
      "\"Ev\\\"il \\\\ {Name} <b>&amp;amp;</b>\\nSecond line 'quoted' Ωμέγα Škoda\"";
  EXPECT_EQ(DotQuote(kHostileName), expected);
  EXPECT_EQ(ShownText(expected), kHostileName);
  EXPECT_NE(
      LineStartingWith(dot, "\"n1\" [").find("label=" + expected.substr(0, expected.size() - 1)),
      std::string::npos);
}

// GraphViz itself accepts the output and draws the hostile name verbatim.
TEST(DotWriterTest, GraphvizRendersHostileName) {
  if (!fs::exists("/usr/bin/dot")) GTEST_SKIP() << "GraphViz (/usr/bin/dot) is not installed";
  model::Graph g = SmallGraph();
  g.nodes[0].name = kHostileName;
  g.edges[0].evidence[0].text = kHostileName;
  ScopedFile dot_file("graph.dot"), svg_file("graph.svg");
  {
    std::ofstream out(dot_file.str(), std::ios::binary);
    WriteDot(g, {}, out);
  }
  std::string ignored;
  ASSERT_EQ(
      RunCommand("/usr/bin/dot -Tsvg '" + dot_file.str() + "' -o '" + svg_file.str() + "' 2>&1",
                 &ignored),
      0)
      << ignored;
  std::ifstream in(svg_file.str(), std::ios::binary);
  std::stringstream svg;
  svg << in.rdbuf();
  // SVG text is XML-escaped; the label's two lines are two <text> elements.
  EXPECT_NE(svg.str().find(">Ev&quot;il \\ {Name} &lt;b&gt;&amp;amp;&lt;/b&gt;</text>"),
            std::string::npos);
  EXPECT_NE(svg.str().find(">Second line &#39;quoted&#39; Ωμέγα Škoda</text>"), std::string::npos);

  // Read back as XML, the text lines are exactly the name's lines.
  std::string python_ok;
  if (RunCommand("python3 -c '' 2>/dev/null", &python_ok) != 0) return;
  std::string texts;
  ASSERT_EQ(RunCommand("python3 -c 'import sys, json, xml.dom.minidom as m; "
                       "d = m.parse(sys.argv[1]); "
                       "print(json.dumps([\"\".join(c.data for c in t.childNodes) "
                       "for t in d.getElementsByTagName(\"text\")]))' '" +
                           svg_file.str() + "'",
                       &texts),
            0);
  nlohmann::json lines = nlohmann::json::parse(texts);
  std::string name = kHostileName;
  size_t nl = name.find('\n');
  EXPECT_NE(std::find(lines.begin(), lines.end(), name.substr(0, nl)), lines.end()) << texts;
  EXPECT_NE(std::find(lines.begin(), lines.end(), name.substr(nl + 1)), lines.end()) << texts;
}

TEST(DotWriterTest, OutputIsDeterministic) {
  EXPECT_EQ(Dot(SmallGraph()), Dot(SmallGraph()));
  std::string dot = Dot(model::Graph());
  EXPECT_NE(dot.find("digraph newsgraph {"), std::string::npos);
  ExpectWellQuoted(dot);
}

}  // namespace
}  // namespace newsgraph::exporter

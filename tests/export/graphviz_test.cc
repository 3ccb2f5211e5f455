// RenderWithGraphviz (export --format svg|png) and WriteNeo4jFiles (export
// --format neo4j -o DIR).
#include "export/graphviz.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/dot_writer.h"
#include "export/neo4j_writer.h"
#include "test_support.h"

namespace newsgraph::exporter {
namespace {

namespace fs = std::filesystem;
using test_support::ReadFile;

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

TEST(GraphvizTest, LayoutMustBeOneOfTheEngines) {
  EXPECT_EQ(GraphvizLayouts(), (std::vector<std::string>{"dot", "sfdp", "neato", "circo"}));
  std::string out = "untouched";
  RenderOptions opt;
  for (const char* bad : {"bogus", "", "dot -o /tmp/x", "twopi"}) {
    opt.layout = bad;
    Status s = RenderWithGraphviz("digraph {}", "svg", opt, &out);
    EXPECT_TRUE(s.IsInvalidArgument()) << bad;
    EXPECT_EQ(s.message(),
              "\"" + std::string(bad) + "\" is not a Graphviz layout (dot, sfdp, neato, circo)");
  }
  EXPECT_EQ(out, "untouched");
}

// A stand-in for Graphviz's `dot` in a directory of its own, put first on
// PATH: it writes its arguments, one a line, to the file after -o, and
// `stderr_text` to stderr, and exits with `exit_code`.
class FakeDot {
 public:
  FakeDot(const std::string& stderr_text, int exit_code)
      : dir_(testing::TempDir() + "graphviz_test_fake_" + std::to_string(getpid()) + "_" +
             testing::UnitTest::GetInstance()->current_test_info()->name()),
        path_(dir_ + ":/bin:/usr/bin") {
    fs::create_directories(dir_);
    std::ofstream script(dir_ + "/dot");
    script << "#!/bin/sh\n"
           << "out=\n"
           << "prev=\n"
           << "for a in \"$@\"; do [ \"$prev\" = -o ] && out=$a; prev=$a; done\n"
           << "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$out\"\n"
           << "printf '" << stderr_text << "' >&2\n"
           << "exit " << exit_code << "\n";
    script.close();
    fs::permissions(dir_ + "/dot", fs::perms::owner_all);
  }
  ~FakeDot() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

 private:
  std::string dir_;
  ScopedPath path_;
};

TEST(GraphvizTest, RunsTheChosenLayoutEngineWithoutAShell) {
  FakeDot dot("Warning: a fake warning\\n", 0);
  RenderOptions opt;
  opt.layout = "sfdp";
  std::string out, warnings;
  Status s = RenderWithGraphviz("digraph { a -> b }", "svg", opt, &out, &warnings);
  ASSERT_TRUE(s.ok()) << s.ToString();
  // dot -Ksfdp -Tsvg -o OUT IN: each its own argument, temporary file names.
  std::istringstream args(out);
  std::string line;
  std::vector<std::string> argv;
  while (std::getline(args, line)) argv.push_back(line);
  ASSERT_EQ(argv.size(), 5u) << out;
  EXPECT_EQ(argv[0], "-Ksfdp");
  EXPECT_EQ(argv[1], "-Tsvg");
  EXPECT_EQ(argv[2], "-o");
  EXPECT_NE(argv[3].find("newsgraph-"), std::string::npos);
  EXPECT_EQ(argv[4].substr(argv[4].size() - 4), ".dot");
  // What it said on stderr comes back to the caller, not to our stderr.
  EXPECT_EQ(warnings, "Warning: a fake warning\n");

  ASSERT_TRUE(RenderWithGraphviz("digraph {}", "png", &out).ok());  // defaults: dot
  EXPECT_EQ(out.substr(0, out.find('\n')), "-Kdot");
}

TEST(GraphvizTest, FailureCarriesGraphvizMessage) {
  FakeDot dot("Error: fake failure\\nsecond line\\n\\n", 3);
  RenderOptions opt;
  opt.layout = "neato";
  std::string out = "untouched";
  Status s = RenderWithGraphviz("digraph {}", "png", opt, &out);
  EXPECT_EQ(s.code(), Status::Code::kInternal);
  EXPECT_EQ(s.message(),
            "graphviz `dot -Kneato -Tpng` failed (exit 3): Error: fake failure\nsecond line");
  EXPECT_EQ(out, "untouched");
}

TEST(GraphvizTest, EveryLayoutEngineRenders) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  std::ostringstream dot;
  WriteDot(Graph(), {}, dot);
  for (const std::string& layout : GraphvizLayouts()) {
    RenderOptions opt;
    opt.layout = layout;
    std::string svg, warnings;
    Status s = RenderWithGraphviz(dot.str(), "svg", opt, &svg, &warnings);
    ASSERT_TRUE(s.ok()) << layout << ": " << s.ToString();
    EXPECT_NE(svg.find(">Josep Borrell</text>"), std::string::npos) << layout;
    EXPECT_EQ(warnings, "") << layout;
  }
}

TEST(GraphvizTest, WarningsAreReturnedNotPrinted) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  std::string svg, warnings;
  testing::internal::CaptureStderr();
  Status s = RenderWithGraphviz("digraph { a [shape=no_such_shape] }", "svg", RenderOptions(), &svg,
                                &warnings);
  std::string printed = testing::internal::GetCapturedStderr();
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_NE(warnings.find("no_such_shape"), std::string::npos) << warnings;
  EXPECT_EQ(printed, "");
}

// The legend is an HTML-like label: Graphviz accepts it with hostile type
// names, and an sfdp layout of a large graph draws it too.
TEST(GraphvizTest, LegendWithHostileTypeNameRenders) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  model::Graph g = Graph();
  g.edges[0].type = kHostileName;
  g.nodes[3].type = kHostileName;
  std::ostringstream dot;
  WriteDot(g, {}, dot);
  std::string svg, warnings;
  Status s = RenderWithGraphviz(dot.str(), "svg", RenderOptions(), &svg, &warnings);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(warnings, "");
  EXPECT_NE(svg.find(">Legend</text>"), std::string::npos);
  const std::string shown =
      "Ev&quot;il \\ {Name} &lt;b&gt;&amp;amp;&lt;/b&gt; Second line &#39;quoted&#39; Ωμέγα Škoda";
  EXPECT_NE(svg.find(">" + shown + "</text>"), std::string::npos) << svg;       // entity swatch
  EXPECT_NE(svg.find(">──── " + shown + "</text>"), std::string::npos) << svg;  // symmetric
}

TEST(GraphvizTest, LargeGraphGetsSfdpAndStaysSmall) {
  if (FindOnPath("dot").empty()) GTEST_SKIP() << "graphviz is not installed";
  model::Graph g;
  for (int64_t i = 1; i <= 120; ++i) {
    model::Node n;
    n.id = i;
    n.name = "Entity " + std::to_string(i);
    n.type = "PERSON";
    g.nodes.push_back(n);
    if (i > 1 && i % 3 != 0) {  // chains with isolated entities between them
      model::Edge e;
      e.id = i;
      e.source = i - 1;
      e.target = i;
      e.type = "meets";
      g.edges.push_back(e);
    }
  }
  DotOptions dot_opt;
  dot_opt.focus = 1;
  std::ostringstream dot;
  WriteDot(g, dot_opt, dot);
  RenderOptions opt;
  opt.layout = DefaultLayout(g);
  ASSERT_EQ(opt.layout, "sfdp");
  std::string png, warnings;
  Status s = RenderWithGraphviz(dot.str(), "png", opt, &png, &warnings);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(warnings, "");
  ASSERT_GE(png.size(), 24u);
  auto be32 = [&png](size_t at) {
    uint32_t v = 0;
    for (size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(png[at + k]);
    return v;
  };
  // IHDR: width and height. 120 small nodes: more than one column, fewer than
  // 10,000 pixels a side.
  uint32_t width = be32(16), height = be32(20);
  EXPECT_LT(width, 10000u);
  EXPECT_LT(height, 10000u);
  EXPECT_GT(width, 300u);
  EXPECT_LT(std::max(width, height), 8 * std::min(width, height)) << width << "x" << height;
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
  EXPECT_NE(s.message().find("syntax error"), std::string::npos) << s.message();
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
  EXPECT_NE(
      rels.find("n1,n2,MEETS,planned,1,1,true,,,a.txt,\"Borrell \"\"will\"\" meet Cho, soon.\"\n"),
      std::string::npos)
      << rels;
  EXPECT_TRUE(WriteNeo4jFiles(Graph(), "/proc/newsgraph-cannot-write-here").IsIOError());
}

// A write that fails half-way (the file size limit standing in for a full
// disk) keeps the earlier export whole and leaves no temporary file. In a
// child process, so that the limit stays there.
TEST(Neo4jFilesTest, AFailedWriteKeepsTheEarlierFiles) {
  const std::string dir = testing::TempDir() + "neo4j_atomic_" + std::to_string(getpid());
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream(dir + "/nodes.csv") << "earlier nodes\n";
    std::ofstream(dir + "/relationships.csv") << "earlier relationships\n";
  }
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    signal(SIGXFSZ, SIG_IGN);  // write() fails with EFBIG instead
    struct rlimit limit = {64, 64};
    setrlimit(RLIMIT_FSIZE, &limit);
    _exit(WriteNeo4jFiles(Graph(), dir).IsIOError() ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the write did not fail";
  EXPECT_EQ(ReadFile(dir + "/nodes.csv"), "earlier nodes\n");
  EXPECT_EQ(ReadFile(dir + "/relationships.csv"), "earlier relationships\n");
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, 2u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace newsgraph::exporter

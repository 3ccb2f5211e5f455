// The legend's HTML-like label (export/internal/dot_legend.h, internal); the legend as
// part of the DOT output is tested in dot_writer_test.cc.
#include "export/internal/dot_legend.h"

#include <gtest/gtest.h>

#include <string>

#include "export/internal/style.h"

namespace newsgraph::exporter {
namespace {

TEST(HtmlTextTest, EscapesWhatCouldCloseTheLabelOrOpenATag) {
  EXPECT_EQ(HtmlText("plain"), "plain");
  EXPECT_EQ(HtmlText("<b>x</b>"), "&lt;b&gt;x&lt;/b&gt;");
  EXPECT_EQ(HtmlText("a > b"), "a &gt; b");
  EXPECT_EQ(HtmlText("AT&T &lt;"), "AT&amp;T &amp;lt;");
  EXPECT_EQ(HtmlText("say \"hi\" 'there'"), "say &quot;hi&quot; 'there'");
  EXPECT_EQ(HtmlText("one\ntwo\tthree\x01"), "one two three ");
  EXPECT_EQ(HtmlText("Ωμέγα Škoda"), "Ωμέγα Škoda");
  EXPECT_EQ(HtmlText("bad\xFF"), "bad\uFFFD");
}

TEST(LegendLabelTest, IsOneHtmlLabelOfThreeKindsOfRow) {
  model::Graph g;
  model::Node n;
  n.id = 1;
  n.type = "PERSON";
  g.nodes = {n};
  model::Edge e;
  e.source = e.target = 1;
  e.type = "meets";
  e.symmetric = true;
  e.modality = "planned";
  g.edges = {e};
  std::string label = LegendLabel(g);
  EXPECT_EQ(label.rfind("<<FONT POINT-SIZE=\"9\"><TABLE", 0), 0u) << label;
  EXPECT_EQ(label.substr(label.size() - 16), "</TABLE></FONT>>");
  EXPECT_NE(label.find("<B>Legend</B>"), std::string::npos);
  EXPECT_NE(label.find("<TD BORDER=\"1\" BGCOLOR=\"#cfe2f3\">PERSON</TD>"), std::string::npos);
  EXPECT_NE(label.find("<FONT COLOR=\"#1f77b4\">\u2500\u2500\u2500\u2500 meets</FONT>"),
            std::string::npos)
      << label;
  EXPECT_NE(label.find("<FONT COLOR=\"black\">\u254C\u254C\u254C\u254C planned</FONT>"),
            std::string::npos)
      << label;
  EXPECT_EQ(label.find("discovered"), std::string::npos);  // no discovered entity

  g.edges[0].symmetric = false;  // a directed type gets an arrowhead
  EXPECT_NE(LegendLabel(g).find("\u2500\u2500\u2500\u25B6 meets</FONT>"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::exporter

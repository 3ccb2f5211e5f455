#include "export/html_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "graph/test_graphs.h"

namespace newsgraph::exporter {
namespace {

using graph::testing::GraphBuilder;
using nlohmann::json;

const char kHostile[] = "</script><img src=x onerror=alert(1)> & \xe2\x80\xa8 \"Evil\"";

model::Graph Meeting() {
  GraphBuilder b;
  b.Node(1, "Josep Borrell").Node(2, kHostile, "ORG").Node(3, "Alone", "COUNTRY");
  b.Edge(1, 2, "meets", true);
  model::Evidence& ev = b.graph().edges[0].evidence[0];
  ev.text = "Borrell met them.";
  ev.begin = 100;
  ev.end = 117;
  ev.trigger_begin = 108;  // "met"
  ev.trigger_end = 111;
  ev.url = "https://example.org/a";
  ev.title = "A title";
  return b.graph();
}

TEST(HtmlReport, DataHoldsTheGraphTheLayoutAndTheEvidence) {
  HtmlOptions opt;
  opt.total_nodes = 40;
  const json data = json::parse(HtmlReportData(Meeting(), opt));
  ASSERT_EQ(data["nodes"].size(), 3u);
  EXPECT_EQ(data["nodes"][0]["id"], "n1");
  EXPECT_EQ(data["nodes"][1]["name"], kHostile);  // escaped in the text, the same once parsed
  EXPECT_EQ(data["nodes"][0]["fill"], "#cfe2f3");
  EXPECT_TRUE(data["nodes"][2].contains("x") && data["nodes"][2].contains("y"));
  EXPECT_EQ(data["total"]["nodes"], 40);
  EXPECT_EQ(data["total"]["edges"], 1);  // 0: the graph's own count
  ASSERT_EQ(data["relation_types"].size(), 1u);
  EXPECT_EQ(data["relation_types"][0]["color"], "#1f77b4");
  EXPECT_TRUE(data["relation_types"][0]["symmetric"]);
  const json& ev = data["edges"][0]["evidence"][0];
  EXPECT_EQ(ev["before"], "Borrell ");
  EXPECT_EQ(ev["trigger"], "met");
  EXPECT_EQ(ev["after"], " them.");
  EXPECT_EQ(ev["url"], "https://example.org/a");
  EXPECT_EQ(ev["title"], "A title");
}

TEST(HtmlReport, UnknownTriggerLeavesTheSentenceWhole) {
  model::Graph g = Meeting();
  g.edges[0].evidence[0].trigger_begin = g.edges[0].evidence[0].trigger_end = 0;
  const json ev = json::parse(HtmlReportData(g, {}))["edges"][0]["evidence"][0];
  EXPECT_EQ(ev["before"], "Borrell met them.");
  EXPECT_EQ(ev["trigger"], "");
}

TEST(HtmlReport, NothingFromTheDatabaseCanEndTheScript) {
  const std::string data = HtmlReportData(Meeting(), {});
  EXPECT_EQ(data.find('<'), std::string::npos);
  EXPECT_EQ(data.find('>'), std::string::npos);
  EXPECT_EQ(data.find('&'), std::string::npos);
  EXPECT_EQ(data.find("\xe2\x80\xa8"), std::string::npos);
  EXPECT_NE(data.find("\\u003c/script\\u003e"), std::string::npos);

  HtmlOptions opt;
  opt.title = kHostile;
  std::ostringstream out;
  WriteHtml(Meeting(), opt, out);
  const std::string page = out.str();
  // Two script elements (data, code), and no tag from a name or the title.
  size_t scripts = 0;
  for (size_t at = page.find("</script>"); at != std::string::npos;
       at = page.find("</script>", at + 1))
    ++scripts;
  EXPECT_EQ(scripts, 2u);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_NE(page.find("<title>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp;"),
            std::string::npos);
  EXPECT_NE(page.find("<!DOCTYPE html>"), std::string::npos);
}

TEST(HtmlReport, SameGraphSamePage) {
  std::ostringstream a, b;
  WriteHtml(Meeting(), {}, a);
  WriteHtml(Meeting(), {}, b);
  EXPECT_EQ(a.str(), b.str());
}

}  // namespace
}  // namespace newsgraph::exporter

// Fuzz target: the five export writers (JSON, GraphML, DOT, Neo4j CSV, the
// HTML report with its layout) on a graph made from the input, with hostile
// names, aliases, evidence text and offsets, as a forged database could hold.
// Besides crashes it checks each format's framing: the JSON parses and holds
// every node; the HTML report's data has no '<' and parses, and no script
// element ends early; GraphML holds no character XML 1.0 forbids; every Neo4j
// record is one line with the header's field count.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/html_writer.h"
#include "export/json_writer.h"
#include "export/neo4j_writer.h"
#include "fuzz_support.h"
#include "model/graph.h"

namespace {

namespace model = newsgraph::model;
namespace exporter = newsgraph::exporter;
using newsgraph::fuzz::Check;

std::string Text(FuzzedDataProvider* in, size_t max = 24) {
  return in->ConsumeRandomLengthString(max);
}

model::Graph MakeGraph(FuzzedDataProvider* in) {
  static const char* kTypes[] = {"PERSON", "COUNTRY", "ORG", "GPE", "work_of art", ""};
  static const char* kRelations[] = {"meets", "succeeds", "deploys", "signs_agreement", "x y", ""};
  static const char* kModalities[] = {"asserted", "planned", "negated", "reported", ""};
  model::Graph g;
  const int nodes = in->ConsumeIntegralInRange(0, 12);
  for (int i = 0; i < nodes; ++i) {
    model::Node n;
    n.id = i + 1;
    n.key = Text(in);
    n.name = Text(in);
    n.type = in->ConsumeBool() ? Text(in, 12) : kTypes[in->ConsumeIntegralInRange(0, 5)];
    n.discovered = in->ConsumeBool();
    n.confidence = in->ConsumeProbability<double>();
    for (int a = in->ConsumeIntegralInRange(0, 3); a > 0; --a) n.aliases.push_back(Text(in));
    n.mentions = in->ConsumeIntegralInRange<int64_t>(0, 1000);
    n.documents = in->ConsumeIntegralInRange<int64_t>(0, 100);
    g.nodes.push_back(std::move(n));
  }
  const int edges = nodes == 0 ? 0 : in->ConsumeIntegralInRange(0, 20);
  for (int i = 0; i < edges; ++i) {
    model::Edge e;
    e.id = i + 1;
    e.source = in->ConsumeIntegralInRange(1, nodes);
    e.target = in->ConsumeIntegralInRange(1, nodes);
    e.type = in->ConsumeBool() ? Text(in, 12) : kRelations[in->ConsumeIntegralInRange(0, 5)];
    e.symmetric = in->ConsumeBool();
    e.modality = kModalities[in->ConsumeIntegralInRange(0, 4)];
    e.support_documents = in->ConsumeIntegralInRange<int64_t>(0, 50);
    e.support_mentions = in->ConsumeIntegralInRange<int64_t>(0, 50);
    e.first_seen = Text(in, 10);
    e.last_seen = Text(in, 10);
    for (int k = in->ConsumeIntegralInRange(0, 3); k > 0; --k) {
      model::Evidence ev;
      ev.document = Text(in);
      ev.date = Text(in, 10);
      ev.sentence = in->ConsumeIntegral<uint32_t>();
      ev.begin = in->ConsumeIntegralInRange<uint32_t>(0, 200);
      ev.text = Text(in, 80);
      // Offsets as a forged database may hold them: anywhere, not only
      // inside the sentence.
      ev.end = in->ConsumeBool() ? ev.begin + static_cast<uint32_t>(ev.text.size())
                                 : in->ConsumeIntegral<uint32_t>();
      ev.trigger_begin = in->ConsumeIntegral<uint32_t>() % 300;
      ev.trigger_end = in->ConsumeIntegral<uint32_t>() % 300;
      ev.rule = Text(in, 12);
      ev.modality = kModalities[in->ConsumeIntegralInRange(0, 4)];
      ev.confidence = in->ConsumeProbability<double>();
      ev.cameo = Text(in, 4);
      ev.url = Text(in);
      ev.title = Text(in);
      ev.source = Text(in, 12);
      ev.event_date = Text(in, 10);
      e.evidence.push_back(std::move(ev));
    }
    if (in->ConsumeBool()) e.merged_ids.push_back(in->ConsumeIntegral<int64_t>());
    g.edges.push_back(std::move(e));
  }
  return g;
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

// The fields of one CSV line (export/csv.h quoting: "..." with "" inside).
size_t CsvFields(const std::string& line) {
  size_t fields = 1;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') {
      quoted = !quoted;
    } else if (line[i] == ',' && !quoted) {
      ++fields;
    }
  }
  Check(!quoted, "a CSV line ends inside a quoted field: " + line);
  return fields;
}

void CheckCsv(const std::string& csv, size_t records) {
  std::istringstream in(csv);
  std::string line;
  size_t lines = 0, header_fields = 0;
  while (std::getline(in, line)) {
    size_t fields = CsvFields(line);
    if (lines++ == 0) header_fields = fields;
    Check(fields == header_fields, "a Neo4j CSV record with another field count: " + line);
  }
  Check(lines == records + 1, "Neo4j CSV records are not one line each");
}

void CheckJson(const model::Graph& g, const exporter::JsonOptions& opt) {
  std::ostringstream out;
  exporter::WriteJson(g, opt, out);
  nlohmann::json j = nlohmann::json::parse(out.str(), nullptr, /*allow_exceptions=*/false);
  Check(!j.is_discarded(), "export JSON does not parse");
  Check(j.contains("nodes") && j["nodes"].size() == g.nodes.size(), "export JSON lost nodes");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  const model::Graph g = MakeGraph(&in);

  exporter::JsonOptions json;
  json.indent = in.ConsumeBool() ? 1 : -1;
  json.with_evidence = in.ConsumeBool();
  CheckJson(g, json);

  std::ostringstream graphml;
  exporter::WriteGraphMl(g, graphml);
  for (unsigned char c : graphml.str()) {
    Check(c >= 0x20 || c == '\t' || c == '\n' || c == '\r',
          "GraphML holds a character XML forbids");
  }

  exporter::DotOptions dot;
  dot.show_counts = in.ConsumeBool();
  dot.legend = in.ConsumeBool();
  dot.focus = in.ConsumeIntegralInRange<int64_t>(0, 12);
  std::ostringstream dot_out;
  exporter::WriteDot(g, dot, dot_out);
  Check(dot_out.str().size() >= 2 && dot_out.str().compare(dot_out.str().size() - 2, 2, "}\n") == 0,
        "DOT output does not end the graph");

  std::ostringstream nodes_csv, edges_csv;
  exporter::WriteNeo4jNodes(g, nodes_csv);
  exporter::WriteNeo4jEdges(g, edges_csv);
  CheckCsv(nodes_csv.str(), g.nodes.size());
  CheckCsv(edges_csv.str(), g.edges.size());

  exporter::HtmlOptions html;
  html.title = Text(&in);
  html.focus = in.ConsumeBool() && !g.nodes.empty() ? g.nodes.front().name : "";
  html.cap = in.ConsumeIntegralInRange<int64_t>(0, 20);
  const std::string report_data = exporter::HtmlReportData(g, html);
  Check(report_data.find('<') == std::string::npos, "the report's data holds a '<'");
  Check(!nlohmann::json::parse(report_data, nullptr, false).is_discarded(),
        "the report's data does not parse");
  std::ostringstream page;
  exporter::WriteHtml(g, html, page);
  Check(Count(page.str(), "</script") == Count(page.str(), "<script"),
        "a script element of the report ends early");
  return 0;
}

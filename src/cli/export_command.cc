#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "export/dot_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "export/neo4j_writer.h"

namespace newsgraph::cli {
namespace {

struct ExportFlags {
  std::string db;
  std::string format = "json";
  std::string output;
  std::vector<std::string> types;
  std::vector<std::string> entity_types;
  int64_t min_support = 1;
  bool include_negated = false;
  bool no_evidence = false;
  bool connected = false;
};

void Run(const ExportFlags& f) {
  std::unique_ptr<store::Store> store;
  Status s = OpenExisting(f.db, &store);
  if (!s.ok()) Fail(s);
  model::GraphFilter filter;
  filter.relation_types = f.types;
  filter.entity_types = f.entity_types;
  filter.min_support = f.min_support;
  filter.include_negated = f.include_negated;
  filter.with_evidence = !f.no_evidence && f.format == "json";
  filter.only_connected = f.connected;
  model::Graph graph;
  s = store->LoadGraph(filter, &graph);
  if (!s.ok()) Fail(s);

  std::ostringstream out;
  if (f.format == "json") {
    exporter::JsonOptions opt;
    opt.with_evidence = !f.no_evidence;
    exporter::WriteJson(graph, opt, out);
  } else if (f.format == "dot") {
    exporter::WriteDot(graph, exporter::DotOptions(), out);
  } else if (f.format == "graphml") {
    exporter::WriteGraphMl(graph, out);
  } else if (f.format == "neo4j-nodes") {
    exporter::WriteNeo4jNodes(graph, out);
  } else if (f.format == "neo4j-edges") {
    exporter::WriteNeo4jEdges(graph, out);
  }
  s = WriteOutput(f.output, out.str());
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupExport(CLI::App& app) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the graph for other tools. json: nodes (id, name, type, aliases, mention counts) and\n"
      "edges (source, target, type, modality, support, evidence sentences), the format\n"
      "../shared/eval/FORMAT.md scores. dot: GraphViz, styled by entity and relation type.\n"
      "graphml: Gephi/yEd. neo4j-nodes / neo4j-edges: CSV for `neo4j-admin database import`.\n\n"
      "Examples:\n"
      "  newsgraph export --db news.db --format json > graph.json\n"
      "  newsgraph export --db news.db --format dot -o graph.dot && dot -Tsvg graph.dot -o graph.svg");
  cmd->add_option("--db", flags->db, "SQLite database file")->required();
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"json", "dot", "graphml", "neo4j-nodes", "neo4j-edges"}));
  cmd->add_option("-o,--output", flags->output, "Output file (default: standard output)");
  cmd->add_option("--type", flags->types, "Keep only these relation types (comma-separated)")
      ->delimiter(',');
  cmd->add_option("--entity-type", flags->entity_types,
                  "Keep only these entity types (comma-separated: PERSON,COUNTRY,ORG)")
      ->delimiter(',');
  cmd->add_option("--min-support", flags->min_support,
                  "Keep edges supported by at least N documents")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--include-negated", flags->include_negated,
                "Also export negated relations (\"did not meet\")");
  cmd->add_flag("--no-evidence", flags->no_evidence, "Leave evidence sentences out of JSON");
  cmd->add_flag("--connected", flags->connected, "Leave out entities without edges");
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

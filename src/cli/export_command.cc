#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "export/dot_writer.h"
#include "export/graph_writer.h"
#include "export/graphml_writer.h"
#include "export/graphviz.h"
#include "export/html_writer.h"
#include "export/json_writer.h"
#include "export/neo4j_writer.h"
#include "export/top_entities.h"
#include "query/graph_session.h"
#include "util/atomic_file.h"

namespace newsgraph::cli {
namespace {

struct ExportFlags {
  std::string db;
  std::string format = "json";
  std::string output;
  model::GraphFilter
      filter;  // --type, --entity-type, --min-support, --from, --to, --include-negated
  bool no_evidence = false;
  bool connected = false;
  bool no_legend = false;
  std::string focus;
  int depth = 1;
  int64_t top = -1;  // -1: the format's default (html 1000, others all)
  std::string title;
  std::string layout;    // dot/svg/png: --layout; "": by size (exporter::DefaultLayout)
  bool verbose = false;  // svg/png: show Graphviz's warnings
};

// The HTML report holds at most this many entities unless --top says otherwise.
constexpr int64_t kHtmlDefaultTop = 1000;

// The store's filter for the flags (CheckFilter exits on an unknown type).
model::GraphFilter ExportFilter(const ExportFlags& f, store::Store* store) {
  model::GraphFilter filter = f.filter;
  CheckFilter(store, &filter);
  filter.with_evidence = !f.no_evidence;
  filter.only_connected = f.connected;
  return filter;
}

// The graph to export: the whole filtered graph, or the ego network of --focus
// (whose Node::id goes to *focus_id, its key to *focus_key).
model::Graph LoadExportGraph(const ExportFlags& f, store::Store* store, int64_t* focus_id,
                             std::string* focus_key) {
  const model::GraphFilter filter = ExportFilter(f, store);
  model::Graph graph;
  if (f.focus.empty()) {
    Status s = store->LoadGraph(filter, &graph);
    if (!s.ok()) Fail(s);
    return graph;
  }
  std::unique_ptr<query::GraphSession> session;
  Status s = query::GraphSession::Open(store, filter, &session);
  if (!s.ok()) Fail(s);
  query::NameLookup lookup = session->Lookup(f.focus);
  if (lookup.kind == query::Resolution::Kind::kAmbiguous) {
    Fail(Status::InvalidArgument(lookup.message), kExitAmbiguous);
  }
  if (lookup.kind == query::Resolution::Kind::kNotFound) {
    Fail(Status::NotFound(lookup.message), kExitNotFound);
  }
  *focus_key = session->graph().data().nodes[lookup.vertex].key;
  s = session->EgoNetwork(lookup.vertex, f.depth, !f.no_evidence, &graph);
  if (!s.ok()) Fail(s);
  *focus_id = session->graph().node(lookup.vertex).id;
  return graph;
}

// Whether the export is written as the store reads it (RunStreaming): every
// format but html (laid out as a whole) and svg/png (drawn by Graphviz from
// the whole DOT text), unless --focus (the ego network is found in the whole
// graph) or --top (ranks every entity) selects part of the graph.
bool Streams(const ExportFlags& f) {
  if (!f.focus.empty() || f.top > 0) return false;
  return f.format == "json" || f.format == "graphml" || f.format == "dot" || f.format == "neo4j" ||
         f.format == "neo4j-nodes" || f.format == "neo4j-edges";
}

// The writer of `format` (one Streams accepts, but neo4j) over `out`.
std::unique_ptr<exporter::GraphWriter> StreamWriter(const ExportFlags& f, std::FILE* out) {
  if (f.format == "json") {
    exporter::JsonOptions opt;
    opt.with_evidence = !f.no_evidence;
    return std::make_unique<exporter::JsonStreamWriter>(opt, out);
  }
  if (f.format == "graphml") return std::make_unique<exporter::GraphMlStreamWriter>(out);
  if (f.format == "dot") {
    exporter::DotOptions opt;
    opt.legend = !f.no_legend;
    opt.layout = f.layout;  // "": by the number of nodes, as DefaultLayout
    return std::make_unique<exporter::DotStreamWriter>(opt, out);
  }
  if (f.format == "neo4j-nodes") return std::make_unique<exporter::Neo4jStreamWriter>(out, nullptr);
  return std::make_unique<exporter::Neo4jStreamWriter>(nullptr, out);  // neo4j-edges
}

// Streams the graph from the store through `writer` and finishes it; counts
// what it wrote. The first error of the store or the writer ends it.
Status StreamExport(const model::GraphFilter& filter, store::Store* store,
                    exporter::GraphWriter* writer, int64_t* nodes, int64_t* edges) {
  store::GraphVisitor visit{[&](const model::Node& n) {
                              ++*nodes;
                              return writer->Node(n);
                            },
                            [&](const model::Edge& e) {
                              ++*edges;
                              return writer->Edge(e);
                            }};
  NG_RETURN_IF_ERROR(store->StreamGraph(filter, visit));
  return writer->Finish();
}

// The export of a format that Streams accepts, written as it is read: to
// standard output, to the file -o (replaced when complete, as WriteOutput
// does), or for neo4j to the pair of files in directory -o.
void RunStreaming(const ExportFlags& f, store::Store* store) {
  const model::GraphFilter filter = ExportFilter(f, store);
  int64_t nodes = 0, edges = 0;
  Status s;
  if (f.format == "neo4j") {
    s = exporter::WriteNeo4jFiles(f.output, [&](exporter::GraphWriter* writer) {
      return StreamExport(filter, store, writer, &nodes, &edges);
    });
    if (!s.ok()) Fail(s);
    std::cerr << "wrote " << nodes << " nodes to " << f.output << "/nodes.csv and " << edges
              << " relationships to " << f.output
              << "/relationships.csv; import with:\n  neo4j-admin database import full --nodes="
              << f.output << "/nodes.csv --relationships=" << f.output
              << "/relationships.csv neo4j\n";
    return;
  }
  if (f.output.empty() || f.output == "-") {
    std::cout.flush();
    s = StreamExport(filter, store, StreamWriter(f, stdout).get(), &nodes, &edges);
    if (s.ok() && std::fflush(stdout) != 0) s = Status::IOError("cannot write to standard output");
  } else {
    s = util::WriteFileAtomically(f.output, [&](std::FILE* out) {
      return StreamExport(filter, store, StreamWriter(f, out).get(), &nodes, &edges);
    });
  }
  if (!s.ok()) Fail(s);
}

void Run(const ExportFlags& f) {
  if (f.format == "neo4j" && (f.output.empty() || f.output == "-")) {
    Fail(Status::InvalidArgument(
             "--format neo4j writes two files (nodes.csv, relationships.csv): name their "
             "directory with -o DIR"),
         kExitUsage);
  }
  std::unique_ptr<store::Store> store;
  Status s = OpenExisting(f.db, &store);
  if (!s.ok()) Fail(s);
  if (Streams(f)) {
    RunStreaming(f, store.get());
    return;
  }
  int64_t focus_id = 0;
  std::string focus_key;
  model::Graph graph = LoadExportGraph(f, store.get(), &focus_id, &focus_key);
  const int64_t total_nodes = static_cast<int64_t>(graph.nodes.size());
  const int64_t total_edges = static_cast<int64_t>(graph.edges.size());
  const int64_t top = f.top >= 0 ? f.top : (f.format == "html" ? kHtmlDefaultTop : 0);
  if (top > 0 && static_cast<int64_t>(graph.nodes.size()) > top) {
    graph = exporter::TopEntities(graph, static_cast<size_t>(top), focus_key);
    std::cerr << "export: the " << top << " entities with the most relations, of " << total_nodes
              << " (--top N to change)\n";
  }
  const std::string layout = f.layout.empty() ? exporter::DefaultLayout(graph) : f.layout;

  if (f.format == "neo4j") {
    s = exporter::WriteNeo4jFiles(graph, f.output);
    if (!s.ok()) Fail(s);
    std::cerr << "wrote " << graph.nodes.size() << " nodes to " << f.output << "/nodes.csv and "
              << graph.edges.size() << " relationships to " << f.output
              << "/relationships.csv; import with:\n  neo4j-admin database import full --nodes="
              << f.output << "/nodes.csv --relationships=" << f.output
              << "/relationships.csv neo4j\n";
    return;
  }
  std::ostringstream out;
  if (f.format == "json") {
    exporter::JsonOptions opt;
    opt.with_evidence = !f.no_evidence;
    exporter::WriteJson(graph, opt, out);
  } else if (f.format == "dot" || f.format == "svg" || f.format == "png") {
    exporter::DotOptions opt;
    opt.legend = !f.no_legend;
    opt.layout = layout;
    opt.focus = focus_id;
    exporter::WriteDot(graph, opt, out);
  } else if (f.format == "html") {
    exporter::HtmlOptions opt;
    opt.title =
        f.title.empty() ? "newsgraph: " + std::filesystem::path(f.db).filename().string() : f.title;
    opt.focus = focus_key;
    opt.total_nodes = total_nodes;
    opt.total_edges = total_edges;
    exporter::WriteHtml(graph, opt, out);
  } else if (f.format == "graphml") {
    exporter::WriteGraphMl(graph, out);
  } else if (f.format == "neo4j-nodes") {
    exporter::WriteNeo4jNodes(graph, out);
  } else if (f.format == "neo4j-edges") {
    exporter::WriteNeo4jEdges(graph, out);
  }
  std::string content = out.str();
  if (f.format == "svg" || f.format == "png") {
    std::string rendered, warnings;
    exporter::RenderOptions render;
    render.layout = layout;
    s = exporter::RenderWithGraphviz(content, f.format, render, &rendered, &warnings);
    if (!s.ok()) Fail(s);
    if (f.verbose) std::cerr << warnings;
    content = std::move(rendered);
  }
  s = WriteOutput(f.output, content);
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupExport(CLI::App& app) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the graph as JSON, DOT, SVG/PNG, an HTML report, GraphML or Neo4j CSV");
  cmd->footer(
      "Write the graph for other tools. json: nodes (id, name, type, aliases, mention counts) and\n"
      "edges (source, target, type, modality, support, evidence sentences), the format\n"
      "../shared/eval/FORMAT.md scores. dot: GraphViz, shape and colour by entity type, edge\n"
      "colour by relation type and style by modality, with a legend; svg / png: the same drawn\n"
      "by Graphviz's `dot` (apt-get install graphviz). graphml: Gephi/yEd, with node and edge\n"
      "attributes. neo4j: nodes.csv and relationships.csv in the directory -o DIR, for\n"
      "`neo4j-admin database import` (neo4j-nodes / neo4j-edges: one of them on stdout).\n"
      "--focus NAME --depth N exports the ego network: entities within N hops of NAME and the\n"
      "relations among them, NAME drawn with a thick red border. dot/svg/png are laid out by\n"
      "--layout: dot (left to right) up to 40 entities, sfdp (force-directed, no overlaps)\n"
      "beyond, unless named; Graphviz's warnings are shown with --verbose only.\n"
      "html: one self-contained page to open in a browser, offline: search, filters by type,\n"
      "modality, support and date, click an entity for its relations or a relation for its\n"
      "evidence; it holds the --top entities with the most relations (default 1000).\n\n"
      "Examples:\n"
      "  newsgraph export --db news.db --format html -o report.html\n"
      "  newsgraph export --db news.db --format json > graph.json\n"
      "  newsgraph export --db news.db --format svg --focus borrell --depth 2 -o borrell.svg\n"
      "  newsgraph export --db news.db --format neo4j -o neo4j-import/\n"
      "  newsgraph export --db news.db --format png --connected --layout sfdp -o graph.png\n"
      "  newsgraph export --db news.db --format dot --type meets,visits --min-support 2 -o g.dot");
  cmd->add_option("--db", flags->db, "SQLite database file")->required();
  cmd->add_option("--format", flags->format, "Output format (default: json)")
      ->check(CLI::IsMember(
          {"json", "dot", "svg", "png", "html", "graphml", "neo4j", "neo4j-nodes", "neo4j-edges"}));
  cmd->add_option("-o,--output", flags->output,
                  "Output file (default: standard output); a directory for neo4j");
  cmd->add_option("--focus", flags->focus,
                  "Export only the ego network of this entity (name, alias or key)");
  cmd->add_option("--depth", flags->depth, "Hops around --focus (default: 1)")
      ->check(CLI::Range(0, 100));
  AddGraphFilterFlags(cmd, &flags->filter);
  cmd->add_flag("--no-evidence", flags->no_evidence, "Leave evidence sentences out");
  cmd->add_flag("--no-legend", flags->no_legend, "dot/svg/png: leave the legend out");
  cmd->add_flag("--connected", flags->connected, "Leave out entities without edges");
  cmd->add_option("--top", flags->top,
                  "Keep the N entities with the most relations (then mentions) and the relations "
                  "among them (default: html 1000, other formats all; 0: all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--title", flags->title, "html: the report's title (default: newsgraph: DB)");
  cmd->add_option("--layout", flags->layout,
                  "dot/svg/png: Graphviz layout (default: dot up to " +
                      std::to_string(exporter::kMaxNodesForDotLayout) + " entities, else sfdp)")
      ->check(CLI::IsMember(exporter::GraphvizLayouts()));
  cmd->add_flag("--verbose", flags->verbose, "svg/png: show Graphviz's warnings");
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

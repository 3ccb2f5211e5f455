#include "export/dot_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "export/internal/dot_legend.h"
#include "export/internal/dot_style.h"
#include "export/internal/style.h"
#include "text/utf8.h"

namespace newsgraph::exporter {
namespace {

std::string PenWidth(int64_t support_documents) {
  double w = 1.0;
  if (support_documents > 1) {
    w = std::min(8.0, 1.0 + 1.5 * std::log2(static_cast<double>(support_documents)));
  }
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof(buf), w, std::chars_format::fixed, 1);
  return std::string(buf, res.ptr);
}

constexpr const char* kFocusColor = "#d62728";

std::string NodeId(int64_t id) { return "\"n" + std::to_string(id) + "\""; }

void WriteNode(const model::Node& n, const DotOptions& opt, std::ostream& out) {
  EntityStyle s = StyleForEntity(n.type);
  std::string label = n.name;
  if (opt.show_counts) {
    label += "\n" + std::to_string(n.mentions) + (n.mentions == 1 ? " mention" : " mentions");
  }
  std::string style = std::string(s.extra_style) + "filled" + (n.discovered ? ",dashed" : "");
  out << "  " << NodeId(n.id) << " [label=" << DotQuote(label) << ", shape=" << s.shape
      << ", style=\"" << style << "\", fillcolor=\"" << s.fill << "\"";
  if (n.id == opt.focus) {
    out << ", penwidth=3, color=\"" << kFocusColor
        << "\", fontsize=14, fontname=" << DotQuote(opt.fontname + "-Bold");
  }
  out << ", tooltip=" << DotQuote(n.type + (n.key.empty() ? "" : " " + n.key)) << "];\n";
}

void WriteEdge(const model::Edge& e, std::ostream& out) {
  bool negated = e.modality == "negated";
  std::string color = negated ? "red" : RelationColor(e.type);
  out << "  " << NodeId(e.source) << " -> " << NodeId(e.target)
      << " [label=" << DotQuote(negated ? "not " + e.type : e.type) << ", color=\"" << color
      << "\", fontcolor=\"" << color << "\", style=" << StyleForModality(e.modality)
      << ", penwidth=" << PenWidth(e.support_documents);
  if (e.symmetric) out << ", dir=none";
  if (!e.evidence.empty()) out << ", tooltip=" << DotQuote(e.evidence.front().text);
  out << "];\n";
}

}  // namespace

std::string DotQuote(std::string_view s) {
  std::string repaired;
  if (!text::IsValidUtf8(s)) {
    repaired = text::RepairUtf8(s);
    s = repaired;
  }
  std::string quoted = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if (c == '\\' || c == '"') {
      quoted.push_back('\\');
      quoted.push_back(c);
    } else if (c == '&') {
      quoted += "&amp;";  // GraphViz decodes entities such as &lt; in labels
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;  // CRLF is one break
      quoted += "\\n";
    } else if (u < 0x20 || u == 0x7F) {
      quoted.push_back(' ');
    } else {
      quoted.push_back(c);
    }
  }
  quoted.push_back('"');
  return quoted;
}

std::string DefaultLayout(const model::Graph& g) {
  return g.nodes.size() <= kMaxNodesForDotLayout ? "dot" : "sfdp";
}

namespace {

// The graph's opening lines, for `layout` and a graph of more than
// kMaxNodesForDotLayout nodes when `many_nodes`.
void WriteHeader(const DotOptions& opt, const std::string& layout, bool many_nodes,
                 std::ostream& out) {
  std::string font = DotQuote(opt.fontname);
  out << "digraph newsgraph {\n"
      << "  graph [charset=\"UTF-8\", layout=" << DotQuote(layout) << ", ";
  if (layout == "dot") {
    out << "rankdir=LR, splines=true";
  } else {
    out << "overlap=prism, splines=" << (layout == "sfdp" ? "line" : "true");
  }
  out << ", outputorder=edgesfirst";
  if (many_nodes) out << (layout == "dot" ? ", pack=true" : "") << ", size=\"120,120\"";
  out << ", fontname=" << font << "];\n"
      << "  node [fontname=" << font << ", fontsize=11];\n"
      << "  edge [fontname=" << font << ", fontsize=9];\n";
}

// The legend and the closing brace.
void WriteFooter(const model::Graph& g, const DotOptions& opt, std::ostream& out) {
  if (opt.legend && !g.nodes.empty()) {
    out << "  graph [labelloc=b, labeljust=l, label=" << LegendLabel(g) << "];\n";
  }
  out << "}\n";
}

}  // namespace

void WriteDot(const model::Graph& g, const DotOptions& opt, std::ostream& out) {
  WriteHeader(opt, opt.layout.empty() ? DefaultLayout(g) : opt.layout,
              g.nodes.size() > kMaxNodesForDotLayout, out);
  for (const model::Node& n : g.nodes) WriteNode(n, opt, out);
  for (const model::Edge& e : g.edges) WriteEdge(e, out);
  WriteFooter(g, opt, out);
}

DotStreamWriter::DotStreamWriter(const DotOptions& opt, std::FILE* out) : opt_(opt), out_(out) {}

Status DotStreamWriter::Flush(bool always) {
  if (!always && buffer_.tellp() < static_cast<std::streamoff>(kFlushAt)) return Status::OK();
  Status s = WriteBytes(buffer_.view(), out_);
  buffer_.str("");
  return s;
}

void DotStreamWriter::Start() {
  // Sets the layout and size from the node count once it is known, then
  // writes the nodes held back so far.
  const bool many = first_nodes_.size() > kMaxNodesForDotLayout;
  WriteHeader(opt_, opt_.layout.empty() ? (many ? "sfdp" : "dot") : opt_.layout, many, buffer_);
  for (const model::Node& n : first_nodes_) WriteNode(n, opt_, buffer_);
  first_nodes_.clear();
  started_ = true;
}

Status DotStreamWriter::Node(const model::Node& n) {
  AddToLegend(n);
  if (!started_) {
    first_nodes_.push_back(n);
    if (first_nodes_.size() > kMaxNodesForDotLayout) Start();
    return Flush(false);
  }
  WriteNode(n, opt_, buffer_);
  return Flush(false);
}

Status DotStreamWriter::Edge(const model::Edge& e) {
  if (!started_) Start();
  AddToLegend(e);
  WriteEdge(e, buffer_);
  return Flush(false);
}

Status DotStreamWriter::Finish() {
  if (!started_) Start();
  WriteFooter(legend_, opt_, buffer_);
  return Flush(true);
}

void DotStreamWriter::AddToLegend(const model::Node& n) {
  auto [it, added] = legend_node_of_type_.emplace(n.type, legend_.nodes.size());
  if (added) legend_.nodes.emplace_back().type = n.type;
  if (n.discovered) legend_.nodes[it->second].discovered = true;
}

void DotStreamWriter::AddToLegend(const model::Edge& e) {
  // One edge a relation type, symmetric when every edge of the type is; and
  // one edge a modality.
  auto [it, added] = legend_edge_of_type_.emplace(e.type, legend_.edges.size());
  auto add_edge = [&](const std::string& modality) {
    model::Edge& sample = legend_.edges.emplace_back();
    sample.type = e.type;
    sample.symmetric = e.symmetric;
    sample.modality = modality;
  };
  if (added) {
    add_edge("asserted");
  } else if (!e.symmetric) {
    legend_.edges[it->second].symmetric = false;
  }
  if (legend_modalities_.insert(e.modality).second) add_edge(e.modality);
}

}  // namespace newsgraph::exporter

#include "query/internal/report.h"

#include <algorithm>

#include "export/csv.h"
#include "format/json_forms.h"
#include "format/text.h"
#include "format/text_table.h"
#include "text/terminal.h"

namespace newsgraph::query {
namespace {

using format::EdgeField;
using format::Fixed;
using format::Json;
using format::NodeField;
using format::Plural;
using format::TextTable;

// ---- relations ----

const model::Edge& Details(const graph::KnowledgeGraph& kg, const EdgeDetails& details,
                           graph::EdgeIndex e) {
  auto it = details.find(e);
  return it != details.end() ? it->second : kg.edge(e);
}

const char* Direction(const graph::Step& s, const model::Edge& e) {
  if (e.symmetric) return "symmetric";
  return s.forward ? "forward" : "backward";
}

// "A -[type]-> B", "A <-[type]- B" or "A -[type]- B", from the step's start.
std::string Arrow(const graph::KnowledgeGraph& kg, const graph::Step& s, const model::Edge& e) {
  const std::string& from = kg.node(s.from).name;
  const std::string& to = kg.node(s.to).name;
  if (e.symmetric) return from + " -[" + e.type + "]- " + to;
  if (s.forward) return from + " -[" + e.type + "]-> " + to;
  return from + " <-[" + e.type + "]- " + to;
}

std::string Support(const model::Edge& e) {
  return e.modality + "; " + Plural(e.support_documents, "document", "documents") + ", " +
         Plural(e.support_mentions, "mention", "mentions");
}

// The evidence shown when only one is: the first with the edge's modality.
const model::Evidence* BestEvidence(const model::Edge& e) {
  for (const model::Evidence& ev : e.evidence) {
    if (ev.modality == e.modality) return &ev;
  }
  return e.evidence.empty() ? nullptr : &e.evidence.front();
}

std::string EvidenceLine(const model::Evidence& ev) {
  std::string where = ev.document;
  if (!ev.date.empty()) where += ", " + ev.date;
  where += ", sentence " + std::to_string(ev.sentence);
  if (ev.modality != "asserted" && !ev.modality.empty()) where += ", " + ev.modality;
  return "\"" + ev.text + "\" [" + where + "]";
}

void AddBestEvidence(const model::Edge& e, TextTable* table) {
  const model::Evidence* ev = BestEvidence(e);
  if (ev == nullptr) return;
  std::string line = EvidenceLine(*ev);
  if (e.evidence.size() > 1) line += " (+" + std::to_string(e.evidence.size() - 1) + " more)";
  table->Detail(line);
}

// CSV columns of one relation and one evidence item.
const std::vector<std::string> kRelationCsvHeader = {
    "relation",      "direction",         "source",           "target",
    "modality",      "support_documents", "support_mentions", "evidence_document",
    "evidence_date", "evidence_sentence", "evidence_text"};

std::vector<std::string> RelationCsv(const graph::KnowledgeGraph& kg, const graph::Step& s,
                                     const model::Edge& e, const model::Evidence* ev) {
  const graph::VertexId source = s.forward ? s.from : s.to;
  const graph::VertexId target = s.forward ? s.to : s.from;
  return {e.type,
          Direction(s, e),
          kg.node(source).name,
          kg.node(target).name,
          e.modality,
          std::to_string(e.support_documents),
          std::to_string(e.support_mentions),
          ev ? ev->document : "",
          ev ? ev->date : "",
          ev ? std::to_string(ev->sentence) : "",
          ev ? ev->text : ""};
}

// ---- JSON ----

// An entity as the query results name it: {"id", "name", "type", "key"}.
Json EntityJson(const model::Node& n) {
  return format::NodeJson(n, {NodeField::kId, NodeField::kName, NodeField::kType, NodeField::kKey});
}

Json RelationJson(const graph::KnowledgeGraph& kg, const model::Edge& e) {
  graph::VertexId s = 0, t = 0;
  kg.FindVertex(e.source, &s);
  kg.FindVertex(e.target, &t);
  Json j = format::EdgeJson(e, {EdgeField::kId, EdgeField::kType});
  j["source"] = EntityJson(kg.node(s));
  j["target"] = EntityJson(kg.node(t));
  format::AddEdgeFields(e, {EdgeField::kSymmetric, EdgeField::kModality, EdgeField::kSupport}, &j);
  j["evidence"] = format::EvidenceArray(e.evidence, format::kEvidenceItem);
  return j;
}

void WriteJson(const Json& j, std::ostream& out) { out << format::JsonText(j) << "\n"; }

}  // namespace

void WriteNeighbors(const graph::KnowledgeGraph& kg, graph::VertexId center, int depth,
                    const std::vector<graph::Neighbor>& neighbors, const EdgeDetails& details,
                    Format format, std::ostream& out) {
  std::vector<const graph::Neighbor*> sorted;
  for (const graph::Neighbor& n : neighbors) sorted.push_back(&n);
  std::sort(sorted.begin(), sorted.end(), [&](const graph::Neighbor* a, const graph::Neighbor* b) {
    if (a->depth != b->depth) return a->depth < b->depth;
    const model::Node& na = kg.node(a->vertex);
    const model::Node& nb = kg.node(b->vertex);
    return na.name != nb.name ? na.name < nb.name : na.id < nb.id;
  });
  const model::Node& c = kg.node(center);
  if (format == Format::kJson) {
    Json list = Json::array();
    for (const graph::Neighbor* n : sorted) {
      Json relations = Json::array();
      for (const graph::Step& s : n->steps) {
        relations.push_back(RelationJson(kg, Details(kg, details, s.edge)));
      }
      list.push_back(Json{{"entity", EntityJson(kg.node(n->vertex))},
                          {"depth", n->depth},
                          {"via", EntityJson(kg.node(n->via))},
                          {"relations", std::move(relations)}});
    }
    WriteJson(Json{{"center", EntityJson(c)}, {"depth", depth}, {"neighbors", std::move(list)}},
              out);
    return;
  }
  if (format == Format::kCsv) {
    std::vector<std::string> header = {"depth", "entity", "type", "key", "via"};
    header.insert(header.end(), kRelationCsvHeader.begin(), kRelationCsvHeader.end());
    exporter::WriteCsvRow(header, out);
    for (const graph::Neighbor* n : sorted) {
      const model::Node& node = kg.node(n->vertex);
      for (const graph::Step& s : n->steps) {
        const model::Edge& e = Details(kg, details, s.edge);
        std::vector<std::string> row = {std::to_string(n->depth), node.name, node.type, node.key,
                                        kg.node(n->via).name};
        std::vector<std::string> rel = RelationCsv(kg, s, e, BestEvidence(e));
        row.insert(row.end(), rel.begin(), rel.end());
        exporter::WriteCsvRow(row, out);
      }
    }
    return;
  }
  out << text::TerminalSafe(c.name) << " (" << text::TerminalSafe(c.key)
      << "): " << Plural(sorted.size(), "entity", "entities") << " within "
      << Plural(depth, "hop", "hops") << "\n";
  if (sorted.empty()) return;
  TextTable table({"DEPTH", "ENTITY", "TYPE", "RELATION"});
  for (const graph::Neighbor* n : sorted) {
    const model::Node& node = kg.node(n->vertex);
    bool first = true;
    for (const graph::Step& s : n->steps) {
      const model::Edge& e = Details(kg, details, s.edge);
      table.Row({first ? std::to_string(n->depth) : "", first ? node.name : "",
                 first ? node.type : "", Arrow(kg, s, e) + "  (" + Support(e) + ")"});
      AddBestEvidence(e, &table);
      first = false;
    }
  }
  table.Write(out);
}

void WritePath(const graph::KnowledgeGraph& kg, graph::VertexId from, graph::VertexId to,
               const graph::PathResult& path, const EdgeDetails& details, Format format,
               std::ostream& out) {
  const model::Node& a = kg.node(from);
  const model::Node& b = kg.node(to);
  if (format == Format::kJson) {
    Json hops = Json::array();
    for (size_t i = 0; i < path.hops.size(); ++i) {
      const graph::Step& s = path.hops[i];
      const model::Edge& e = Details(kg, details, s.edge);
      hops.push_back(Json{{"hop", i + 1},
                          {"from", EntityJson(kg.node(s.from))},
                          {"to", EntityJson(kg.node(s.to))},
                          {"direction", Direction(s, e)},
                          {"relation", RelationJson(kg, e)}});
    }
    WriteJson(Json{{"from", EntityJson(a)},
                   {"to", EntityJson(b)},
                   {"found", path.found},
                   {"length", path.hops.size()},
                   {"hops", std::move(hops)}},
              out);
    return;
  }
  if (format == Format::kCsv) {
    std::vector<std::string> header = {"hop", "from", "to"};
    header.insert(header.end(), kRelationCsvHeader.begin(), kRelationCsvHeader.end());
    exporter::WriteCsvRow(header, out);
    for (size_t i = 0; i < path.hops.size(); ++i) {
      const graph::Step& s = path.hops[i];
      const model::Edge& e = Details(kg, details, s.edge);
      std::vector<std::string> row = {std::to_string(i + 1), kg.node(s.from).name,
                                      kg.node(s.to).name};
      std::vector<std::string> rel = RelationCsv(kg, s, e, BestEvidence(e));
      row.insert(row.end(), rel.begin(), rel.end());
      exporter::WriteCsvRow(row, out);
    }
    return;
  }
  if (!path.found) {
    out << "No path between " << text::TerminalSafe(a.name) << " (" << text::TerminalSafe(a.key)
        << ") and " << text::TerminalSafe(b.name) << " (" << text::TerminalSafe(b.key)
        << "): they are not connected\n";
    return;
  }
  out << text::TerminalSafe(a.name) << " (" << text::TerminalSafe(a.key) << ") to "
      << text::TerminalSafe(b.name) << " (" << text::TerminalSafe(b.key)
      << "): " << Plural(path.hops.size(), "hop", "hops") << "\n";
  if (path.hops.empty()) return;
  TextTable table({"HOP", "RELATION"});
  for (size_t i = 0; i < path.hops.size(); ++i) {
    const graph::Step& s = path.hops[i];
    const model::Edge& e = Details(kg, details, s.edge);
    table.Row({std::to_string(i + 1), Arrow(kg, s, e) + "  (" + Support(e) + ")"});
    AddBestEvidence(e, &table);
  }
  table.Write(out);
}

void WriteBetween(const graph::KnowledgeGraph& kg, graph::VertexId a, graph::VertexId b,
                  const std::vector<graph::Step>& steps, const EdgeDetails& details, Format format,
                  std::ostream& out) {
  if (format == Format::kJson) {
    Json relations = Json::array();
    for (const graph::Step& s : steps) {
      Json r = RelationJson(kg, Details(kg, details, s.edge));
      relations.push_back(std::move(r));
    }
    WriteJson(Json{{"a", EntityJson(kg.node(a))},
                   {"b", EntityJson(kg.node(b))},
                   {"relations", std::move(relations)}},
              out);
    return;
  }
  if (format == Format::kCsv) {
    exporter::WriteCsvRow(kRelationCsvHeader, out);
    for (const graph::Step& s : steps) {
      const model::Edge& e = Details(kg, details, s.edge);
      if (e.evidence.empty()) exporter::WriteCsvRow(RelationCsv(kg, s, e, nullptr), out);
      for (const model::Evidence& ev : e.evidence) {
        exporter::WriteCsvRow(RelationCsv(kg, s, e, &ev), out);
      }
    }
    return;
  }
  out << text::TerminalSafe(kg.node(a).name) << " (" << text::TerminalSafe(kg.node(a).key)
      << ") and " << text::TerminalSafe(kg.node(b).name) << " ("
      << text::TerminalSafe(kg.node(b).key)
      << "): " << Plural(steps.size(), "relation", "relations") << "\n";
  for (const graph::Step& s : steps) {
    const model::Edge& e = Details(kg, details, s.edge);
    out << "  " << text::TerminalSafe(Arrow(kg, s, e)) << "  (" << text::TerminalSafe(Support(e))
        << ")\n";
    for (const model::Evidence& ev : e.evidence) {
      out << "    " << text::TerminalSafe(EvidenceLine(ev)) << "\n";
    }
  }
}

void WriteTop(const graph::KnowledgeGraph& kg, std::string_view measure,
              const std::vector<graph::Ranked>& top, const graph::BetweennessResult* betweenness,
              Format format, std::ostream& out) {
  const int decimals = measure == "degree" ? 0 : measure == "pagerank" ? 6 : 2;
  const bool sampled = betweenness != nullptr && betweenness->sampled;
  if (format == Format::kJson) {
    Json list = Json::array();
    for (size_t i = 0; i < top.size(); ++i) {
      Json score = decimals == 0 ? Json(static_cast<int64_t>(top[i].score)) : Json(top[i].score);
      list.push_back(Json{{"rank", i + 1},
                          {"entity", EntityJson(kg.node(top[i].vertex))},
                          {"score", std::move(score)}});
    }
    Json j{{"measure", measure}};
    if (betweenness != nullptr) {
      j["sampled"] = sampled;
      j["sources"] = betweenness->sources;
    }
    j["entities"] = std::move(list);
    WriteJson(j, out);
    return;
  }
  if (format == Format::kCsv) {
    exporter::WriteCsvRow({"rank", "entity", "type", "key", std::string(measure)}, out);
    for (size_t i = 0; i < top.size(); ++i) {
      const model::Node& n = kg.node(top[i].vertex);
      exporter::WriteCsvRow(
          {std::to_string(i + 1), n.name, n.type, n.key, Fixed(top[i].score, decimals)}, out);
    }
    return;
  }
  out << "Top " << top.size() << " by " << measure;
  if (sampled) {
    out << " (estimated from " << betweenness->sources << " sampled sources of "
        << betweenness->connected_vertices << " connected entities)";
  }
  out << "\n";
  std::string column(measure);
  std::transform(column.begin(), column.end(), column.begin(), ::toupper);
  TextTable table({"RANK", "ENTITY", "TYPE", column});
  for (size_t i = 0; i < top.size(); ++i) {
    const model::Node& n = kg.node(top[i].vertex);
    table.Row({std::to_string(i + 1), n.name, n.type, Fixed(top[i].score, decimals)});
  }
  table.Write(out);
}

void WriteComponents(const graph::KnowledgeGraph& kg,
                     const std::vector<graph::Component>& components, size_t min_size,
                     Format format, std::ostream& out) {
  constexpr size_t kTableMembers = 8;
  const std::vector<double> degree = graph::DegreeScores(kg, {});
  size_t shown = 0, hidden_entities = 0;
  for (const graph::Component& c : components) {
    if (c.vertices.size() >= min_size) {
      ++shown;
    } else {
      hidden_entities += c.vertices.size();
    }
  }
  auto members = [&](const graph::Component& c) {
    std::vector<graph::VertexId> m = c.vertices;
    std::sort(m.begin(), m.end(), [&](graph::VertexId a, graph::VertexId b) {
      if (degree[a] != degree[b]) return degree[a] > degree[b];
      const model::Node& na = kg.node(a);
      const model::Node& nb = kg.node(b);
      return na.name != nb.name ? na.name < nb.name : na.id < nb.id;
    });
    return m;
  };
  if (format == Format::kJson) {
    Json list = Json::array();
    for (size_t i = 0; i < shown; ++i) {
      const graph::Component& c = components[i];
      Json m = Json::array();
      for (graph::VertexId v : members(c)) {
        Json e = EntityJson(kg.node(v));
        e["degree"] = static_cast<int64_t>(degree[v]);
        m.push_back(std::move(e));
      }
      list.push_back(Json{{"component", i + 1},
                          {"entities", c.vertices.size()},
                          {"relations", c.edges},
                          {"members", std::move(m)}});
    }
    WriteJson(Json{{"min_size", min_size},
                   {"components", std::move(list)},
                   {"smaller_components", components.size() - shown},
                   {"entities_in_smaller_components", hidden_entities}},
              out);
    return;
  }
  if (format == Format::kCsv) {
    exporter::WriteCsvRow({"component", "entities", "relations", "entity", "type", "key", "degree"},
                          out);
    for (size_t i = 0; i < shown; ++i) {
      const graph::Component& c = components[i];
      for (graph::VertexId v : members(c)) {
        const model::Node& n = kg.node(v);
        exporter::WriteCsvRow(
            {std::to_string(i + 1), std::to_string(c.vertices.size()), std::to_string(c.edges),
             n.name, n.type, n.key, std::to_string(static_cast<int64_t>(degree[v]))},
            out);
      }
    }
    return;
  }
  out << Plural(shown, "component", "components") << " of " << min_size << " or more entities";
  if (components.size() > shown) {
    out << "; " << Plural(components.size() - shown, "smaller one", "smaller ones") << " ("
        << Plural(hidden_entities, "entity", "entities") << ") not listed";
  }
  out << "\n";
  if (shown == 0) return;
  TextTable table({"#", "ENTITIES", "RELATIONS", "MEMBERS (most connected first)"});
  for (size_t i = 0; i < shown; ++i) {
    const graph::Component& c = components[i];
    std::vector<graph::VertexId> m = members(c);
    std::string names;
    for (size_t k = 0; k < m.size() && k < kTableMembers; ++k) {
      if (k > 0) names += ", ";
      names += kg.node(m[k]).name;
    }
    if (m.size() > kTableMembers)
      names += ", ... (+" + std::to_string(m.size() - kTableMembers) + ")";
    table.Row(
        {std::to_string(i + 1), std::to_string(c.vertices.size()), std::to_string(c.edges), names});
  }
  table.Write(out);
}

}  // namespace newsgraph::query

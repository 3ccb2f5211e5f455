#include "export/json_writer.h"

#include <nlohmann/json.hpp>
#include <map>
#include <string>

namespace newsgraph::exporter {
namespace {

using Json = nlohmann::ordered_json;

std::string NodeId(int64_t id) { return "n" + std::to_string(id); }

Json NodeJson(const model::Node& n) {
  Json j;
  j["id"] = NodeId(n.id);
  j["name"] = n.name;
  j["type"] = n.type;
  j["aliases"] = n.aliases;
  j["key"] = n.key;
  j["discovered"] = n.discovered;
  j["confidence"] = n.confidence;
  j["mentions"] = n.mentions;
  j["documents"] = n.documents;
  return j;
}

Json EvidenceJson(const model::Evidence& ev) {
  Json j;
  j["document"] = ev.document;
  j["date"] = ev.date;
  j["sentence"] = ev.sentence;
  j["begin"] = ev.begin;
  j["end"] = ev.end;
  j["text"] = ev.text;
  j["rule"] = ev.rule;
  j["modality"] = ev.modality;
  j["confidence"] = ev.confidence;
  if (!ev.cameo.empty()) j["cameo"] = ev.cameo;
  AddDocumentFields(ev, &j);
  return j;
}

Json EdgeJson(const model::Edge& e, bool with_evidence) {
  Json j;
  j["id"] = "e" + std::to_string(e.id);
  j["source"] = NodeId(e.source);
  j["target"] = NodeId(e.target);
  j["type"] = e.type;
  j["symmetric"] = e.symmetric;
  j["modality"] = e.modality;
  j["support"] = {{"documents", e.support_documents}, {"mentions", e.support_mentions}};
  j["first_seen"] = e.first_seen.empty() ? Json() : Json(e.first_seen);
  j["last_seen"] = e.last_seen.empty() ? Json() : Json(e.last_seen);
  if (with_evidence) {
    Json evidence = Json::array();
    std::map<std::string, int64_t> days;  // dated evidence sentences per day
    for (const model::Evidence& ev : e.evidence) {
      evidence.push_back(EvidenceJson(ev));
      if (!ev.date.empty()) ++days[ev.date];
    }
    j["days"] = days;
    j["evidence"] = std::move(evidence);
  }
  return j;
}

}  // namespace

void WriteJson(const model::Graph& g, const JsonOptions& opt, std::ostream& out) {
  Json nodes = Json::array();
  for (const model::Node& n : g.nodes) nodes.push_back(NodeJson(n));
  Json edges = Json::array();
  for (const model::Edge& e : g.edges) edges.push_back(EdgeJson(e, opt.with_evidence));
  Json doc;
  doc["nodes"] = std::move(nodes);
  doc["edges"] = std::move(edges);
  out << doc.dump(opt.indent < 0 ? -1 : opt.indent, ' ', /*ensure_ascii=*/false,
                  Json::error_handler_t::replace)
      << '\n';
}

}  // namespace newsgraph::exporter

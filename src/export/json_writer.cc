#include "export/json_writer.h"

#include <map>
#include <string>

#include "format/json_forms.h"

namespace newsgraph::exporter {
namespace {

using format::EdgeField;
using format::Json;
using format::NodeField;

Json EdgeJson(const model::Edge& e, bool with_evidence) {
  Json j = format::EdgeJson(e, {EdgeField::kId, EdgeField::kSourceId, EdgeField::kTargetId,
                                EdgeField::kType, EdgeField::kSymmetric, EdgeField::kModality,
                                EdgeField::kSupport, EdgeField::kSeenOrNull});
  if (with_evidence) {
    std::map<std::string, int64_t> days;  // dated evidence sentences per day
    for (const model::Evidence& ev : e.evidence) {
      if (!ev.date.empty()) ++days[ev.date];
    }
    j["days"] = days;
    j["evidence"] = format::EvidenceArray(e.evidence, format::kEvidenceItem);
  }
  return j;
}

}  // namespace

void WriteJson(const model::Graph& g, const JsonOptions& opt, std::ostream& out) {
  Json nodes = Json::array();
  for (const model::Node& n : g.nodes) {
    nodes.push_back(
        format::NodeJson(n, {NodeField::kId, NodeField::kName, NodeField::kType,
                             NodeField::kAliases, NodeField::kKey, NodeField::kDiscovered,
                             NodeField::kConfidence, NodeField::kMentions, NodeField::kDocuments}));
  }
  Json edges = Json::array();
  for (const model::Edge& e : g.edges) edges.push_back(EdgeJson(e, opt.with_evidence));
  Json doc;
  doc["nodes"] = std::move(nodes);
  doc["edges"] = std::move(edges);
  out << format::JsonText(doc, opt.indent < 0 ? -1 : opt.indent) << '\n';
}

}  // namespace newsgraph::exporter

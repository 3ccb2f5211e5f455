#include "export/json_writer.h"

#include <map>
#include <string>

#include "output/json_forms.h"

namespace newsgraph::exporter {
namespace {

using output::EdgeField;
using output::Json;
using output::NodeField;

Json EdgeJson(const model::Edge& e, bool with_evidence) {
  Json j = output::EdgeJson(e, {EdgeField::kId, EdgeField::kSourceId, EdgeField::kTargetId,
                                EdgeField::kType, EdgeField::kSymmetric, EdgeField::kModality,
                                EdgeField::kSupport, EdgeField::kSeenOrNull});
  if (with_evidence) {
    std::map<std::string, int64_t> days;  // dated evidence sentences per day
    for (const model::Evidence& ev : e.evidence) {
      if (!ev.date.empty()) ++days[ev.date];
    }
    j["days"] = days;
    j["evidence"] = output::EvidenceArray(e.evidence, output::kEvidenceItem);
  }
  return j;
}

}  // namespace

void WriteJson(const model::Graph& g, const JsonOptions& opt, std::ostream& out) {
  Json nodes = Json::array();
  for (const model::Node& n : g.nodes) {
    nodes.push_back(
        output::NodeJson(n, {NodeField::kId, NodeField::kName, NodeField::kType,
                             NodeField::kAliases, NodeField::kKey, NodeField::kDiscovered,
                             NodeField::kConfidence, NodeField::kMentions, NodeField::kDocuments}));
  }
  Json edges = Json::array();
  for (const model::Edge& e : g.edges) edges.push_back(EdgeJson(e, opt.with_evidence));
  Json doc;
  doc["nodes"] = std::move(nodes);
  doc["edges"] = std::move(edges);
  out << output::JsonText(doc, opt.indent < 0 ? -1 : opt.indent) << '\n';
}

}  // namespace newsgraph::exporter

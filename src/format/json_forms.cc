#include "format/json_forms.h"

namespace newsgraph::format {
namespace {

Json DateOrNull(const std::string& date) { return date.empty() ? Json() : Json(date); }

// The sentence cut around its trigger words, so a reader can mark them.
void AddTextAroundTrigger(const model::Evidence& ev, Json* j) {
  const std::string& s = ev.text;
  const bool inside = ev.trigger_end > ev.trigger_begin && ev.trigger_begin >= ev.begin &&
                      ev.trigger_end - ev.begin <= s.size();
  const size_t b = inside ? ev.trigger_begin - ev.begin : s.size();
  const size_t e = inside ? ev.trigger_end - ev.begin : s.size();
  (*j)["before"] = s.substr(0, b);
  (*j)["trigger"] = s.substr(b, e - b);
  (*j)["after"] = s.substr(e);
}

}  // namespace

std::string NodeId(int64_t id) { return "n" + std::to_string(id); }
std::string EdgeId(int64_t id) { return "e" + std::to_string(id); }

void AddNodeFields(const model::Node& n, std::initializer_list<NodeField> fields, Json* j) {
  for (NodeField f : fields) {
    switch (f) {
      case NodeField::kId:
        (*j)["id"] = NodeId(n.id);
        break;
      case NodeField::kKey:
        (*j)["key"] = n.key;
        break;
      case NodeField::kName:
        (*j)["name"] = n.name;
        break;
      case NodeField::kType:
        (*j)["type"] = n.type;
        break;
      case NodeField::kAliases:
        (*j)["aliases"] = n.aliases;
        break;
      case NodeField::kDiscovered:
        (*j)["discovered"] = n.discovered;
        break;
      case NodeField::kConfidence:
        (*j)["confidence"] = n.confidence;
        break;
      case NodeField::kMentions:
        (*j)["mentions"] = n.mentions;
        break;
      case NodeField::kDocuments:
        (*j)["documents"] = n.documents;
        break;
    }
  }
}

Json NodeJson(const model::Node& n, std::initializer_list<NodeField> fields) {
  Json j = Json::object();
  AddNodeFields(n, fields, &j);
  return j;
}

void AddEdgeFields(const model::Edge& e, std::initializer_list<EdgeField> fields, Json* j) {
  for (EdgeField f : fields) {
    switch (f) {
      case EdgeField::kId:
        (*j)["id"] = EdgeId(e.id);
        break;
      case EdgeField::kSourceId:
        (*j)["source"] = NodeId(e.source);
        break;
      case EdgeField::kTargetId:
        (*j)["target"] = NodeId(e.target);
        break;
      case EdgeField::kType:
        (*j)["type"] = e.type;
        break;
      case EdgeField::kSymmetric:
        (*j)["symmetric"] = e.symmetric;
        break;
      case EdgeField::kModality:
        (*j)["modality"] = e.modality;
        break;
      case EdgeField::kSupport:
        (*j)["support"] =
            Json{{"documents", e.support_documents}, {"mentions", e.support_mentions}};
        break;
      case EdgeField::kSupportCounts:
        (*j)["documents"] = e.support_documents;
        (*j)["mentions"] = e.support_mentions;
        break;
      case EdgeField::kSeen:
        (*j)["first_seen"] = e.first_seen;
        (*j)["last_seen"] = e.last_seen;
        break;
      case EdgeField::kSeenOrNull:
        (*j)["first_seen"] = DateOrNull(e.first_seen);
        (*j)["last_seen"] = DateOrNull(e.last_seen);
        break;
    }
  }
}

Json EdgeJson(const model::Edge& e, std::initializer_list<EdgeField> fields) {
  Json j = Json::object();
  AddEdgeFields(e, fields, &j);
  return j;
}

void AddEvidenceFields(const model::Evidence& ev, std::initializer_list<EvidenceField> fields,
                       Json* j) {
  for (EvidenceField f : fields) {
    switch (f) {
      case EvidenceField::kDocument:
        (*j)["document"] = ev.document;
        break;
      case EvidenceField::kDate:
        (*j)["date"] = ev.date;
        break;
      case EvidenceField::kSentence:
        (*j)["sentence"] = ev.sentence;
        break;
      case EvidenceField::kBegin:
        (*j)["begin"] = ev.begin;
        break;
      case EvidenceField::kEnd:
        (*j)["end"] = ev.end;
        break;
      case EvidenceField::kText:
        (*j)["text"] = ev.text;
        break;
      case EvidenceField::kRule:
        (*j)["rule"] = ev.rule;
        break;
      case EvidenceField::kModality:
        (*j)["modality"] = ev.modality;
        break;
      case EvidenceField::kConfidence:
        (*j)["confidence"] = ev.confidence;
        break;
      case EvidenceField::kCameo:
        if (!ev.cameo.empty()) (*j)["cameo"] = ev.cameo;
        break;
      case EvidenceField::kDocumentFields:
        if (!ev.event_date.empty()) (*j)["event_date"] = ev.event_date;
        if (!ev.url.empty()) (*j)["url"] = ev.url;
        if (!ev.title.empty()) (*j)["title"] = ev.title;
        if (!ev.source.empty()) (*j)["source"] = ev.source;
        break;
      case EvidenceField::kTextAroundTrigger:
        AddTextAroundTrigger(ev, j);
        break;
    }
  }
}

Json EvidenceJson(const model::Evidence& ev, std::initializer_list<EvidenceField> fields) {
  Json j = Json::object();
  AddEvidenceFields(ev, fields, &j);
  return j;
}

Json EvidenceArray(const std::vector<model::Evidence>& evidence,
                   std::initializer_list<EvidenceField> fields) {
  Json arr = Json::array();
  for (const model::Evidence& ev : evidence) arr.push_back(EvidenceJson(ev, fields));
  return arr;
}

}  // namespace newsgraph::format

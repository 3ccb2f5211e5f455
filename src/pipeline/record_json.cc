#include "pipeline/record_json.h"

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <vector>

#include "format/json_forms.h"

namespace newsgraph::pipeline {
namespace {

using format::Json;
using format::JsonText;

Json EntityJson(const store::EntityRecord& e) {
  Json j;
  j["key"] = e.key;
  j["name"] = e.name;
  j["type"] = e.type;
  j["discovered"] = e.discovered;
  j["confidence"] = e.confidence;
  j["aliases"] = e.aliases;
  return j;
}

Json MentionJson(const store::MentionRecord& m) {
  Json j;
  j["entity"] = m.entity;
  j["begin"] = m.begin;
  j["end"] = m.end;
  j["sentence"] = m.sentence;
  j["how"] = m.how;
  j["confidence"] = m.confidence;
  j["rule"] = m.rule;
  return j;
}

Json RelationJson(const store::RelationRecord& r) {
  Json j;
  j["type"] = r.type;
  j["source"] = r.source;
  j["target"] = r.target;
  j["symmetric"] = r.symmetric;
  j["modality"] = r.modality;
  j["sentence"] = r.sentence;
  j["sentence_begin"] = r.sentence_begin;
  j["sentence_end"] = r.sentence_end;
  j["trigger_begin"] = r.trigger_begin;
  j["trigger_end"] = r.trigger_end;
  j["rule"] = r.rule;
  j["cameo"] = r.cameo;
  j["confidence"] = r.confidence;
  j["event_date"] = r.event_date;
  return j;
}

// Reads typed fields out of JSON objects, remembering the first problem.
class Reader {
 public:
  explicit Reader(const std::string& where) : where_(where) {}

  void Text(const nlohmann::json& o, const char* key, std::string* out) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return;
    if (!v->is_string()) return Fail(std::string("\"") + key + "\" is not a string");
    *out = v->get<std::string>();
  }
  void Uint(const nlohmann::json& o, const char* key, uint32_t* out) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return;
    if (!v->is_number_unsigned() || v->get<uint64_t>() > std::numeric_limits<uint32_t>::max()) {
      return Fail(std::string("\"") + key + "\" is not a count or offset");
    }
    *out = static_cast<uint32_t>(v->get<uint64_t>());
  }
  void Size(const nlohmann::json& o, const char* key, uint64_t* out) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return;
    if (!v->is_number_unsigned()) return Fail(std::string("\"") + key + "\" is not a size");
    *out = v->get<uint64_t>();
  }
  void Real(const nlohmann::json& o, const char* key, float* out) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return;
    if (!v->is_number()) return Fail(std::string("\"") + key + "\" is not a number");
    *out = static_cast<float>(v->get<double>());
  }
  void Bool(const nlohmann::json& o, const char* key, bool* out) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return;
    if (!v->is_boolean()) return Fail(std::string("\"") + key + "\" is not true or false");
    *out = v->get<bool>();
  }
  void Texts(const nlohmann::json& o, const char* key, std::vector<std::string>* out) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return;
    if (!v->is_array()) return Fail(std::string("\"") + key + "\" is not an array");
    for (const nlohmann::json& s : *v) {
      if (!s.is_string()) return Fail(std::string("\"") + key + "\" holds a non-string");
      out->push_back(s.get<std::string>());
    }
  }
  // The array `key` of objects; null (after a Fail) when it is not one.
  const nlohmann::json* Objects(const nlohmann::json& o, const char* key) {
    const nlohmann::json* v = Field(o, key);
    if (v == nullptr) return nullptr;
    if (!v->is_array()) {
      Fail(std::string("\"") + key + "\" is not an array");
      return nullptr;
    }
    for (const nlohmann::json& e : *v) {
      if (!e.is_object()) {
        Fail(std::string("\"") + key + "\" holds a non-object");
        return nullptr;
      }
    }
    return v;
  }
  bool ok() const { return error_.empty(); }
  Status status() const {
    return ok() ? Status::OK() : Status::InvalidArgument(where_ + ": " + error_);
  }

 private:
  const nlohmann::json* Field(const nlohmann::json& o, const char* key) {
    if (!ok()) return nullptr;
    auto it = o.find(key);
    if (it == o.end()) {
      Fail(std::string("no \"") + key + "\"");
      return nullptr;
    }
    return &*it;
  }
  void Fail(const std::string& what) {
    if (ok()) error_ = what;
  }
  const std::string& where_;
  std::string error_;
};

}  // namespace

std::string RecordJsonLine(const store::DocumentRecord& r) {
  Json j;
  j["record"] = "document";
  j["name"] = r.info.name;
  j["hash"] = r.info.hash;
  j["date"] = r.info.date;
  j["size"] = r.info.size;
  j["url"] = r.info.url;
  j["title"] = r.info.title;
  j["source"] = r.info.source;
  j["text"] = r.text;
  Json entities = Json::array(), mentions = Json::array(), relations = Json::array();
  for (const store::EntityRecord& e : r.entities) entities.push_back(EntityJson(e));
  for (const store::MentionRecord& m : r.mentions) mentions.push_back(MentionJson(m));
  for (const store::RelationRecord& x : r.relations) relations.push_back(RelationJson(x));
  j["entities"] = std::move(entities);
  j["mentions"] = std::move(mentions);
  j["relations"] = std::move(relations);
  return JsonText(j, -1);
}

std::string ErrorJsonLine(const std::string& where, const std::string& message) {
  Json j;
  j["record"] = "error";
  j["where"] = where;
  j["error"] = message;
  return JsonText(j, -1);
}

Status ParseRecordLine(std::string_view line, const std::string& where, RecordKind* kind,
                       store::DocumentRecord* record, std::string* error) {
  const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return Status::InvalidArgument(where + ": not a JSON object (a line of `newsgraph extract`)");
  }
  Reader in(where);
  std::string what;
  in.Text(j, "record", &what);
  NG_RETURN_IF_ERROR(in.status());
  if (what == "error") {
    *kind = RecordKind::kError;
    in.Text(j, "error", error);
    return in.status();
  }
  if (what != "document") {
    return Status::InvalidArgument(where + ": unknown record \"" + what +
                                   "\" (expected \"document\" or \"error\")");
  }
  *kind = RecordKind::kDocument;
  store::DocumentRecord& r = *record;
  r = store::DocumentRecord();
  in.Text(j, "name", &r.info.name);
  in.Text(j, "hash", &r.info.hash);
  in.Text(j, "date", &r.info.date);
  in.Size(j, "size", &r.info.size);
  in.Text(j, "url", &r.info.url);
  in.Text(j, "title", &r.info.title);
  in.Text(j, "source", &r.info.source);
  in.Text(j, "text", &r.text);
  if (const nlohmann::json* a = in.Objects(j, "entities")) {
    for (const nlohmann::json& o : *a) {
      store::EntityRecord& e = r.entities.emplace_back();
      in.Text(o, "key", &e.key);
      in.Text(o, "name", &e.name);
      in.Text(o, "type", &e.type);
      in.Bool(o, "discovered", &e.discovered);
      in.Real(o, "confidence", &e.confidence);
      in.Texts(o, "aliases", &e.aliases);
    }
  }
  if (const nlohmann::json* a = in.Objects(j, "mentions")) {
    for (const nlohmann::json& o : *a) {
      store::MentionRecord& m = r.mentions.emplace_back();
      in.Uint(o, "entity", &m.entity);
      in.Uint(o, "begin", &m.begin);
      in.Uint(o, "end", &m.end);
      in.Uint(o, "sentence", &m.sentence);
      in.Text(o, "how", &m.how);
      in.Real(o, "confidence", &m.confidence);
      in.Text(o, "rule", &m.rule);
    }
  }
  if (const nlohmann::json* a = in.Objects(j, "relations")) {
    for (const nlohmann::json& o : *a) {
      store::RelationRecord& x = r.relations.emplace_back();
      in.Text(o, "type", &x.type);
      in.Uint(o, "source", &x.source);
      in.Uint(o, "target", &x.target);
      in.Bool(o, "symmetric", &x.symmetric);
      in.Text(o, "modality", &x.modality);
      in.Uint(o, "sentence", &x.sentence);
      in.Uint(o, "sentence_begin", &x.sentence_begin);
      in.Uint(o, "sentence_end", &x.sentence_end);
      in.Uint(o, "trigger_begin", &x.trigger_begin);
      in.Uint(o, "trigger_end", &x.trigger_end);
      in.Text(o, "rule", &x.rule);
      in.Text(o, "cameo", &x.cameo);
      in.Real(o, "confidence", &x.confidence);
      in.Text(o, "event_date", &x.event_date);
    }
  }
  return in.status();
}

}  // namespace newsgraph::pipeline

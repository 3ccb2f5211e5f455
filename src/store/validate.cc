#include "store/internal/validate.h"

#include <cstdint>
#include <string>

#include "util/dates.h"

namespace newsgraph::store::internal {
namespace {

bool InText(const std::string& text, uint32_t begin, uint32_t end) {
  return begin <= end && end <= text.size();
}

}  // namespace

bool IsModality(std::string_view m) {
  for (const char* modality : kModalities) {
    if (m == modality) return true;
  }
  return false;
}

Status Validate(const DocumentRecord& record) {
  const DocumentInfo& info = record.info;
  const std::string& name = info.name;
  if (name.empty()) return Status::InvalidArgument("document without a name");
  if (!info.date.empty() && !util::IsDay(info.date)) {
    return Status::InvalidArgument(name + ": date \"" + info.date + "\" is not YYYY-MM-DD");
  }
  const size_t n = record.entities.size();
  for (size_t i = 0; i < record.mentions.size(); ++i) {
    const MentionRecord& m = record.mentions[i];
    std::string where = name + ": mention " + std::to_string(i) + ": ";
    if (m.entity >= n) {
      return Status::InvalidArgument(where + "entity " + std::to_string(m.entity) +
                                     " out of range (" + std::to_string(n) + " entities)");
    }
    if (!InText(record.text, m.begin, m.end)) {
      return Status::InvalidArgument(where + "span outside the text");
    }
  }
  for (size_t i = 0; i < record.relations.size(); ++i) {
    const RelationRecord& r = record.relations[i];
    std::string where = name + ": relation " + std::to_string(i) + " (" + r.type + "): ";
    if (r.type.empty()) return Status::InvalidArgument(where + "empty type");
    if (r.source >= n || r.target >= n) {
      return Status::InvalidArgument(where + "entity out of range (" + std::to_string(n) +
                                     " entities)");
    }
    if (!IsModality(r.modality)) {
      return Status::InvalidArgument(where + "unknown modality \"" + r.modality + "\"");
    }
    if (!InText(record.text, r.trigger_begin, r.trigger_end) ||
        !InText(record.text, r.sentence_begin, r.sentence_end)) {
      return Status::InvalidArgument(where + "span outside the text");
    }
  }
  return Status::OK();
}

}  // namespace newsgraph::store::internal

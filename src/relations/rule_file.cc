#include "relations/internal/rule_file.h"

#include <array>
#include <fstream>
#include <sstream>

namespace newsgraph::relations {
namespace {

enum Column { kKind, kId, kRelation, kPattern, kWindow, kModality, kConfidence, kNumColumns };
constexpr std::array<const char*, kNumColumns> kColumnNames = {
    "kind", "id", "relation", "pattern", "window", "modality", "confidence"};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitTabs(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find('\t', start);
    out.push_back(Trim(s.substr(start, p == std::string_view::npos ? p : p - start)));
    if (p == std::string_view::npos) return out;
    start = p + 1;
  }
}

std::string* Field(RuleLine* line, int column) {
  switch (column) {
    case kKind:
      return &line->kind;
    case kId:
      return &line->id;
    case kRelation:
      return &line->relation;
    case kPattern:
      return &line->pattern;
    case kWindow:
      return &line->window;
    case kModality:
      return &line->modality;
    default:
      return &line->confidence;
  }
}

}  // namespace

Status ParseRuleText(const std::string& name, std::string_view text, std::vector<RuleLine>* lines) {
  std::vector<int> column_of_field;  // header position -> Column, or -1
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    std::string where = name + ":" + std::to_string(line_no);
    std::vector<std::string_view> fields = SplitTabs(raw);
    if (column_of_field.empty()) {
      std::array<bool, kNumColumns> seen{};
      for (std::string_view f : fields) {
        int column = -1;
        for (int c = 0; c < kNumColumns; ++c) {
          if (f == kColumnNames[c]) column = c;
        }
        if (column >= 0) {
          if (seen[column])
            return Status::InvalidArgument(where + ": duplicate column \"" + std::string(f) + "\"");
          seen[column] = true;
        }
        column_of_field.push_back(column);
      }
      for (int c : {kKind, kId, kPattern}) {
        if (!seen[c]) {
          return Status::InvalidArgument(where + ": header must name the column \"" +
                                         std::string(kColumnNames[c]) + "\"");
        }
      }
      continue;
    }
    if (fields.size() > column_of_field.size()) {
      return Status::InvalidArgument(where + ": expected at most " +
                                     std::to_string(column_of_field.size()) + " fields, got " +
                                     std::to_string(fields.size()));
    }
    RuleLine out;
    out.where = std::move(where);
    for (size_t i = 0; i < fields.size(); ++i) {
      if (column_of_field[i] < 0 || fields[i] == "-") continue;
      *Field(&out, column_of_field[i]) = std::string(fields[i]);
    }
    lines->push_back(std::move(out));
  }
  return Status::OK();  // a file with no lines at all holds no rules
}

Status ReadRuleFile(const std::string& path, std::vector<RuleLine>* lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read relation rules");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return ParseRuleText(path, buf.str(), lines);
}

}  // namespace newsgraph::relations

#include "pipeline/internal/feed.h"

#include <re2/re2.h>

#include <array>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "util/dates.h"

namespace newsgraph::pipeline {
namespace {

constexpr std::array<const char*, 6> kParts = {"id", "text", "title", "url", "date", "source"};

std::string* Part(FeedFields* f, std::string_view part) {
  if (part == "id") return &f->id;
  if (part == "text") return &f->text;
  if (part == "title") return &f->title;
  if (part == "url") return &f->url;
  if (part == "date") return &f->date;
  if (part == "source") return &f->source;
  return nullptr;
}

// A date as YYYY-MM-DD, or "" when it does not exist or its year has not
// four digits.
std::string Ymd(int y, int m, int d) {
  return y >= 1000 && y <= 9999 && util::ValidDay(y, m, d) ? util::FormatDay(y, m, d) : "";
}

// The item's fields from `get(field)`; false with *why when id or text lack.
template <typename Get>
bool FillItem(const FeedFields& fields, Get get, FeedItem* item, std::string* why) {
  item->id = get(fields.id);
  item->text = get(fields.text);
  if (item->id.empty()) {
    *why = "no \"" + fields.id + "\" (the article's id; --field id=NAME names another)";
    return false;
  }
  if (item->text.find_first_not_of(" \t\r\n") == std::string::npos) {
    *why = "no \"" + fields.text + "\" (the article's text; --field text=NAME names another)";
    return false;
  }
  item->title = get(fields.title);
  item->url = get(fields.url);
  item->source = get(fields.source);
  item->date = get(fields.date);
  return true;
}

// Normalizes item->date in place; a date not understood becomes a warning.
void CheckDate(const std::string& where, FeedItem* item, std::vector<std::string>* warnings) {
  if (item->date.empty()) return;
  std::string date = NormalizeDate(item->date);
  if (date.empty()) {
    warnings->push_back(where + ": date \"" + item->date +
                        "\" not understood (YYYY-MM-DD, ISO 8601, RFC 822 or \"4 Nov 2024\"); "
                        "the article is stored undated");
  }
  item->date = date;
}

// Reads the article of one line or row (starting at `line`) through
// `get(field)` into *items, or reports why it cannot be read.
template <typename Get>
void AddItem(const std::string& where, size_t line, const FeedFields& fields, Get get,
             std::vector<FeedItem>* items, std::vector<std::string>* errors,
             std::vector<std::string>* warnings) {
  FeedItem item;
  item.line = line;
  item.where = where;
  std::string why;
  if (!FillItem(fields, get, &item, &why)) {
    errors->push_back(where + ": " + why);
    return;
  }
  CheckDate(where, &item, warnings);
  items->push_back(std::move(item));
}

}  // namespace

Status FeedFields::Set(std::string_view assignment) {
  const size_t eq = assignment.find('=');
  std::string* field =
      eq == std::string_view::npos ? nullptr : Part(this, assignment.substr(0, eq));
  if (field == nullptr || eq + 1 == assignment.size()) {
    std::string parts;
    for (const char* p : kParts) parts += std::string(parts.empty() ? "" : ", ") + p;
    return Status::InvalidArgument("--field " + std::string(assignment) +
                                   ": expected PART=NAME with PART one of " + parts);
  }
  *field = std::string(assignment.substr(eq + 1));
  return Status::OK();
}

std::string NormalizeDate(std::string_view raw) {
  // Linear-time patterns (RE2), compiled once.
  static const RE2 iso(R"(\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?\s*)");
  static const RE2 day_month_year(
      R"(\s*(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:\s.*)?)");
  static const RE2 month_day_year(
      R"(\s*(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s.*)?)");
  int y = 0, m = 0, d = 0;
  std::string month;
  const re2::StringPiece text(raw.data(), raw.size());
  if (RE2::FullMatch(text, iso, &y, &m, &d)) return Ymd(y, m, d);
  if (RE2::FullMatch(text, day_month_year, &d, &month, &y))
    return Ymd(y, util::MonthNumber(month), d);
  if (RE2::FullMatch(text, month_day_year, &month, &d, &y))
    return Ymd(y, util::MonthNumber(month), d);
  return "";
}

void ParseJsonl(const std::string& name, std::string_view content, const FeedFields& fields,
                std::vector<FeedItem>* items, std::vector<std::string>* errors,
                std::vector<std::string>* warnings, size_t first_line) {
  size_t pos = 0, line_no = first_line - 1;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = name + ":" + std::to_string(line_no);
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      errors->push_back(where +
                        ": not a JSON object (one article per line: {\"id\": ..., \"text\": ...})");
      continue;
    }
    auto get = [&](const std::string& key) -> std::string {
      auto it = j.find(key);
      if (it == j.end()) return "";
      if (it->is_string()) return it->get<std::string>();
      if (it->is_number_integer()) return std::to_string(it->get<long long>());
      return "";
    };
    AddItem(where, line_no, fields, get, items, errors, warnings);
  }
}

Status ParseCsv(const std::string& name, std::string_view content, const FeedFields& fields,
                std::vector<FeedItem>* items, std::vector<std::string>* errors,
                std::vector<std::string>* warnings) {
  size_t pos = 0, line_no = 1;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // a byte-order mark
  // Reads one record into *row; false at the end. *start: its first line.
  auto next_record = [&](std::vector<std::string>* row, size_t* start, bool* unterminated) {
    row->clear();
    *unterminated = false;
    if (pos >= content.size()) return false;
    *start = line_no;
    std::string field;
    bool quoted = false;
    while (pos < content.size()) {
      const char c = content[pos++];
      if (quoted) {
        if (c == '"') {
          if (pos < content.size() && content[pos] == '"') {
            field += '"';
            ++pos;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') ++line_no;
          field += c;
        }
      } else if (c == '"' && field.empty()) {
        quoted = true;
      } else if (c == ',') {
        row->push_back(std::move(field));
        field.clear();
      } else if (c == '\n') {
        ++line_no;
        if (!field.empty() && field.back() == '\r') field.pop_back();
        row->push_back(std::move(field));
        return true;
      } else {
        field += c;
      }
    }
    if (quoted) *unterminated = true;
    if (!field.empty() && field.back() == '\r') field.pop_back();
    row->push_back(std::move(field));
    return true;
  };
  std::vector<std::string> header, row;
  size_t start = 0;
  bool unterminated = false;
  if (!next_record(&header, &start, &unterminated)) {
    return Status::InvalidArgument(name + ": empty CSV feed (the first row must name the columns)");
  }
  std::unordered_map<std::string, size_t> column;
  for (size_t i = 0; i < header.size(); ++i) column.emplace(header[i], i);
  for (const std::string* needed : {&fields.id, &fields.text}) {
    if (column.count(*needed) == 0) {
      return Status::InvalidArgument(
          name + ":1: no column \"" + *needed +
          "\" in the header (--field id=NAME / --text-column NAME name others)");
    }
  }
  while (next_record(&row, &start, &unterminated)) {
    const std::string where = name + ":" + std::to_string(start);
    if (unterminated) {
      errors->push_back(where +
                        ": a quoted field is never closed; the rest of the feed is not read");
      break;
    }
    if (row.size() == 1 && row[0].empty()) continue;  // a blank line
    if (row.size() != header.size()) {
      errors->push_back(where + ": " + std::to_string(row.size()) + " fields, the header has " +
                        std::to_string(header.size()));
      continue;
    }
    auto get = [&](const std::string& key) -> std::string {
      auto it = column.find(key);
      return it == column.end() ? "" : row[it->second];
    };
    AddItem(where, start, fields, get, items, errors, warnings);
  }
  return Status::OK();
}

}  // namespace newsgraph::pipeline

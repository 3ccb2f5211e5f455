#include "export/csv.h"

namespace newsgraph::exporter {
namespace {

bool NeedsQuotes(std::string_view field) {
  if (field.empty()) return false;
  if (field.find_first_of(",\"\r\n") != std::string_view::npos) return true;
  auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
  return is_blank(field.front()) || is_blank(field.back());
}

}  // namespace

std::string CsvField(std::string_view field) {
  if (!NeedsQuotes(field)) return std::string(field);
  std::string quoted;
  quoted.reserve(field.size() + 2);
  quoted.push_back('"');
  for (char c : field) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

void WriteCsvRow(const std::vector<std::string>& fields, std::ostream& out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    out << CsvField(fields[i]);
  }
  out << '\n';
}

void WriteCsvTable(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& rows, std::ostream& out) {
  WriteCsvRow(header, out);
  for (const auto& row : rows) WriteCsvRow(row, out);
}

}  // namespace newsgraph::exporter

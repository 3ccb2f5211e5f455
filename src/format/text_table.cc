#include "format/text_table.h"

#include <algorithm>

#include "format/text.h"
#include "text/terminal.h"

namespace newsgraph::format {

TextTable::TextTable(std::vector<std::string> header) { rows_.push_back({std::move(header), {}}); }

void TextTable::Row(std::vector<std::string> cells) {
  for (std::string& c : cells) c = text::TerminalSafe(c);
  rows_.push_back({std::move(cells), {}});
}

void TextTable::Detail(const std::string& line) {
  rows_.back().details.push_back(text::TerminalSafe(line));
}

void TextTable::Write(std::ostream& out) const {
  std::vector<size_t> width;
  for (const Line& r : rows_) {
    if (width.size() < r.cells.size()) width.resize(r.cells.size(), 0);
    for (size_t i = 0; i < r.cells.size(); ++i) {
      width[i] = std::max(width[i], DisplayWidth(r.cells[i]));
    }
  }
  size_t indent = 0;
  for (size_t i = 0; i + 1 < width.size(); ++i) indent += width[i] + 2;
  for (const Line& r : rows_) {
    std::string line;
    for (size_t i = 0; i < r.cells.size(); ++i) {
      line += r.cells[i];
      if (i + 1 < r.cells.size()) line += std::string(width[i] - DisplayWidth(r.cells[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
    for (const std::string& d : r.details) out << std::string(indent, ' ') << d << "\n";
  }
}

}  // namespace newsgraph::format

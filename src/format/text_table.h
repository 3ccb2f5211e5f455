// TextTable lays out rows of cells in aligned columns for a terminal, as the
// graph queries print them:
//
//   TextTable table({"HOP", "RELATION"});
//   table.Row({"1", "Kaja Kallas -[succeeds]-> Josep Borrell"});
//   table.Detail("\"Kallas succeeds Borrell.\" [a.txt, sentence 2]");
//   table.Write(out);
//   // HOP  RELATION
//   // 1    Kaja Kallas -[succeeds]-> Josep Borrell
//   //      "Kallas succeeds Borrell." [a.txt, sentence 2]
//
// Columns are as wide as their widest cell (format/text.h DisplayWidth) and
// two spaces apart; the last column is not padded and no line ends in a
// space. A detail line goes under the row before it, indented to the last
// column. Rows and details pass through text::TerminalSafe as they are
// added; the header is written as given. Not safe for concurrent use.
#ifndef NEWSGRAPH_FORMAT_TEXT_TABLE_H_
#define NEWSGRAPH_FORMAT_TEXT_TABLE_H_

#include <ostream>
#include <string>
#include <vector>

namespace newsgraph::format {

class TextTable {
 public:
  explicit TextTable(std::vector<std::string> header);

  // Adds a row; rows may have fewer cells than the header.
  void Row(std::vector<std::string> cells);
  // Adds a line under the last row (under the header before any row).
  void Detail(const std::string& line);
  // Writes the header, then each row with its detail lines.
  void Write(std::ostream& out) const;

 private:
  struct Line {
    std::vector<std::string> cells;
    std::vector<std::string> details;
  };
  std::vector<Line> rows_;  // the header first
};

}  // namespace newsgraph::format

#endif  // NEWSGRAPH_FORMAT_TEXT_TABLE_H_

// CSV output with RFC 4180 quoting, shared by the Neo4j writer and the CLI's
// `--format csv` tables.
//
// A field is written between double quotes when it contains a comma, a double
// quote, CR or LF, or starts or ends with a space or tab; a double quote inside
// a quoted field is doubled. Every other field is written as is. Records end
// with "\n" (not the CRLF of RFC 4180: every reader we target, including
// `neo4j-admin database import` and Python's csv module, accepts both).
// Bytes pass through unchanged, so UTF-8 stays UTF-8.
//
//   WriteCsvTable({"name", "mentions"}, {{"Cho, Tae-yul", "3"}}, std::cout);
//   // name,mentions
//   // "Cho, Tae-yul",3
#ifndef NEWSGRAPH_EXPORT_CSV_H_
#define NEWSGRAPH_EXPORT_CSV_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::exporter {

// Returns `field` quoted as above when it needs quoting, else unchanged.
std::string CsvField(std::string_view field);

// Writes one record: the fields, comma-separated, then "\n".
void WriteCsvRow(const std::vector<std::string>& fields, std::ostream& out);

// Writes `header` and then every row. Rows are written as given; a row whose
// length differs from the header's is not padded or truncated.
void WriteCsvTable(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& rows, std::ostream& out);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_CSV_H_

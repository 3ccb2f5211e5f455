// Reads rules/relations.tsv into its lines, split into named fields. The
// format is documented field by field at the top of that file and in
// README.md (section "Relation rules"); this module only knows the TSV shape: comments,
// the header, and the column names.
#ifndef NEWSGRAPH_RELATIONS_INTERNAL_RULE_FILE_H_
#define NEWSGRAPH_RELATIONS_INTERNAL_RULE_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace newsgraph::relations {

// One data line. Fields the header does not name, or the line leaves out at
// its end, are empty; a field holding only "-" is empty too.
struct RuleLine {
  std::string where;  // "FILE:LINE", the prefix of every error about this line
  std::string kind, id, relation, pattern, window, modality, confidence;
};

// Splits `text` (the contents of the file `name`) into lines. Lines starting
// with '#' and blank lines are skipped; the first other line is the header
// and must name at least the columns kind, id and pattern (in any order;
// unknown columns, such as "note", are ignored); a file with neither header
// nor data (only comments, or empty) is valid and holds no rules. Errors: InvalidArgument
// "NAME:LINE: reason" for a missing header column, a duplicate column or a
// line with more fields than the header.
Status ParseRuleText(const std::string& name, std::string_view text, std::vector<RuleLine>* lines);

// Reads the file at `path` and parses it. IOError when it cannot be read.
Status ReadRuleFile(const std::string& path, std::vector<RuleLine>* lines);

}  // namespace newsgraph::relations

#endif  // NEWSGRAPH_RELATIONS_INTERNAL_RULE_FILE_H_

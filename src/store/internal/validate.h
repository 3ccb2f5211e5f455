// Internal to store/: the checks Store::PutDocument makes before it writes
// anything.
#ifndef NEWSGRAPH_STORE_INTERNAL_VALIDATE_H_
#define NEWSGRAPH_STORE_INTERNAL_VALIDATE_H_

#include <string_view>

#include "store/records.h"
#include "util/status.h"

namespace newsgraph::store::internal {

// Whether `m` is one of kModalities.
bool IsModality(std::string_view m);

// Checks every index and span of `record`. InvalidArgument, naming the
// document (and the mention or relation by its index), for: an empty name;
// a date not YYYY-MM-DD; a mention or relation whose entity index is out of
// range; a span outside the text (or ending before it begins); a relation
// of empty type or of a modality not in kModalities.
Status Validate(const DocumentRecord& record);

}  // namespace newsgraph::store::internal

#endif  // NEWSGRAPH_STORE_INTERNAL_VALIDATE_H_

// Names that need the document's date: a bare surname ("Lavrov said") is
// the one gazetteer person of that surname holding an office on that date,
// and a role description ("the Russian president", "Japan's foreign
// minister") is the one person holding that role there on that date. Both
// only when the document has a date (text::Document::date) and names no
// other person the words could mean; without a date nothing changes, since
// an undated story may be old.
#ifndef NEWSGRAPH_NER_INTERNAL_DATED_ROLES_H_
#define NEWSGRAPH_NER_INTERNAL_DATED_ROLES_H_

#include <string>

#include "gazetteer/gazetteer.h"
#include "ner/internal/work.h"

namespace newsgraph::ner {

class EntityTagger;

// Whether `role` is held on `date` (YYYY[-MM[-DD]]): started on or before
// it and not ended before it, compared at the precision both give.
bool HeldOn(const gazetteer::RoleView& role, const std::string& date);

// Adds the mentions described above to *w (after the other coreference).
void ResolveDatedRoles(Work* w, const EntityTagger& tagger);

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_INTERNAL_DATED_ROLES_H_

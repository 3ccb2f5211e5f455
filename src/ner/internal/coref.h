// Coreference within one document: a surname or family name refers back to
// a full person name the document gives ("Borrell" -> "Josep Borrell"), a
// titled surname to the gazetteer person with that surname and a matching
// office ("President Yoon"), and short forms ("the North") to an entry the
// document names otherwise.
#ifndef NEWSGRAPH_NER_INTERNAL_COREF_H_
#define NEWSGRAPH_NER_INTERNAL_COREF_H_

#include <vector>

#include "ner/internal/name_rules.h"
#include "ner/internal/work.h"

namespace newsgraph::ner {

class EntityTagger;

void ResolveSurnames(Work* w, const EntityTagger& tagger,
                     const std::vector<PendingSurname>& pending);

// The folded short forms a person's name can be referred back by: the last
// name word, and the first for family-name-first names ("Cho Tae-yul").
std::vector<std::string> ShortForms(const std::string& name, bool family_name_first);

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_INTERNAL_COREF_H_

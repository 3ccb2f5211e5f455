// Name rules: find people and organisations no gazetteer holds, from the
// shape of the text around them. Applied after the gazetteer pass, only over
// tokens no mention covers yet.
//
//   title + name        "Foreign Minister Cho Tae-yul", "Mr Lee", "Gen. Ali Khan"
//   apposition          "Jan Novak, the Czech defence minister"
//   organisation head   "Korea Hydro Power Agency", "Russian Defence Ministry"
//   acronym definition  "Yonhap News Agency (YNA)" makes YNA a name of it
#ifndef NEWSGRAPH_NER_INTERNAL_NAME_RULES_H_
#define NEWSGRAPH_NER_INTERNAL_NAME_RULES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ner/internal/work.h"

namespace newsgraph::ner {

// A one-word name after a title ("President Yoon"): resolved by coreference.
struct PendingSurname {
  uint32_t token = 0;
  std::string category;  // the title's category ("head_of_state", ...)
};

// Adds rule mentions to *w; appends one-word titled names to *pending.
void ApplyNameRules(Work* w, std::vector<PendingSurname>* pending);

// Registers "(ABC)" after a mention as an acronym of its entity and tags
// later uses of ABC. Returns the number of acronyms defined.
int ApplyAcronymDefinitions(Work* w);

// Length of the person-name run starting at token t (capitalised words,
// particles before a capitalised word, hyphenated parts), at most
// `max_words` words; 0 when t cannot start a name.
uint32_t NameRunLength(const Work& w, uint32_t t, uint32_t sentence_end, uint32_t max_words);

}  // namespace newsgraph::ner

#endif  // NEWSGRAPH_NER_INTERNAL_NAME_RULES_H_

// The store's record of one processed document (store/records.h), made from
// the tagger's and the relation extractor's results: what ingest hands to
// Store::PutDocument.
//
//   pipeline::Processed p;
//   engine->Process(info.name, text, pipeline::Utf8Policy::kReject, &p);
//   store->PutDocument(pipeline::MakeDocumentRecord(info, p.tagged, p.relations));
#ifndef NEWSGRAPH_PIPELINE_INTERNAL_DOCUMENT_RECORD_H_
#define NEWSGRAPH_PIPELINE_INTERNAL_DOCUMENT_RECORD_H_

#include <vector>

#include "ner/types.h"
#include "relations/types.h"
#include "store/records.h"

namespace newsgraph::pipeline {

// Copies `info`, the text, entities and mentions of `tagged` and the
// `relations` found in it (entity indexes into tagged.entities) into one
// record: a mention's `how` becomes its name (ner::MatchKindName); a
// relation's evidence sentence is its sentence_span, or, when that is empty,
// the span of its sentence in tagged.doc. A relation whose sentence is then
// unknown gets the span [1, 0), and indexes are copied unchecked:
// Store::PutDocument rejects what does not fit.
store::DocumentRecord MakeDocumentRecord(const store::DocumentInfo& info,
                                         const ner::TaggedDocument& tagged,
                                         const std::vector<relations::RelationMention>& relations);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_INTERNAL_DOCUMENT_RECORD_H_

#include "pipeline/internal/document_record.h"

namespace newsgraph::pipeline {
namespace {

// The byte range of relation mention `r`'s evidence sentence: its own
// sentence_span, or else the span of sentence r.sentence.
text::Span EvidenceSpan(const text::Document& doc, const relations::RelationMention& r) {
  if (r.sentence_span.end > r.sentence_span.begin) return r.sentence_span;
  if (r.sentence < doc.sentences.size()) return doc.sentences[r.sentence].span;
  return text::Span{1, 0};  // invalid: rejected by Store::PutDocument
}

}  // namespace

store::DocumentRecord MakeDocumentRecord(const store::DocumentInfo& info,
                                         const ner::TaggedDocument& tagged,
                                         const std::vector<relations::RelationMention>& relations) {
  store::DocumentRecord record;
  record.info = info;
  record.text = tagged.doc.text;
  record.entities.reserve(tagged.entities.size());
  for (const ner::DocEntity& e : tagged.entities) {
    record.entities.push_back({e.key, e.name, e.type, e.discovered, e.confidence, e.aliases});
  }
  record.mentions.reserve(tagged.mentions.size());
  for (const ner::Mention& m : tagged.mentions) {
    record.mentions.push_back({m.entity, m.span.begin, m.span.end, m.sentence,
                               ner::MatchKindName(m.how), m.confidence, m.rule});
  }
  record.relations.reserve(relations.size());
  for (const relations::RelationMention& r : relations) {
    const text::Span sentence = EvidenceSpan(tagged.doc, r);
    store::RelationRecord& out = record.relations.emplace_back();
    out.type = r.type;
    out.source = r.source;
    out.target = r.target;
    out.symmetric = r.symmetric;
    out.modality = r.modality;
    out.sentence = r.sentence;
    out.sentence_begin = sentence.begin;
    out.sentence_end = sentence.end;
    out.trigger_begin = r.trigger.begin;
    out.trigger_end = r.trigger.end;
    out.rule = r.rule;
    out.cameo = r.cameo;
    out.confidence = r.confidence;
    out.event_date = r.event_date;
  }
  return record;
}

}  // namespace newsgraph::pipeline

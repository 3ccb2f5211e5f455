// The store's own record of one document: what Store::PutDocument writes,
// and nothing it does not. Plain structs without behaviour or pointers into
// other structures; every offset is a byte offset into DocumentRecord::text,
// half-open [begin, end). The pipeline fills one from the tagger's and the
// relation extractor's results (pipeline/internal/document_record.h).
//
//   DocumentRecord r;
//   r.info.name = "news/2024-11-04-seoul.txt";   // the document's identity
//   r.text = "Borrell met Cho Tae-yul.";
//   r.entities = {{"person:borrell", "Josep Borrell", "PERSON"},
//                 {"person:cho-tae-yul", "Cho Tae-yul", "PERSON"}};
//   r.mentions = {{0, 0, 7, 0, "alias"}, {1, 12, 23, 0, "name"}};
//   r.relations = {{"meets", 0, 1, /*symmetric=*/true, "asserted", 0, 0, 24, 8, 11}};
//   store->PutDocument(r);
//
// Store::PutDocument checks a record before writing anything (see there).
#ifndef NEWSGRAPH_STORE_RECORDS_H_
#define NEWSGRAPH_STORE_RECORDS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph::store {

// The modalities of a relation mention, strongest claim first. Negated
// relations are stored but not exported as edges by default.
inline constexpr const char* kModalities[] = {"asserted", "planned", "hypothetical", "negated"};

struct DocumentInfo {
  std::string name;   // path as given, the document's identity
  std::string hash;   // content hash (hex)
  std::string date;   // YYYY-MM-DD or empty
  uint64_t size = 0;  // bytes
  // What a feed says about the article (`ingest --input jsonl|csv`); empty
  // for plain files.
  std::string url, title, source;
  bool operator==(const DocumentInfo&) const = default;
};

// An entity the document mentions. Entities are shared across documents:
// the store upserts them by `key`.
struct EntityRecord {
  std::string key;          // gazetteer id ("country:KOR") or
                            // "discovered:person:cho tae yul"
  std::string name;         // canonical name
  std::string type;         // "PERSON", "COUNTRY", "ORG", or another type
  bool discovered = false;  // found by a rule, not in a gazetteer
  float confidence = 1.0f;
  std::vector<std::string> aliases;  // surface forms seen in this document
  bool operator==(const EntityRecord&) const = default;
};

// One mention of an entity; its text is text[begin, end).
struct MentionRecord {
  uint32_t entity = 0;  // index into DocumentRecord::entities
  uint32_t begin = 0;   // byte offsets into DocumentRecord::text
  uint32_t end = 0;
  uint32_t sentence = 0;  // index of the sentence, counted from 0
  std::string how;        // how it was recognised: "name", "alias", "acronym",
                          // "demonym", "capital", "rule" or "coref"
  float confidence = 1.0f;
  std::string rule;  // rule id for "rule" and "coref" mentions, else empty
  bool operator==(const MentionRecord&) const = default;
};

// One relation found in one sentence, with its evidence: the sentence
// text[sentence_begin, sentence_end) is stored with it.
struct RelationRecord {
  std::string type;     // "meets", "succeeds", "deploys", ...
  uint32_t source = 0;  // indexes into DocumentRecord::entities
  uint32_t target = 0;
  bool symmetric = false;                 // meets, signs_agreement: stored with source < target
  std::string modality = kModalities[0];  // one of kModalities
  uint32_t sentence = 0;                  // index of the sentence, counted from 0
  uint32_t sentence_begin = 0;            // byte offsets of the evidence sentence
  uint32_t sentence_end = 0;
  uint32_t trigger_begin = 0;  // byte offsets of the trigger word(s)
  uint32_t trigger_end = 0;
  std::string rule;   // id of the rule that fired
  std::string cameo;  // CAMEO event code of the trigger ("042"), or empty
  float confidence = 1.0f;
  std::string event_date;  // YYYY-MM-DD the sentence says it happens, or empty
  bool operator==(const RelationRecord&) const = default;
};

// Everything the store writes for one document.
struct DocumentRecord {
  DocumentInfo info;
  std::string text;  // the text as processed (UTF-8)
  std::vector<EntityRecord> entities;
  std::vector<MentionRecord> mentions;
  std::vector<RelationRecord> relations;
  bool operator==(const DocumentRecord&) const = default;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_RECORDS_H_

// The JSON line form of a stored document (store::DocumentRecord): what
// `newsgraph extract` writes, one line per article, and `newsgraph load`
// reads back. Everything Store::PutDocument writes is in it, so a record
// carries a document from a worker that has no database to one that has.
//
//   {"record": "document", "name": "a.txt", "hash": "9f...-812", "date": "2024-11-04",
//    "size": 812, "url": "", "title": "", "source": "", "text": "Borrell met ...",
//    "entities": [{"key": "person:borrell", "name": "Josep Borrell", "type": "PERSON",
//                  "discovered": false, "confidence": 1.0, "aliases": ["Borrell"]}],
//    "mentions": [{"entity": 0, "begin": 0, "end": 7, "sentence": 0, "how": "alias",
//                  "confidence": 1.0, "rule": ""}],
//    "relations": [{"type": "meets", "source": 0, "target": 1, "symmetric": true,
//                   "modality": "asserted", "sentence": 0, "sentence_begin": 0,
//                   "sentence_end": 24, "trigger_begin": 8, "trigger_end": 11,
//                   "rule": "meet-verb", "cameo": "040", "confidence": 1.0,
//                   "event_date": ""}]}
//   {"record": "error", "where": "feed.jsonl:17", "error": "feed.jsonl:17: no \"id\""}
//
// Offsets are byte offsets into "text"; "entity", "source" and "target" index
// "entities". Keys are written in this order; a reader takes them in any
// order and ignores keys it does not know (a later version may add some).
// Pure functions; safe for concurrent use.
#ifndef NEWSGRAPH_PIPELINE_RECORD_JSON_H_
#define NEWSGRAPH_PIPELINE_RECORD_JSON_H_

#include <string>
#include <string_view>

#include "store/records.h"
#include "util/status.h"

namespace newsgraph::pipeline {

// `record` as one line of JSON (no newline at the end).
std::string RecordJsonLine(const store::DocumentRecord& record);

// An error record: the article at `where` could not be extracted.
std::string ErrorJsonLine(const std::string& where, const std::string& message);

// What a line holds.
enum class RecordKind { kDocument, kError };

// Reads one line written by RecordJsonLine or ErrorJsonLine. For a document
// sets *record; for an error record sets *error to its message. Errors
// (InvalidArgument, starting with `where`): not a JSON object, an unknown
// "record" kind, a missing or mistyped field. Whether the offsets fit the
// text is Store::PutDocument's check, not this one's.
Status ParseRecordLine(std::string_view line, const std::string& where, RecordKind* kind,
                       store::DocumentRecord* record, std::string* error);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_RECORD_JSON_H_

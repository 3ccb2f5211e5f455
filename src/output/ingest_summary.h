// The summary `newsgraph ingest` prints on standard output when it is done:
//
//   text  "ingested 5 document(s) (0.01 MB in 0.20 s, 0.1 MB/s), 0 unchanged,
//         0 failed", the files skipped as no articles (when any), the
//         mentions and relation mentions found, the sentences parsed (when
//         any), and what the database `db` holds now.
//   json  one line: {"ingested", "duplicates", "unchanged", "failed", "bytes",
//         "mentions", "relation_mentions", "sentences", "parsed_sentences",
//         "parsed_words", "skipped_files", "seconds", "db": {"documents",
//         "entities", "mentions", "relations"}}.
// Never fails; write errors are left in the stream's state.
#ifndef NEWSGRAPH_OUTPUT_INGEST_SUMMARY_H_
#define NEWSGRAPH_OUTPUT_INGEST_SUMMARY_H_

#include <ostream>
#include <string>

#include "pipeline/ingest.h"
#include "store/store.h"

namespace newsgraph::output {

void WriteIngestSummary(const pipeline::IngestReport& r, const store::StoreStats& db_stats,
                        const std::string& db, bool json, std::ostream& out);

}  // namespace newsgraph::output

#endif  // NEWSGRAPH_OUTPUT_INGEST_SUMMARY_H_

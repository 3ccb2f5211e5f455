// Load stores the records `newsgraph extract` wrote (extract.h) in a
// database, with ingest's guarantees: batches in transactions (a killed run
// leaves the database consistent), a record whose document is stored
// unchanged (same name, same content hash) skipped, so that re-running a
// load, or loading a record twice, stores each document once.
//
//   IngestReport report;
//   Status s = Load(store.get(), {"shard-1.jsonl", "shard-2.jsonl"}, {}, &report);
#ifndef NEWSGRAPH_PIPELINE_LOAD_H_
#define NEWSGRAPH_PIPELINE_LOAD_H_

#include <cstddef>
#include <string>
#include <vector>

#include "pipeline/ingest.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::pipeline {

struct LoadOptions {
  bool force = false;              // store records even when their document is unchanged
  size_t batch_documents = 256;    // documents per transaction
  size_t batch_bytes = 32u << 20;  // or this many bytes of text
};

// Loads the record files `inputs` ("-": standard input; none: standard
// input) into `store`, in order. Error records and bad lines go to
// report->errors ("FILE:LINE: reason") and count as failed; counts as for
// ingest (ingested, duplicates, unchanged, mentions, relations, bytes).
// Returns an error when an input cannot be read or the store fails (the
// current batch is then rolled back; earlier ones stay).
Status Load(store::Store* store, const std::vector<std::string>& inputs, const LoadOptions& options,
            IngestReport* report);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_LOAD_H_

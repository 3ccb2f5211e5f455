// Merge combines databases built separately (shards of a collection, each
// ingested or loaded on its own machine) into one: every document of each
// shard is stored again through Store::PutDocument, so entities unify by
// key, relations by (type, source, target) with their support summed,
// documents with the same text count once, and a document already stored
// unchanged is skipped (merging a shard twice changes nothing). The
// analyst's corrections (`newsgraph entity ...`) of each shard are carried
// over, each once.
//
//   IngestReport report;
//   Status s = Merge(out.get(), {"shard-1.db", "shard-2.db"}, {}, &report);
//
// Shards are merged in the order given, each in its own document order, so
// shards made from consecutive parts of a collection merge into the
// database that one ingest of the whole collection makes.
#ifndef NEWSGRAPH_PIPELINE_MERGE_H_
#define NEWSGRAPH_PIPELINE_MERGE_H_

#include <string>
#include <vector>

#include "pipeline/ingest.h"
#include "pipeline/load.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::pipeline {

// What a merge did.
struct MergeReport {
  IngestReport documents;  // ingested, duplicates, unchanged, mentions, relations
  size_t corrections = 0;  // corrections carried over
  size_t shards = 0;       // shards merged
};

// Merges `shards` (database files, opened read-only) into `out`, the
// database at `out_path`.
// Errors: NotFound or Corruption for a shard that is missing or no newsgraph
// database (nothing of it is merged), InvalidArgument when a shard is the
// output itself, the store's errors (the current batch is rolled back;
// shards and batches merged before stay).
Status Merge(store::Store* out, const std::string& out_path, const std::vector<std::string>& shards,
             const LoadOptions& options, MergeReport* report);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_MERGE_H_

// Internal to pipeline/. BatchWriter stores document records in batches:
// records wait in memory until the batch is full, then are written in one
// transaction, so the write lock is held only while writing and a killed
// run loses at most the batch being written (it rolls back as a whole).
// Ingest, load and merge all write through it.
//
//   BatchWriter writer(store, 256, 32 << 20, &report);
//   for (...) NG_RETURN_IF_ERROR(writer.Add(std::move(record)));
//   NG_RETURN_IF_ERROR(writer.Flush());
//
// Counts go to the report as records are written: ingested (with their
// mentions and relations) or duplicates (with a note each).
#ifndef NEWSGRAPH_PIPELINE_INTERNAL_BATCH_WRITER_H_
#define NEWSGRAPH_PIPELINE_INTERNAL_BATCH_WRITER_H_

#include <cstddef>
#include <vector>

#include "pipeline/ingest.h"
#include "store/records.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::pipeline {

class BatchWriter {
 public:
  // Writes to `store` in batches of at most `max_documents` records or
  // `max_bytes` of text; counts into *report. Both must outlive the writer.
  BatchWriter(store::Store* store, size_t max_documents, size_t max_bytes, IngestReport* report);

  // Adds a record; writes the batch when it is full. On a store error the
  // batch is rolled back and the error returned.
  Status Add(store::DocumentRecord record);

  // Writes what waits (nothing when empty).
  Status Flush();

 private:
  store::Store* store_;
  size_t max_documents_, max_bytes_;
  IngestReport* report_;
  std::vector<store::DocumentRecord> batch_;
  size_t bytes_ = 0;
};

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_INTERNAL_BATCH_WRITER_H_

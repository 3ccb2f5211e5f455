#include "pipeline/internal/batch_writer.h"

#include <utility>

namespace newsgraph::pipeline {

BatchWriter::BatchWriter(store::Store* store, size_t max_documents, size_t max_bytes,
                         IngestReport* report)
    : store_(store),
      max_documents_(max_documents < 1 ? 1 : max_documents),
      max_bytes_(max_bytes),
      report_(report) {}

Status BatchWriter::Add(store::DocumentRecord record) {
  bytes_ += record.text.size();
  batch_.push_back(std::move(record));
  if (batch_.size() >= max_documents_ || bytes_ >= max_bytes_) return Flush();
  return Status::OK();
}

Status BatchWriter::Flush() {
  if (batch_.empty()) return Status::OK();
  NG_RETURN_IF_ERROR(store_->Begin());
  std::vector<store::PutResult> results(batch_.size());
  for (size_t b = 0; b < batch_.size(); ++b) {
    Status put = store_->PutDocument(batch_[b], &results[b]);
    if (!put.ok()) {
      store_->Rollback();
      return put;
    }
  }
  NG_RETURN_IF_ERROR(store_->Commit());
  for (size_t b = 0; b < batch_.size(); ++b) {
    const store::DocumentRecord& r = batch_[b];
    if (!results[b].duplicate_of.empty()) {
      ++report_->duplicates;
      report_->duplicate_notes.push_back(r.info.name + ": same text as " + results[b].duplicate_of +
                                         ", counted once");
    } else {
      ++report_->ingested;
      report_->mentions += r.mentions.size();
      report_->relations += r.relations.size();
    }
  }
  batch_.clear();
  bytes_ = 0;
  return Status::OK();
}

}  // namespace newsgraph::pipeline

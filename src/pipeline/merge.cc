#include "pipeline/merge.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <unordered_map>
#include <utility>

#include "pipeline/internal/batch_writer.h"

namespace newsgraph::pipeline {
namespace {

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::equivalent(a, b, ec);
}

bool SameCorrection(const store::Correction& a, const store::Correction& b) {
  return a.action == b.action && a.entity_key == b.entity_key && a.value == b.value;
}

}  // namespace

Status Merge(store::Store* out, const std::string& out_path, const std::vector<std::string>& shards,
             const LoadOptions& options, MergeReport* report) {
  const auto start = std::chrono::steady_clock::now();
  IngestReport& docs = report->documents;
  std::unordered_map<std::string, std::string> stored;  // name -> hash in `out`
  NG_RETURN_IF_ERROR(out->DocumentHashes(&stored));
  std::vector<store::Correction> log;
  NG_RETURN_IF_ERROR(out->Corrections(&log));
  for (const std::string& path : shards) {
    if (SameFile(path, out_path)) {
      return Status::InvalidArgument(path + ": is the database merged into");
    }
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      return Status::NotFound(path + ": no such database");
    }
    std::unique_ptr<store::Store> shard;
    store::StoreOptions read_only;
    read_only.read_only = true;
    read_only.create = false;
    NG_RETURN_IF_ERROR(store::Store::Open(path, read_only, &shard));
    BatchWriter writer(out, options.batch_documents, options.batch_bytes, &docs);
    NG_RETURN_IF_ERROR(shard->ReadDocumentRecords([&](store::DocumentRecord&& r) {
      auto it = stored.find(r.info.name);
      if (!options.force && it != stored.end() && it->second == r.info.hash) {
        ++docs.unchanged;
        return Status::OK();
      }
      stored[r.info.name] = r.info.hash;
      docs.bytes += r.text.size();
      return writer.Add(std::move(r));
    }));
    NG_RETURN_IF_ERROR(writer.Flush());
    std::vector<store::Correction> corrections;
    NG_RETURN_IF_ERROR(shard->Corrections(&corrections));
    for (store::Correction& c : corrections) {
      bool known = false;
      for (const store::Correction& k : log) known = known || SameCorrection(k, c);
      if (known) continue;
      NG_RETURN_IF_ERROR(out->AddCorrection(&c));
      log.push_back(c);
      ++report->corrections;
    }
    ++report->shards;
  }
  docs.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::OK();
}

}  // namespace newsgraph::pipeline

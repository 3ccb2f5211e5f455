#include "pipeline/load.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <unordered_map>
#include <utility>

#include "pipeline/internal/batch_writer.h"
#include "pipeline/record_json.h"

namespace newsgraph::pipeline {

Status Load(store::Store* store, const std::vector<std::string>& inputs, const LoadOptions& options,
            IngestReport* report) {
  const auto start = std::chrono::steady_clock::now();
  // name -> content hash of what is stored, and of what this run stored.
  std::unordered_map<std::string, std::string> stored;
  NG_RETURN_IF_ERROR(store->DocumentHashes(&stored));
  BatchWriter writer(store, options.batch_documents, options.batch_bytes, report);
  const std::vector<std::string> sources = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  for (const std::string& path : sources) {
    const std::string name = path == "-" ? "(standard input)" : path;
    std::ifstream file;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) return Status::IOError(path + ": cannot read");
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::string line;
    size_t line_no = 0;
    store::DocumentRecord record;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const std::string where = name + ":" + std::to_string(line_no);
      RecordKind kind;
      std::string error;
      Status s = ParseRecordLine(line, where, &kind, &record, &error);
      if (s.ok() && kind == RecordKind::kError) {
        s = Status::InvalidArgument(where + ": extract failed: " + error);
      }
      if (s.ok()) s = store::Store::CheckRecord(record);
      if (!s.ok() && s.message().rfind(where, 0) != 0) {
        s = Status::InvalidArgument(where + ": " + s.message());
      }
      if (!s.ok()) {
        ++report->failed;
        report->errors.push_back(s.message());
        continue;
      }
      auto it = stored.find(record.info.name);
      if (!options.force && it != stored.end() && it->second == record.info.hash) {
        ++report->unchanged;
        continue;
      }
      stored[record.info.name] = record.info.hash;
      report->bytes += record.text.size();
      NG_RETURN_IF_ERROR(writer.Add(std::move(record)));
    }
    if (in.bad()) return Status::IOError(name + ": read error");
  }
  NG_RETURN_IF_ERROR(writer.Flush());
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::OK();
}

}  // namespace newsgraph::pipeline

// Extract is ingest without a database: each article in, one JSON line out
// (format/record_json.h) holding everything Store::PutDocument would store.
// It keeps no state and writes no file, so any number of copies can run
// side by side, on one machine (GNU parallel, xargs -P) or many (Hadoop
// Streaming, Spark's RDD.pipe); Load (load.h) stores their records later.
//
//   ExtractOptions opt;                 // JSON lines in, as `ingest --input jsonl`
//   ExtractReport report;
//   Status s = Extract(&engine, {"-"}, opt, std::cout,
//                      [](const std::string& e) { std::cerr << e << "\n"; }, &report);
//
// Output is deterministic: the records come in input order whatever the
// number of threads, and the same article gives the same line.
#ifndef NEWSGRAPH_PIPELINE_EXTRACT_H_
#define NEWSGRAPH_PIPELINE_EXTRACT_H_

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "pipeline/internal/feed.h"
#include "pipeline/lazy_engine.h"
#include "util/status.h"

namespace newsgraph::pipeline {

struct ExtractOptions {
  // kJsonl or kCsv: each input is a feed of articles; kText: each input
  // file is one article, named by its path ("-": standard input).
  InputFormat input = InputFormat::kJsonl;
  FeedFields fields;  // where a feed keeps each part
  Utf8Policy utf8 = Utf8Policy::kReject;
  std::string date;        // YYYY-MM-DD for articles without one (else, for
                           // files, a date in the file name)
  std::string stdin_name;  // kText: the name of standard input's article
  int threads = 0;         // workers; 0: one per core
  size_t window = 256;     // articles read ahead of the output
};

struct ExtractReport {
  size_t articles = 0;  // records written
  size_t errors = 0;    // error records written
  uint64_t bytes = 0;   // bytes of article text
  double seconds = 0;
};

// Extracts every article of `inputs` and writes one line per article to
// `out`: a document record, or an error record for an article or feed line
// that cannot be read or processed (whose message also goes to `on_error`,
// which may be empty). Returns an error only when the engine cannot be
// loaded, an input cannot be opened, or `out` fails.
Status Extract(LazyEngine* engine, const std::vector<std::string>& inputs,
               const ExtractOptions& options, std::ostream& out,
               const std::function<void(const std::string&)>& on_error, ExtractReport* report);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_EXTRACT_H_

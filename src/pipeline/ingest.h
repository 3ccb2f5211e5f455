// Ingest reads text files, processes them with an Engine and stores the
// results: read -> tag -> relate -> store. The one place that knows the order.
//
// Files are written in batches, one transaction per batch: a run killed
// half-way leaves every document fully stored or absent, and the next run
// skips unchanged documents and completes the rest without duplicates. A
// file with the text of a document already stored (under another name) is
// stored as its duplicate: its text counts once, and it is not processed
// again (not tagged, parsed or related: only its name is stored).
#ifndef NEWSGRAPH_PIPELINE_INGEST_H_
#define NEWSGRAPH_PIPELINE_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pipeline/engine.h"
#include "pipeline/internal/feed.h"
#include "pipeline/lazy_engine.h"
#include "store/store.h"
#include "util/status.h"

namespace newsgraph::pipeline {

struct IngestOptions {
  Utf8Policy utf8 = Utf8Policy::kReject;
  bool force = false;  // re-process unchanged documents too
  // YYYY-MM-DD for every file (over a date in its name), and for each feed
  // article without a date of its own.
  std::string date;
  // kText: each file is one document (directories searched for *.txt).
  // kJsonl, kCsv: each path (a file, or - for standard input) is a feed of
  // articles (pipeline/internal/feed.h), each stored under its id with its url,
  // title and source; a bad line is an error of its own, the rest stored.
  InputFormat input = InputFormat::kText;
  FeedFields fields;
  // Re-tag every document whose text the store keeps (Store::StoredTexts)
  // with the engine's gazetteers and rules, instead of reading `paths`.
  bool reprocess = false;
  // The document name of the text read from "-" (standard input); empty:
  // "stdin-" and the start of its content hash, so that different texts
  // piped in are different documents and the same text is unchanged.
  std::string stdin_name;
  size_t batch_documents = 256;    // documents per transaction
  size_t batch_bytes = 32u << 20;  // or this many bytes of text
  // Documents processed in parallel (tagging, parsing, relations); the store
  // is written by one thread in file order. 0: one per processor core.
  int threads = 0;
};

struct IngestProgress {
  size_t files_done = 0, files_total = 0;
  uint64_t bytes_done = 0, bytes_total = 0;
};

struct IngestReport {
  size_t ingested = 0;                 // new or changed documents stored with their rows
  size_t duplicates = 0;               // new or changed documents with the text of another
                                       // stored document: stored without rows, each in
                                       // `duplicate_notes` (see Store::PutDocument)
  size_t unchanged = 0;                // skipped: same content already stored under this name
  size_t failed = 0;                   // bad files or feed lines, each in `errors`
  uint64_t bytes = 0;                  // bytes of text processed
  size_t mentions = 0, relations = 0;  // stored (duplicates store none)
  size_t utf8_repairs = 0;
  size_t sentences = 0;         // sentences processed (a duplicate's text is not processed again)
  size_t parsed_sentences = 0;  // of these, parsed for the relation rules
  size_t parsed_words = 0;
  double seconds = 0;
  std::vector<std::string> errors;           // "FILE: reason"
  std::vector<std::string> warnings;         // e.g. repaired UTF-8
  std::vector<std::string> duplicate_notes;  // "FILE: same text as EARLIER, counted once"
  std::vector<std::string> skipped;  // files a directory held that are no articles (README.txt ...)
};

// Reads a list of paths, one a line, from `list` (standard input for "-"),
// for `ingest --files-from`: surrounding blanks trimmed, blank lines and
// lines starting with '#' skipped. IOError names an unreadable list.
Status ReadPathList(const std::string& list, std::vector<std::string>* paths);

// Whether a file found in a directory is about the collection rather than an
// article: README, SOURCE, LICENSE, LICENCE, COPYING, NOTICE, CHANGELOG,
// AUTHORS, INDEX or CONTRIBUTING as the name before the extension, any case.
bool IsCollectionFile(const std::string& path);

// Expands files and directories (recursively, *.txt) into a sorted list of
// files. A missing path is reported in *errors and skipped. Files of a
// directory that IsCollectionFile() go to *skipped (when not null) instead;
// a file named on its own is always taken.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<std::string>* errors,
                                     std::vector<std::string>* skipped = nullptr);

// Ingests `paths` into `store`. Bad files are reported in report->errors and
// skipped; the returned Status is an error only when the store fails (then
// the current batch is rolled back) or the engine cannot be loaded. The
// engine is loaded by the first document that needs processing: a run that
// finds every document unchanged never loads it. `progress` (may be empty)
// is called after each file.
Status Ingest(LazyEngine* engine, store::Store* store, const std::vector<std::string>& paths,
              const IngestOptions& options,
              const std::function<void(const IngestProgress&)>& progress, IngestReport* report);

// The same with an engine already loaded.
Status Ingest(const Engine& engine, store::Store* store, const std::vector<std::string>& paths,
              const IngestOptions& options,
              const std::function<void(const IngestProgress&)>& progress, IngestReport* report);

// Processes one text and stores it as document `name` in its own transaction
// (used by `eval` and tests).
Status IngestText(const Engine& engine, store::Store* store, const std::string& name,
                  std::string text, const IngestOptions& options);

// Reads the file `path` whole into *out ("-": standard input). IOError
// names the file and the reason.
Status ReadInput(const std::string& path, std::string* out);

// Content hash used to detect unchanged documents (64-bit FNV-1a, hex).
std::string ContentHash(const std::string& text);

// A YYYY-MM-DD date found in a file name ("2024-11-04-seoul.txt"), or "":
// the first not inside a longer run of digits whose month and day exist.
std::string DateFromName(const std::string& path);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_INGEST_H_

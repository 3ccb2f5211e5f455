#include "pipeline/extract.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>
#include <utility>

#include "pipeline/ingest.h"
#include "pipeline/internal/document_record.h"
#include "pipeline/internal/work_ahead.h"
#include "pipeline/record_json.h"

namespace newsgraph::pipeline {
namespace {

// One thing to extract: an article of a feed, a file, or an error met while
// reading the input (written as an error record in its place).
struct Entry {
  FeedItem item;     // feeds: the article
  std::string file;  // kText: the file
  std::string where, error;
};

struct Output {
  std::string line;   // a record, without its newline
  std::string error;  // for on_error when the record is an error record
  uint64_t bytes = 0;
};

Output Run(LazyEngine* lazy, const ExtractOptions& options, Entry& entry, Status* fatal) {
  Output out;
  if (!entry.error.empty()) {
    out.error = entry.error;
    out.line = ErrorJsonLine(entry.where, entry.error);
    return out;
  }
  store::DocumentInfo info;
  std::string text, label;
  if (options.input == InputFormat::kText) {
    Status s = ReadInput(entry.file, &text);
    if (!s.ok()) {
      out.error = s.message();
      out.line = ErrorJsonLine(entry.file, out.error);
      return out;
    }
    info.hash = ContentHash(text);
    info.name = entry.file != "-"             ? entry.file
                : !options.stdin_name.empty() ? options.stdin_name
                                              : "stdin-" + info.hash.substr(0, 12);
    info.date = options.date.empty() ? DateFromName(info.name) : options.date;
    label = entry.where = entry.file;
  } else {
    FeedItem& item = entry.item;
    text = std::move(item.text);
    info.hash = ContentHash(text);
    info.name = item.id;
    info.url = item.url;
    info.title = item.title;
    info.source = item.source;
    info.date = !item.date.empty() ? item.date : options.date;
    entry.where = item.where;
    label = item.where == item.id ? item.id : item.where + " (" + item.id + ")";
  }
  info.size = text.size();
  out.bytes = text.size();
  const Engine* engine = nullptr;
  *fatal = lazy->Get(&engine);
  if (!fatal->ok()) return out;
  Processed processed;
  Status s = engine->Process(label, std::move(text), options.utf8, &processed, info.date);
  if (!s.ok()) {
    out.error = s.message();
    out.line = ErrorJsonLine(entry.where, out.error);
    return out;
  }
  out.line = RecordJsonLine(MakeDocumentRecord(info, processed.tagged, processed.relations));
  return out;
}

// Extracts `entries` in parallel and writes their lines in order.
Status RunAll(LazyEngine* lazy, const ExtractOptions& options, std::vector<Entry>* entries,
              std::ostream& out, const std::function<void(const std::string&)>& on_error,
              ExtractReport* report) {
  struct Result {
    Output output;
    Status fatal;
  };
  auto fn = [&](size_t i) {
    Result r;
    r.output = Run(lazy, options, (*entries)[i], &r.fatal);
    return r;
  };
  const size_t threads = options.threads > 0 ? static_cast<size_t>(options.threads)
                                             : std::max(1u, std::thread::hardware_concurrency());
  std::unique_ptr<WorkAhead<Result>> ahead;
  if (threads > 1 && entries->size() > 1) {
    ahead = std::make_unique<WorkAhead<Result>>(entries->size(), threads, 4 * threads, fn);
  }
  for (size_t i = 0; i < entries->size(); ++i) {
    Result r = ahead ? ahead->Take(i) : fn(i);
    NG_RETURN_IF_ERROR(r.fatal);
    if (!r.output.error.empty()) {
      ++report->errors;
      if (on_error) on_error(r.output.error);
    } else {
      ++report->articles;
      report->bytes += r.output.bytes;
    }
    out << r.output.line << '\n';
    if (!out) return Status::IOError("cannot write the records (standard output closed?)");
  }
  entries->clear();
  return Status::OK();
}

Entry ErrorEntry(const std::string& where, const std::string& error) {
  Entry e;
  e.where = where;
  e.error = error;
  return e;
}

// Reads the feed `path` line by line (JSON lines) or whole (CSV), running
// each window of articles as it fills.
Status ExtractFeed(LazyEngine* lazy, const std::string& path, const ExtractOptions& options,
                   std::ostream& out, const std::function<void(const std::string&)>& on_error,
                   ExtractReport* report) {
  const std::string name = path == "-" ? "(standard input)" : path;
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) return Status::IOError(path + ": cannot read");
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::vector<Entry> entries;
  std::vector<FeedItem> items;
  std::vector<std::string> errors, warnings;
  auto take = [&]() {  // what one parse found, in line order (one line at a time)
    for (const std::string& e : errors) entries.push_back(ErrorEntry(e.substr(0, e.find(": ")), e));
    for (FeedItem& item : items) {
      Entry e;
      e.item = std::move(item);
      entries.push_back(std::move(e));
    }
    for (const std::string& w : warnings) {
      if (on_error) on_error("warning: " + w);
    }
    items.clear();
    errors.clear();
    warnings.clear();
  };
  if (options.input == InputFormat::kCsv) {
    std::ostringstream all;
    all << in.rdbuf();
    Status s = ParseCsv(name, all.str(), options.fields, &items, &errors, &warnings);
    if (!s.ok()) errors.push_back(s.message());
    take();
    return RunAll(lazy, options, &entries, out, on_error, report);
  }
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    ParseJsonl(name, line, options.fields, &items, &errors, &warnings, line_no);
    take();
    if (entries.size() >= options.window) {
      NG_RETURN_IF_ERROR(RunAll(lazy, options, &entries, out, on_error, report));
    }
  }
  if (in.bad()) return Status::IOError(name + ": read error");
  return RunAll(lazy, options, &entries, out, on_error, report);
}

}  // namespace

Status Extract(LazyEngine* engine, const std::vector<std::string>& inputs,
               const ExtractOptions& options, std::ostream& out,
               const std::function<void(const std::string&)>& on_error, ExtractReport* report) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> sources = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  if (options.input == InputFormat::kText) {
    std::vector<std::string> errors;
    std::vector<std::string> files = ExpandPaths(sources, &errors);
    std::vector<Entry> entries;
    for (const std::string& e : errors) entries.push_back(ErrorEntry(e.substr(0, e.find(": ")), e));
    for (const std::string& f : files) {
      Entry e;
      e.file = f;
      entries.push_back(std::move(e));
      if (entries.size() >= options.window) {
        NG_RETURN_IF_ERROR(RunAll(engine, options, &entries, out, on_error, report));
      }
    }
    NG_RETURN_IF_ERROR(RunAll(engine, options, &entries, out, on_error, report));
  } else {
    for (const std::string& path : sources) {
      NG_RETURN_IF_ERROR(ExtractFeed(engine, path, options, out, on_error, report));
    }
  }
  out.flush();
  if (!out) return Status::IOError("cannot write the records (standard output closed?)");
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::OK();
}

}  // namespace newsgraph::pipeline

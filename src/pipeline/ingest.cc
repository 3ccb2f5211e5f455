#include "pipeline/ingest.h"

#include <fcntl.h>
#include <re2/re2.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "pipeline/internal/batch_writer.h"
#include "pipeline/internal/document_record.h"
#include "pipeline/internal/work_ahead.h"
#include "util/dates.h"

namespace newsgraph::pipeline {
namespace fs = std::filesystem;
Status ReadInput(const std::string& path, std::string* out) {
  if (path == "-") {  // standard input
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *out = std::move(buffer).str();
    return Status::OK();
  }
  // One read of the size fstat gives (news files are small and many: the
  // iostream route copied each one twice).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  struct stat st {};
  Status s;
  if (::fstat(fd, &st) != 0) {
    s = Status::IOError(path + ": cannot read: " + std::strerror(errno));
  } else {
    out->clear();
    out->resize(S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0);
    size_t have = 0;
    for (;;) {
      if (have == out->size()) out->resize(std::max<size_t>(4096, out->size() * 2));
      const ssize_t n = ::read(fd, out->data() + have, out->size() - have);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        s = Status::IOError(path + ": read error: " + std::strerror(errno));
        break;
      }
      if (n == 0) break;
      have += static_cast<size_t>(n);
    }
    out->resize(have);
  }
  ::close(fd);
  return s;
}

std::string ContentHash(const std::string& text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf) + "-" + std::to_string(text.size());
}

std::string DateFromName(const std::string& path) {
  // A YYYY-MM-DD not inside a longer run of digits (RE2, linear time).
  static const RE2 date(R"((?:^|[^0-9])((\d{4})-(\d{2})-(\d{2}))(?:[^0-9]|$))");
  const std::string name = fs::path(path).filename().string();
  re2::StringPiece in(name);
  std::string found;
  int y = 0, m = 0, d = 0;
  while (RE2::FindAndConsume(&in, date, &found, &y, &m, &d)) {
    // Any year's February 29 passes, as the store's own check lets it.
    if (util::ValidDay(2000, m, d)) return found;  // else look further
  }
  return "";
}

Status ReadPathList(const std::string& list, std::vector<std::string>* paths) {
  std::string text;
  NG_RETURN_IF_ERROR(ReadInput(list, &text));
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    const size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos || line[b] == '#') continue;
    const size_t e = line.find_last_not_of(" \t\r");
    paths->push_back(line.substr(b, e - b + 1));
  }
  return Status::OK();
}

bool IsCollectionFile(const std::string& path) {
  std::string stem = fs::path(path).stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(),
                 [](unsigned char c) { return std::toupper(c); });
  static const char* const kNames[] = {"README", "SOURCE",    "LICENSE", "LICENCE", "COPYING",
                                       "NOTICE", "CHANGELOG", "AUTHORS", "INDEX",   "CONTRIBUTING"};
  return std::any_of(std::begin(kNames), std::end(kNames),
                     [&](const char* n) { return stem == n; });
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths,
                                     std::vector<std::string>* errors,
                                     std::vector<std::string>* skipped) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (p == "-") {  // standard input, stored under IngestOptions::stdin_name
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      errors->push_back(p + ": no such file or directory");
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(
               p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file() || it->path().extension() != ".txt") continue;
        if (IsCollectionFile(it->path().string())) {
          if (skipped != nullptr) skipped->push_back(it->path().string());
          continue;
        }
        found.push_back(it->path().string());
      }
      if (ec) errors->push_back(p + ": cannot list directory: " + ec.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  return files;
}

Status IngestText(const Engine& engine, store::Store* store, const std::string& name,
                  std::string text, const IngestOptions& options) {
  Processed processed;
  store::DocumentInfo info;
  info.name = name;
  info.hash = ContentHash(text);
  info.size = text.size();
  info.date = options.date.empty() ? DateFromName(name) : options.date;
  NG_RETURN_IF_ERROR(engine.Process(name, std::move(text), options.utf8, &processed, info.date));
  NG_RETURN_IF_ERROR(store->Begin());
  Status s = store->PutDocument(MakeDocumentRecord(info, processed.tagged, processed.relations));
  if (!s.ok()) {
    store->Rollback();
    return s;
  }
  return store->Commit();
}

namespace {

// Reads the feeds named by `paths` into *items; a feed that cannot be read
// or parsed at all, and each bad line, go to report->errors.
void ReadFeeds(const std::vector<std::string>& paths, const IngestOptions& options,
               std::vector<FeedItem>* items, IngestReport* report) {
  for (const std::string& path : paths) {
    const std::string name = path == "-" ? "(standard input)" : path;
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      report->errors.push_back(path +
                               ": is a directory (with --input jsonl or csv, name feed files)");
      continue;
    }
    std::string content;
    Status s = ReadInput(path, &content);
    if (s.ok() && options.input == InputFormat::kCsv) {
      s = ParseCsv(name, content, options.fields, items, &report->errors, &report->warnings);
    } else if (s.ok()) {
      ParseJsonl(name, content, options.fields, items, &report->errors, &report->warnings);
    }
    if (!s.ok()) report->errors.push_back(s.message());
  }
}

}  // namespace

Status Ingest(const Engine& engine, store::Store* store, const std::vector<std::string>& paths,
              const IngestOptions& options,
              const std::function<void(const IngestProgress&)>& progress, IngestReport* report) {
  LazyEngine loaded(engine);
  return Ingest(&loaded, store, paths, options, progress, report);
}

Status Ingest(LazyEngine* lazy_engine, store::Store* store, const std::vector<std::string>& paths,
              const IngestOptions& options,
              const std::function<void(const IngestProgress&)>& progress, IngestReport* report) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> files;
  std::vector<FeedItem> items;
  const bool feed = options.input != InputFormat::kText || options.reprocess;
  const bool force = options.force || options.reprocess;
  if (options.reprocess) {
    std::vector<store::StoredText> texts;
    int64_t without_text = 0;
    NG_RETURN_IF_ERROR(store->StoredTexts(&texts, &without_text));
    if (without_text > 0) {
      report->warnings.push_back(
          std::to_string(without_text) +
          " document(s) were stored without their text (before schema version 7) and "
          "are not reprocessed; ingest their files again with --force");
    }
    for (store::StoredText& t : texts) {
      FeedItem item;
      item.id = item.where = t.name;
      item.text = std::move(t.text);
      item.date = std::move(t.date);
      item.url = std::move(t.url);
      item.title = std::move(t.title);
      item.source = std::move(t.source);
      items.push_back(std::move(item));
    }
  } else if (feed) {
    ReadFeeds(paths, options, &items, report);
  } else {
    files = ExpandPaths(paths, &report->errors, &report->skipped);
  }
  std::sort(report->skipped.begin(), report->skipped.end());
  report->failed += report->errors.size();
  const size_t total = feed ? items.size() : files.size();

  IngestProgress prog;
  prog.files_total = total;
  for (const std::string& f : files) {
    std::error_code ec;
    uintmax_t size = fs::file_size(f, ec);
    if (!ec) prog.bytes_total += size;
  }
  for (const FeedItem& item : items) prog.bytes_total += item.text.size();

  // Documents are read and processed (tag, parse, relate) by up to
  // `threads` workers ahead of the store, which takes them in file order on
  // this thread: the database sees the same sequence of batches as with one
  // thread. Whether a document is unchanged is decided from the hashes
  // stored when the run began, so a resumed run does not process them again.
  std::unordered_map<std::string, std::string> stored;
  NG_RETURN_IF_ERROR(store->DocumentHashes(&stored));
  // A text already stored under another name, or met earlier in this run,
  // will be stored as a duplicate, without rows: it is not processed. The
  // first item of each text in this run is remembered (workers run ahead
  // out of order; a later item that claimed a text first gives it up).
  std::unordered_set<std::string> stored_texts;
  for (const auto& [name, hash] : stored) stored_texts.insert(hash);
  std::mutex first_of_text_mu;
  std::unordered_map<std::string, size_t> first_of_text;
  auto copy_of_earlier = [&](const std::string& name, const std::string& hash, size_t i) {
    auto it = stored.find(name);
    const bool own = it != stored.end() && it->second == hash;  // this very document, unchanged
    if (!own && stored_texts.count(hash) > 0) return true;
    std::lock_guard<std::mutex> lock(first_of_text_mu);
    auto [first, inserted] = first_of_text.try_emplace(hash, i);
    if (inserted || first->second == i) return false;
    if (first->second < i) return true;
    first->second = i;
    return false;
  };
  struct Job {
    Status status;
    size_t size = 0;
    store::DocumentInfo info;
    bool unchanged = false;
    bool copy = false;  // the text of an earlier document: stored as its duplicate, not processed
    Status engine_status;          // the engine could not be loaded: the run stops
    Processed processed;           // without tagged and relations once `record` is made
    store::DocumentRecord record;  // what the store writes, made by the worker
  };
  // Item i: files[i], or the feed's items[i] (its text moved out: each
  // item is run once).
  auto run = [&](size_t i) {
    auto job = std::make_unique<Job>();
    std::string text;
    const std::string& file = feed ? items[i].id : files[i];
    if (feed) {
      FeedItem& item = items[i];
      text = std::move(item.text);
      job->info.name = item.id;
      job->info.url = item.url;
      job->info.title = item.title;
      job->info.source = item.source;
      job->info.date = !item.date.empty() ? item.date : options.date;
    } else {
      job->status = ReadInput(file, &text);
    }
    job->size = text.size();
    if (!job->status.ok()) return job;
    job->info.hash = ContentHash(text);
    if (!feed) {
      job->info.name = file != "-"                   ? file
                       : !options.stdin_name.empty() ? options.stdin_name
                                                     : "stdin-" + job->info.hash.substr(0, 12);
      job->info.date = options.date.empty() ? DateFromName(job->info.name) : options.date;
    }
    job->info.size = job->size;
    auto it = stored.find(job->info.name);
    job->unchanged = !force && it != stored.end() && it->second == job->info.hash;
    job->copy = !job->unchanged && copy_of_earlier(job->info.name, job->info.hash, i);
    if (job->copy) {
      // Checked as its original was, so that a bad text fails the same way.
      job->status = CheckText(file, &text, options.utf8, &job->processed.utf8_repairs);
    } else if (!job->unchanged) {
      const std::string label = !feed ? file
                                : items[i].where == items[i].id
                                    ? items[i].id
                                    : items[i].where + " (" + items[i].id + ")";
      const Engine* engine = nullptr;
      job->engine_status = lazy_engine->Get(&engine);
      if (!job->engine_status.ok()) return job;
      job->status =
          engine->Process(label, std::move(text), options.utf8, &job->processed, job->info.date);
    }
    if (job->status.ok() && !job->unchanged) {
      job->record = MakeDocumentRecord(job->info, job->processed.tagged, job->processed.relations);
    }
    // Freed by the worker rather than by the store's thread.
    job->processed.tagged = {};
    job->processed.relations = {};
    return job;
  };
  size_t threads = options.threads > 0 ? static_cast<size_t>(options.threads)
                                       : std::max(1u, std::thread::hardware_concurrency());
  // Standard input cannot be read by a worker while the main thread waits.
  for (const std::string& f : files) {
    if (f == "-") threads = 1;
  }
  std::unique_ptr<WorkAhead<std::unique_ptr<Job>>> ahead;
  if (threads > 1) {
    // Workers go on while a batch is written: room for a whole batch ahead,
    // when that much text (at the average size) fits in about 256 MB.
    size_t window = 8 * threads;
    const uint64_t average = total > 0 ? prog.bytes_total / total : 0;
    if (average * (window + options.batch_documents) <= (uint64_t{256} << 20)) {
      window += options.batch_documents;
    }
    ahead = std::make_unique<WorkAhead<std::unique_ptr<Job>>>(total, threads, window, run);
  }

  // Processed documents are written in batches (BatchWriter): the write
  // lock is held only while writing, never while documents are tagged.
  BatchWriter writer(store, options.batch_documents, options.batch_bytes, report);
  std::unordered_set<std::string> texts_taken;  // hashes of the texts taken so far, in order
  for (size_t i = 0; i < total; ++i) {
    std::unique_ptr<Job> job = ahead ? ahead->Take(i) : run(i);
    if (!job->engine_status.ok()) {
      NG_RETURN_IF_ERROR(writer.Flush());  // the duplicates taken so far (they need no engine)
      return job->engine_status;
    }
    if (job->info.name.empty()) job->info.name = files[i];
    const std::string& file = job->info.name;
    const Status s = job->status;
    const size_t size = job->size;
    if (s.ok()) {
      if (job->unchanged) {
        ++report->unchanged;
      } else {
        const Processed& processed = job->processed;
        report->bytes += size;
        // A text met earlier (in file order) is a duplicate, whichever
        // worker happened to process it first: its sentences count once.
        auto own = stored.find(job->info.name);
        const bool earlier_text = !texts_taken.insert(job->info.hash).second ||
                                  ((own == stored.end() || own->second != job->info.hash) &&
                                   stored_texts.count(job->info.hash) > 0);
        if (!earlier_text) {
          report->sentences += processed.relation_stats.sentences;
          report->parsed_sentences += processed.relation_stats.parsed_sentences;
          report->parsed_words += processed.relation_stats.parsed_words;
        }
        if (processed.utf8_repairs > 0) {
          report->utf8_repairs += processed.utf8_repairs;
          report->warnings.push_back(file + ": replaced " + std::to_string(processed.utf8_repairs) +
                                     " invalid UTF-8 sequence(s) with U+FFFD");
        }
        NG_RETURN_IF_ERROR(writer.Add(std::move(job->record)));
      }
    } else {
      ++report->failed;
      report->errors.push_back(s.message());
    }
    ++prog.files_done;
    prog.bytes_done += size;
    if (progress) progress(prog);
  }
  NG_RETURN_IF_ERROR(writer.Flush());
  report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return Status::OK();
}

}  // namespace newsgraph::pipeline

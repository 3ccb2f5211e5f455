#include "output/ingest_summary.h"

#include <cstdio>

#include "text/terminal.h"

namespace newsgraph::output {
namespace {

// printf to `out`.
template <typename... Args>
void Printf(std::ostream& out, const char* format, Args... args) {
  const int n = std::snprintf(nullptr, 0, format, args...);
  std::string line(n > 0 ? n : 0, '\0');
  std::snprintf(line.data(), line.size() + 1, format, args...);
  out << line;
}

void WriteJson(const pipeline::IngestReport& r, const store::StoreStats& st, std::ostream& out) {
  out << "{\"ingested\":" << r.ingested << ",\"duplicates\":" << r.duplicates
      << ",\"unchanged\":" << r.unchanged << ",\"failed\":" << r.failed << ",\"bytes\":" << r.bytes
      << ",\"mentions\":" << r.mentions << ",\"relation_mentions\":" << r.relations
      << ",\"sentences\":" << r.sentences << ",\"parsed_sentences\":" << r.parsed_sentences
      << ",\"parsed_words\":" << r.parsed_words << ",\"skipped_files\":" << r.skipped.size()
      << ",\"seconds\":" << r.seconds << ",\"db\":{\"documents\":" << st.documents
      << ",\"entities\":" << st.entities << ",\"mentions\":" << st.mentions
      << ",\"relations\":" << st.relations << "}}\n";
}

void WriteText(const pipeline::IngestReport& r, const store::StoreStats& st, const std::string& db,
               std::ostream& out) {
  const double mb = r.bytes / 1e6;
  std::string duplicates;
  if (r.duplicates > 0) {
    duplicates = r.duplicates == 1
                     ? ", 1 duplicate of an earlier document"
                     : ", " + std::to_string(r.duplicates) + " duplicates of earlier documents";
  }
  Printf(out,
         "ingested %zu document(s) (%.2f MB in %.2f s, %.1f MB/s)%s, %zu unchanged, %zu failed\n",
         r.ingested, mb, r.seconds, r.seconds > 0 ? mb / r.seconds : 0.0, duplicates.c_str(),
         r.unchanged, r.failed);
  if (!r.skipped.empty()) {
    Printf(out,
           "skipped %zu file(s) that describe the collection, not articles (name one on its own "
           "to ingest it): %s%s\n",
           r.skipped.size(), text::TerminalSafe(r.skipped[0]).c_str(),
           r.skipped.size() > 1 ? " ..." : "");
  }
  Printf(out, "found %zu mention(s) and %zu relation mention(s)\n", r.mentions, r.relations);
  if (r.parsed_sentences > 0) {
    Printf(out, "parsed %zu of %zu sentence(s) (%zu words) that could carry a relation\n",
           r.parsed_sentences, r.sentences, r.parsed_words);
  }
  Printf(out, "%s now holds %lld document(s), %lld entities, %lld mentions, %lld relations\n",
         db.c_str(), static_cast<long long>(st.documents), static_cast<long long>(st.entities),
         static_cast<long long>(st.mentions), static_cast<long long>(st.relations));
}

}  // namespace

void WriteIngestSummary(const pipeline::IngestReport& r, const store::StoreStats& db_stats,
                        const std::string& db, bool json, std::ostream& out) {
  if (json) {
    WriteJson(r, db_stats, out);
  } else {
    WriteText(r, db_stats, db, out);
  }
}

}  // namespace newsgraph::output

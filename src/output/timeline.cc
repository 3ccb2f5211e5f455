#include "output/timeline.h"

#include <string>
#include <vector>

#include "export/csv.h"
#include "format/json_forms.h"
#include "text/terminal.h"

namespace newsgraph::output {
namespace {

using text::TerminalSafe;

void WriteTable(const query::Timeline& t, std::ostream& out) {
  out << TerminalSafe(t.entity) << " (" << TerminalSafe(t.entity_key) << "): " << t.rows.size()
      << " dated event(s)";
  if (t.undated > 0) out << ", " << t.undated << " undated left out";
  out << "\n";
  for (const query::TimelineRow& r : t.rows) {
    const model::Evidence& ev = r.evidence;
    out << r.date << "  " << r.direction << " " << TerminalSafe(r.type) << " " << r.direction
        << "  " << TerminalSafe(r.other) << " (" << TerminalSafe(r.other_type) << ")  ["
        << TerminalSafe(ev.document);
    if (!ev.event_date.empty() && ev.event_date != ev.date) {
      out << ", story " << (ev.date.empty() ? "undated" : ev.date);
    }
    if (!ev.title.empty()) out << ": " << TerminalSafe(ev.title);
    if (!ev.modality.empty() && ev.modality != "asserted") out << ", " << ev.modality;
    out << "]\n            " << TerminalSafe(ev.text) << "\n";
  }
}

void WriteJson(const query::Timeline& t, std::ostream& out) {
  format::Json events = format::Json::array();
  for (const query::TimelineRow& r : t.rows) {
    const model::Evidence& ev = r.evidence;
    format::Json j{{"date", r.date},   {"story_date", ev.date},
                   {"type", r.type},   {"direction", r.direction},
                   {"other", r.other}, {"other_type", r.other_type}};
    format::AddEvidenceFields(ev,
                              {format::EvidenceField::kDocument, format::EvidenceField::kSentence,
                               format::EvidenceField::kText, format::EvidenceField::kModality,
                               format::EvidenceField::kRule, format::EvidenceField::kCameo,
                               format::EvidenceField::kDocumentFields},
                              &j);
    events.push_back(std::move(j));
  }
  format::Json doc{
      {"entity", t.entity}, {"key", t.entity_key}, {"undated", t.undated}, {"events", events}};
  out << format::JsonText(doc) << "\n";
}

void WriteCsv(const query::Timeline& t, std::ostream& out) {
  std::vector<std::vector<std::string>> table;
  for (const query::TimelineRow& r : t.rows) {
    const model::Evidence& ev = r.evidence;
    table.push_back({r.date, ev.date, r.type, r.direction, r.other, r.other_type, ev.document,
                     std::to_string(ev.sentence), ev.modality, ev.title, ev.url, ev.source,
                     TerminalSafe(ev.text)});
  }
  exporter::WriteCsvTable({"date", "story_date", "type", "direction", "other", "other_type",
                           "document", "sentence", "modality", "title", "url", "source", "text"},
                          table, out);
}

}  // namespace

void WriteTimeline(const query::Timeline& t, format::Format format, std::ostream& out) {
  switch (format) {
    case format::Format::kTable:
      WriteTable(t, out);
      break;
    case format::Format::kJson:
      WriteJson(t, out);
      break;
    case format::Format::kCsv:
      WriteCsv(t, out);
      break;
  }
}

}  // namespace newsgraph::output

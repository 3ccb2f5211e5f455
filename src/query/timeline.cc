#include "query/timeline.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "export/csv.h"
#include "export/json_writer.h"
#include "query/report.h"
#include "text/terminal.h"

namespace newsgraph::query {

Timeline BuildTimeline(const RelationSelection& sel) {
  Timeline t;
  t.entity = sel.entity_name;
  t.entity_key = sel.entity_key;
  for (const RelationRow& r : sel.rows) {
    const bool is_source = r.source_id == sel.entity_id;
    if (!is_source && r.target_id != sel.entity_id) continue;
    for (const model::Evidence& ev : r.evidence) {
      const std::string& date = ev.event_date.empty() ? ev.date : ev.event_date;
      if (date.empty()) {
        ++t.undated;
        continue;
      }
      TimelineRow row;
      row.date = date;
      row.type = r.type;
      row.direction = r.symmetric ? "--" : is_source ? "->" : "<-";
      row.other = is_source ? r.target : r.source;
      row.other_type = is_source ? r.target_type : r.source_type;
      row.evidence = ev;
      t.rows.push_back(std::move(row));
    }
  }
  std::stable_sort(t.rows.begin(), t.rows.end(), [](const TimelineRow& a, const TimelineRow& b) {
    return std::tie(a.date, a.evidence.document, a.evidence.sentence, a.type, a.other) <
           std::tie(b.date, b.evidence.document, b.evidence.sentence, b.type, b.other);
  });
  return t;
}

void WriteTimelineTable(const Timeline& t, std::ostream& out) {
  out << text::TerminalSafe(t.entity) << " (" << text::TerminalSafe(t.entity_key) << "): " << t.rows.size() << " dated event(s)";
  if (t.undated > 0) out << ", " << t.undated << " undated left out";
  out << "\n";
  for (const TimelineRow& r : t.rows) {
    const model::Evidence& ev = r.evidence;
    out << r.date << "  " << r.direction << " " << text::TerminalSafe(r.type) << " " << r.direction << "  "
        << text::TerminalSafe(r.other) << " (" << text::TerminalSafe(r.other_type) << ")  [" << text::TerminalSafe(ev.document);
    if (!ev.event_date.empty() && ev.event_date != ev.date) {
      out << ", story " << (ev.date.empty() ? "undated" : ev.date);
    }
    if (!ev.title.empty()) out << ": " << text::TerminalSafe(ev.title);
    if (!ev.modality.empty() && ev.modality != "asserted") out << ", " << ev.modality;
    out << "]\n            " << text::TerminalSafe(ev.text) << "\n";
  }
}

void WriteTimelineJson(const Timeline& t, std::ostream& out) {
  using Json = nlohmann::ordered_json;
  Json events = Json::array();
  for (const TimelineRow& r : t.rows) {
    const model::Evidence& ev = r.evidence;
    Json j{{"date", r.date},         {"story_date", ev.date},  {"type", r.type},
           {"direction", r.direction},
           {"other", r.other},       {"other_type", r.other_type},
           {"document", ev.document}, {"sentence", ev.sentence}, {"text", ev.text},
           {"modality", ev.modality}, {"rule", ev.rule}};
    if (!ev.cameo.empty()) j["cameo"] = ev.cameo;
    exporter::AddDocumentFields(ev, &j);
    events.push_back(std::move(j));
  }
  Json doc{{"entity", t.entity}, {"key", t.entity_key}, {"undated", t.undated}, {"events", events}};
  out << doc.dump(1, ' ', false, Json::error_handler_t::replace) << "\n";
}

void WriteTimelineCsv(const Timeline& t, std::ostream& out) {
  std::vector<std::vector<std::string>> table;
  for (const TimelineRow& r : t.rows) {
    const model::Evidence& ev = r.evidence;
    table.push_back({r.date, ev.date, r.type, r.direction, r.other, r.other_type, ev.document,
                     std::to_string(ev.sentence), ev.modality, ev.title, ev.url, ev.source,
                     text::TerminalSafe(ev.text)});
  }
  exporter::WriteCsvTable({"date", "story_date", "type", "direction", "other", "other_type", "document", "sentence",
                           "modality", "title", "url", "source", "text"},
                          table, out);
}

}  // namespace newsgraph::query

#include "output/tagged.h"

#include <cmath>
#include <string>

#include "format/json_forms.h"
#include "text/terminal.h"

namespace newsgraph::output {
namespace {

using text::TerminalSafe;

void WriteMention(const ner::TaggedDocument& t, const ner::Mention& m, bool jsonl,
                  std::ostream& out) {
  const ner::DocEntity& e = t.entities[m.entity];
  const std::string surface(t.doc.Slice(m.span));
  if (!jsonl) {
    out << m.span.begin << "\t" << m.span.end << "\t" << TerminalSafe(e.type) << "\t"
        << TerminalSafe(surface) << "\t" << TerminalSafe(e.name) << "\n";
    return;
  }
  format::Json j = {{"start", m.span.begin},
                    {"end", m.span.end},
                    {"type", e.type},
                    {"text", surface},
                    {"entity", e.name},
                    {"id", e.key},
                    {"how", ner::MatchKindName(m.how)},
                    {"confidence", m.confidence}};
  if (!m.rule.empty()) j["rule"] = m.rule;
  out << format::JsonText(j, -1) << "\n";
}

void WriteRelation(const ner::TaggedDocument& t, const relations::RelationMention& r, bool jsonl,
                   std::ostream& out) {
  const ner::DocEntity& a = t.entities[r.source];
  const ner::DocEntity& b = t.entities[r.target];
  const std::string trigger(t.doc.Slice(r.trigger));
  if (!jsonl) {
    out << "relation\t" << TerminalSafe(r.type) << "\t" << TerminalSafe(a.name) << "\t"
        << TerminalSafe(b.name) << "\t" << TerminalSafe(r.modality) << "\t" << TerminalSafe(trigger)
        << "\t" << TerminalSafe(r.rule) << "\n";
    return;
  }
  format::Json j = {{"relation", r.type},
                    {"source", a.name},
                    {"source_id", a.key},
                    {"target", b.name},
                    {"target_id", b.key},
                    {"symmetric", r.symmetric},
                    {"modality", r.modality},
                    {"sentence", r.sentence},
                    {"trigger", trigger},
                    {"trigger_start", r.trigger.begin},
                    {"trigger_end", r.trigger.end},
                    {"rule", r.rule},
                    {"confidence", std::round(r.confidence * 1000.0) / 1000.0}};
  if (!r.cameo.empty()) j["cameo"] = r.cameo;
  if (!r.event_date.empty()) j["event_date"] = r.event_date;
  out << format::JsonText(j, -1) << "\n";
}

}  // namespace

void WriteTagged(const ner::TaggedDocument& doc,
                 const std::vector<relations::RelationMention>& relations, bool jsonl,
                 std::ostream& out) {
  for (const ner::Mention& m : doc.mentions) WriteMention(doc, m, jsonl, out);
  for (const relations::RelationMention& r : relations) WriteRelation(doc, r, jsonl, out);
}

}  // namespace newsgraph::output

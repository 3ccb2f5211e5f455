#include "output/relations.h"

#include <string>
#include <vector>

#include "export/csv.h"
#include "format/json_forms.h"
#include "format/text.h"
#include "text/terminal.h"

namespace newsgraph::output {
namespace {

using text::TerminalSafe;

void WriteTable(const query::RelationSelection& sel, std::ostream& out) {
  if (!sel.entity_key.empty()) {  // the entity the name resolved to
    out << TerminalSafe(sel.entity_name) << " (" << TerminalSafe(sel.entity_key)
        << "): " << sel.rows.size() << " relation(s)\n";
  }
  for (const query::RelationRow& r : sel.rows) {
    out << TerminalSafe(r.type) << ": " << TerminalSafe(r.source)
        << (r.symmetric ? " <-> " : " -> ") << TerminalSafe(r.target) << "  ["
        << TerminalSafe(r.modality) << ", " << r.documents
        << (r.documents == 1 ? " document" : " documents") << "]\n";
    for (const model::Evidence& ev : r.evidence) {
      out << "    " << TerminalSafe(ev.document) << " #" << ev.sentence << " ("
          << TerminalSafe(ev.modality) << ", " << TerminalSafe(ev.rule)
          << (ev.cameo.empty() ? "" : ", CAMEO " + TerminalSafe(ev.cameo))
          << "): " << TerminalSafe(format::OneLine(ev.text)) << "\n";
    }
  }
}

void WriteJson(const query::RelationSelection& sel, std::ostream& out) {
  format::Json arr = format::Json::array();
  for (const query::RelationRow& r : sel.rows) {
    arr.push_back(
        {{"type", r.type},
         {"source", r.source},
         {"source_type", r.source_type},
         {"target", r.target},
         {"target_type", r.target_type},
         {"symmetric", r.symmetric},
         {"modality", r.modality},
         {"documents", r.documents},
         {"evidence",
          format::EvidenceArray(r.evidence,
                                {format::EvidenceField::kDocument, format::EvidenceField::kDate,
                                 format::EvidenceField::kSentence, format::EvidenceField::kText,
                                 format::EvidenceField::kRule, format::EvidenceField::kModality,
                                 format::EvidenceField::kConfidence, format::EvidenceField::kCameo,
                                 format::EvidenceField::kDocumentFields})}});
  }
  // nlohmann::json: keys in alphabetical order, as this output always had them.
  out << format::JsonText(nlohmann::json(arr)) << "\n";
}

void WriteCsv(const query::RelationSelection& sel, std::ostream& out) {
  std::vector<std::vector<std::string>> table;
  for (const query::RelationRow& r : sel.rows) {
    for (const model::Evidence& ev : r.evidence) {
      table.push_back({r.type, r.source, r.target, r.modality, ev.document,
                       std::to_string(ev.sentence), ev.modality, ev.rule,
                       format::OneLine(ev.text)});
    }
  }
  exporter::WriteCsvTable({"type", "source", "target", "modality", "document", "sentence",
                           "evidence_modality", "rule", "text"},
                          table, out);
}

}  // namespace

void WriteRelations(const query::RelationSelection& sel, format::Format format, std::ostream& out) {
  switch (format) {
    case format::Format::kTable:
      WriteTable(sel, out);
      break;
    case format::Format::kJson:
      WriteJson(sel, out);
      break;
    case format::Format::kCsv:
      WriteCsv(sel, out);
      break;
  }
}

}  // namespace newsgraph::output

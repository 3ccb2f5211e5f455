#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <utility>

#include "cli/commands.h"
#include "cli/common.h"
#include "export/csv.h"
#include "export/json_writer.h"
#include "query/relations_query.h"

namespace newsgraph::cli {
namespace {

struct RelationsFlags {
  std::string db;
  std::string type;
  std::string entity;
  std::string modality;
  std::string match;
  std::string format = "table";
};

// The sentence on one line.
std::string OneLine(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Every string passes through TerminalSafe: names and sentences come from articles.
void WriteTable(const std::vector<query::RelationRow>& rows, std::ostream& out) {
  using text::TerminalSafe;
  for (const query::RelationRow& r : rows) {
    out << TerminalSafe(r.type) << ": " << TerminalSafe(r.source) << (r.symmetric ? " <-> " : " -> ")
        << TerminalSafe(r.target) << "  [" << TerminalSafe(r.modality) << ", " << r.documents
        << (r.documents == 1 ? " document" : " documents") << "]\n";
    for (const model::Evidence& ev : r.evidence) {
      out << "    " << TerminalSafe(ev.document) << " #" << ev.sentence << " (" << TerminalSafe(ev.modality)
          << ", " << TerminalSafe(ev.rule) << (ev.cameo.empty() ? "" : ", CAMEO " + TerminalSafe(ev.cameo))
          << "): " << TerminalSafe(OneLine(ev.text)) << "\n";
    }
  }
}

void WriteJson(const std::vector<query::RelationRow>& rows, std::ostream& out) {
  nlohmann::json arr = nlohmann::json::array();
  for (const query::RelationRow& r : rows) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const model::Evidence& ev : r.evidence) {
      nlohmann::json item = {{"document", ev.document}, {"date", ev.date}, {"sentence", ev.sentence},
                             {"text", ev.text},         {"rule", ev.rule}, {"modality", ev.modality},
                             {"confidence", ev.confidence}};
      if (!ev.cameo.empty()) item["cameo"] = ev.cameo;
      exporter::AddDocumentFields(ev, &item);
      evidence.push_back(std::move(item));
    }
    arr.push_back({{"type", r.type}, {"source", r.source}, {"source_type", r.source_type},
                   {"target", r.target}, {"target_type", r.target_type}, {"symmetric", r.symmetric},
                   {"modality", r.modality}, {"documents", r.documents}, {"evidence", evidence}});
  }
  out << arr.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void WriteCsv(const std::vector<query::RelationRow>& rows, std::ostream& out) {
  std::vector<std::vector<std::string>> table;
  for (const query::RelationRow& r : rows) {
    for (const model::Evidence& ev : r.evidence) {
      table.push_back({r.type, r.source, r.target, r.modality, ev.document, std::to_string(ev.sentence),
                       ev.modality, ev.rule, OneLine(ev.text)});
    }
  }
  exporter::WriteCsvTable({"type", "source", "target", "modality", "document", "sentence",
                           "evidence_modality", "rule", "text"},
                          table, out);
}

void Run(const RelationsFlags& f) {
  model::GraphFilter filter;
  if (!f.type.empty()) filter.relation_types = {f.type};
  query::RelationSelection sel = SelectRelationsOrFail(f.db, &filter, {"", f.entity, f.modality, f.match});
  std::ostringstream out;
  if (f.format == "table" && !f.entity.empty()) {  // the entity the name resolved to
    out << text::TerminalSafe(sel.entity_name) << " (" << text::TerminalSafe(sel.entity_key) << "): " << sel.rows.size() << " relation(s)\n";
  }
  if (f.format == "json") {
    WriteJson(sel.rows, out);
  } else if (f.format == "csv") {
    WriteCsv(sel.rows, out);
  } else {
    WriteTable(sel.rows, out);
  }
  Status s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupRelations(CLI::App& app) {
  auto flags = std::make_shared<RelationsFlags>();
  CLI::App* cmd = app.add_subcommand("relations", "List merged relations with their evidence sentences");
  cmd->footer(
      "List the merged relations in a database with their evidence sentences (document,\n"
      "sentence number, modality, rule, CAMEO event code when the rule gives one, text).\n"
      "Without --modality every modality but negated is shown; --modality negated lists\n"
      "what the texts deny (\"refused to meet\").\n\n"
      "Examples:\n"
      "  newsgraph relations --db news.db --type meets --entity Borrell\n"
      "  newsgraph relations --db news.db --modality planned --format json\n"
      "  newsgraph relations --db news.db --match '(?i)troops|soldiers'\n"
      "  newsgraph relations --db news.db --format csv > relations.csv");
  cmd->add_option("--db", flags->db, "SQLite database file")->required();
  cmd->add_option("--type", flags->type,
                  "Only this relation type: meets, succeeds, deploys, visits, condemns, supports,\n"
                  "signs_agreement, attacks, affiliated_with (or any type the rules define)");
  cmd->add_option("--entity", flags->entity,
                  "Only relations of this entity: its name or an alias, any case (\"borrell\", \"EU\")");
  cmd->add_option("--modality", flags->modality, "Only this modality")
      ->check(CLI::IsMember({"asserted", "planned", "hypothetical", "negated"}));
  AddMatchFlag(cmd, &flags->match);
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

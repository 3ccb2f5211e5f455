#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/relations.h"
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

void Run(const RelationsFlags& f) {
  model::GraphFilter filter;
  if (!f.type.empty()) filter.relation_types = {f.type};
  query::RelationSelection sel =
      SelectRelationsOrFail(f.db, &filter, {"", f.entity, f.modality, f.match});
  std::ostringstream out;
  output::WriteRelations(sel, ListingFormat(f.format), out);
  Status s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupRelations(CLI::App& app) {
  auto flags = std::make_shared<RelationsFlags>();
  CLI::App* cmd =
      app.add_subcommand("relations", "List merged relations with their evidence sentences");
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
  cmd->add_option(
      "--entity", flags->entity,
      "Only relations of this entity: its name or an alias, any case (\"borrell\", \"EU\")");
  cmd->add_option("--modality", flags->modality, "Only this modality")
      ->check(CLI::IsMember({"asserted", "planned", "hypothetical", "negated"}));
  AddMatchFlag(cmd, &flags->match);
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

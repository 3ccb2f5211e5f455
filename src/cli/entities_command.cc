#include <memory>
#include <sstream>
#include <utility>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/entities.h"
#include "query/entity_list.h"
#include "query/text_match.h"

namespace newsgraph::cli {
namespace {

struct EntitiesFlags {
  std::string db;
  std::string type;
  std::string format = "table";
  std::string match;
  size_t limit = 0;
};

void Run(const EntitiesFlags& f) {
  std::unique_ptr<query::TextMatch> match;
  Status s;
  if (!f.match.empty() && !(s = query::TextMatch::Compile(f.match, &match)).ok())
    Fail(s, kExitUsage);
  std::unique_ptr<store::Store> store;
  s = OpenExisting(f.db, &store);
  if (!s.ok()) Fail(s);
  model::GraphFilter filter;
  if (!f.type.empty()) filter.entity_types = {f.type};
  CheckFilter(store.get(), &filter);
  filter.with_evidence = false;
  model::Graph g;
  s = store->LoadGraph(filter, &g);
  if (!s.ok()) Fail(s);
  std::ostringstream out;
  output::WriteEntities(query::ListEntities(std::move(g.nodes), match.get(), f.limit),
                        ListingFormat(f.format), out);
  s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupEntities(CLI::App& app) {
  auto flags = std::make_shared<EntitiesFlags>();
  CLI::App* cmd = app.add_subcommand("entities", "List entities with mention and document counts");
  cmd->footer(
      "List the entities in a database with their mention and document counts, most mentioned\n"
      "first.\n\n"
      "Examples:\n"
      "  newsgraph entities --db news.db --type PERSON -n 20\n"
      "  newsgraph entities --db news.db --format csv > entities.csv");
  cmd->add_option("--db", flags->db, "SQLite database file")->required();
  cmd->add_option("--type", flags->type, "Only this type: PERSON, COUNTRY, ORG, CITY, REGION");
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->add_option("-n,--limit", flags->limit, "Show at most N entities");
  cmd->add_option("--match", flags->match,
                  "Only entities whose name, key or an alias matches this regular expression\n"
                  "(RE2 syntax, linear time; (?i) for any case)")
      ->type_name("REGEX");
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

#include <memory>
#include <sstream>
#include <string>

#include "cli/commands.h"
#include "cli/common.h"
#include "output/timeline.h"
#include "query/timeline.h"

namespace newsgraph::cli {
namespace {

struct TimelineFlags {
  std::string db;
  std::string entity;
  std::string type;
  std::string modality;
  std::string match;
  std::string from, to;
  std::string format = "table";
};

void Run(const TimelineFlags& f) {
  model::GraphFilter filter;
  if (!f.type.empty()) filter.relation_types = {f.type};
  filter.date_from = f.from;
  filter.date_to = f.to;
  query::RelationSelection sel =
      SelectRelationsOrFail(f.db, &filter, {"", f.entity, f.modality, f.match});
  std::ostringstream out;
  output::WriteTimeline(query::BuildTimeline(sel), ListingFormat(f.format), out);
  Status s = WriteOutput("-", out.str());
  if (!s.ok()) Fail(s);
}

}  // namespace

void SetupTimeline(CLI::App& app) {
  auto flags = std::make_shared<TimelineFlags>();
  CLI::App* cmd =
      app.add_subcommand("timeline", "An entity's relations, dated, oldest first, with evidence");
  cmd->footer(
      "List every dated relation of one entity in date order: who it met, visited, condemned,\n"
      "succeeded ... and when, each with the sentence, document (and the feed's title) that\n"
      "says so. A date is the document's (--date, a YYYY-MM-DD in the file name, or a feed's\n"
      "date field); evidence from undated documents is counted and left out. The table's\n"
      "arrows: -> the entity acts on the other, <- the other acts on it, -- symmetric.\n\n"
      "Examples:\n"
      "  newsgraph timeline --db news.db Putin\n"
      "  newsgraph timeline --db news.db \"Olaf Scholz\" --type meets --from 2024-05 --to 2024-06\n"
      "  newsgraph timeline --db news.db NATO --match '(?i)troops' --format csv > nato.csv");
  cmd->add_option("--db", flags->db, "SQLite database file")->required();
  cmd->add_option("entity", flags->entity,
                  "The entity: its name or an alias, any case (\"putin\", \"EU\"), or its key")
      ->required();
  cmd->add_option("--type", flags->type, "Only this relation type (meets, visits, ...)");
  cmd->add_option("--modality", flags->modality, "Only this modality (default: all but negated)")
      ->check(CLI::IsMember({"asserted", "planned", "hypothetical", "negated"}));
  cmd->add_option("--from", flags->from,
                  "Only documents dated on or after this day (YYYY-MM-DD, YYYY-MM, YYYY)");
  cmd->add_option("--to", flags->to, "Only documents dated on or before this day");
  AddMatchFlag(cmd, &flags->match);
  cmd->add_option("--format", flags->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cmd->callback([flags]() { Run(*flags); });
}

}  // namespace newsgraph::cli

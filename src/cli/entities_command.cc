#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "export/csv.h"
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
  if (!f.match.empty() && !(s = query::TextMatch::Compile(f.match, &match)).ok()) Fail(s, kExitUsage);
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
  std::vector<model::Node> nodes = std::move(g.nodes);
  if (match) {  // the name, the key or an alias
    std::erase_if(nodes, [&](const model::Node& n) {
      return !match->Matches(n.name) && !match->Matches(n.key) &&
             std::none_of(n.aliases.begin(), n.aliases.end(), [&](const std::string& a) { return match->Matches(a); });
    });
  }
  std::stable_sort(nodes.begin(), nodes.end(), [](const model::Node& a, const model::Node& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.name < b.name;
  });
  if (f.limit > 0 && nodes.size() > f.limit) nodes.resize(f.limit);

  std::ostringstream out;
  if (f.format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const model::Node& n : nodes) {
      arr.push_back({{"name", n.name}, {"type", n.type}, {"key", n.key}, {"discovered", n.discovered},
                     {"mentions", n.mentions}, {"documents", n.documents}, {"aliases", n.aliases}});
    }
    out << arr.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (f.format == "csv") {
    std::vector<std::vector<std::string>> rows;
    for (const model::Node& n : nodes) {
      rows.push_back({n.name, n.type, std::to_string(n.mentions), std::to_string(n.documents),
                      n.key});
    }
    exporter::WriteCsvTable({"name", "type", "mentions", "documents", "key"}, rows, out);
  } else {
    // Columns padded by characters, not bytes ("António" is 7 wide).
    auto width_of = [](const std::string& v) {
      size_t n = 0;
      for (unsigned char c : v) n += (c & 0xC0) != 0x80;
      return n;
    };
    auto pad = [&](const std::string& v, size_t w) { return v + std::string(w > width_of(v) ? w - width_of(v) : 0, ' '); };
    for (model::Node& n : nodes) {  // names come from articles: no control sequences on the terminal
      n.name = text::TerminalSafe(n.name);
      n.type = text::TerminalSafe(n.type);
      n.key = text::TerminalSafe(n.key);
    }
    size_t width = 4;
    for (const model::Node& n : nodes) width = std::max(width, width_of(n.name));
    char line[128];
    std::snprintf(line, sizeof(line), "  %-8s %8s %5s  %s\n", "TYPE", "MENTIONS", "DOCS", "KEY");
    out << pad("NAME", width) << line;
    for (const model::Node& n : nodes) {
      std::snprintf(line, sizeof(line), "  %-8s %8lld %5lld  ", n.type.c_str(),
                    static_cast<long long>(n.mentions), static_cast<long long>(n.documents));
      out << pad(n.name, width) << line << n.key << "\n";
    }
  }
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

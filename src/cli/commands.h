// CLI11 wiring: one Setup function per subcommand. Each registers its
// options and a callback that calls the library and prints the result.
// Only this directory includes CLI11.
#ifndef NEWSGRAPH_CLI_COMMANDS_H_
#define NEWSGRAPH_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace newsgraph::cli {

void SetupIngest(CLI::App& app);
void SetupExtract(CLI::App& app);
void SetupLoad(CLI::App& app);
void SetupMerge(CLI::App& app);
void SetupTag(CLI::App& app);
void SetupExport(CLI::App& app);
void SetupEntities(CLI::App& app);
void SetupEval(CLI::App& app);
void SetupQuery(CLI::App& app);
void SetupRelations(CLI::App& app);
void SetupTimeline(CLI::App& app);
void SetupEntity(CLI::App& app);
void SetupTrainSyntax(CLI::App& app);
void SetupParse(CLI::App& app);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMANDS_H_

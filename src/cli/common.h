// Helpers shared by the subcommands: engine flags, exit codes, errors.
#ifndef NEWSGRAPH_CLI_COMMON_H_
#define NEWSGRAPH_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "format/format.h"
#include "model/graph.h"
#include "pipeline/engine.h"
#include "query/relations_query.h"
#include "store/store.h"
#include "text/terminal.h"
#include "util/status.h"

namespace newsgraph::cli {

// Exit codes (documented in `newsgraph --help`).
enum ExitCode {
  kExitOk = 0,
  kExitError = 1,      // an error, or some input files failed
  kExitUsage = 2,      // bad command line
  kExitAmbiguous = 3,  // a name matches several entities
  kExitNotFound = 4,   // a name matches no entity
};

// The subcommand's exit code travels in this exception out of CLI11's callback.
struct Exit {
  int code;
};

struct EngineFlags {
  std::string gazetteers;
  std::vector<std::string> extra_gazetteers;
  std::string rules;
  bool no_discover = false;
  bool no_coref = false;
  bool no_relations = false;
};

void AddEngineFlags(CLI::App* cmd, EngineFlags* flags);
// The syntax model is loaded with the relation rules, or alone when
// `syntax_model` is given ("" for the default file).
// The process's engine: never destroyed, so that a command's exit does not
// spend time freeing gazetteers the operating system reclaims at once.
std::unique_ptr<pipeline::Engine>& ProcessEngine();

Status LoadEngine(const EngineFlags& flags, bool relations,
                  std::unique_ptr<pipeline::Engine>* engine,
                  const std::string* syntax_model = nullptr);

// The graph filters shared by `query` and `export` (--type, --entity-type,
// --min-support, --from, --to, --include-negated), bound to *filter.
void AddGraphFilterFlags(CLI::App* cmd, model::GraphFilter* filter);

// Opens an existing database read-only; a clear error if it is missing.
Status OpenExisting(const std::string& db, std::unique_ptr<store::Store>* store);

// Checks a filter against the database: the entity and relation types it
// names must be ones the database holds (case is forgiven: "person" is
// PERSON; an unknown type fails with exit 2, naming the closest type and the
// valid ones); --from/--to must be dates (exit 2), and a warning on stderr
// says how many undated documents they leave out.
void CheckFilter(store::Store* store, model::GraphFilter* filter);

// Opens `db`, checks *filter (CheckFilter), loads the graph with evidence
// (negated relations too) and selects `q` from it (query.type is taken from
// the filter's one relation type, as stored). Exits with kExitUsage for a bad
// modality or --match pattern, kExitNotFound / kExitAmbiguous when q.entity
// names no entity or several (listing them).
query::RelationSelection SelectRelationsOrFail(const std::string& db, model::GraphFilter* filter,
                                               query::RelationQuery q);

// --match REGEX (RE2), shared by the listing commands.
void AddMatchFlag(CLI::App* cmd, std::string* pattern);

// The format::Format a listing's --format names ("table", "json" or "csv",
// checked by CLI11 before); table for anything else.
format::Format ListingFormat(const std::string& name);

// Prints "newsgraph: <message>" to stderr and throws Exit{code}.
[[noreturn]] void Fail(const Status& s, int code = kExitError);

// Checks the command words of argv before parsing ("newsgraph query top"):
// an unknown one fails with exit 2, naming the closest command ("did you
// mean") and the valid ones, instead of "A subcommand is required".
void CheckCommandWords(CLI::App* app, int argc, char** argv);

// True when stderr is a terminal (progress display).
bool StderrIsTerminal();

// Reads all of `path`, or standard input for "-". IOError names the file.
Status ReadInput(const std::string& path, std::string* text);

// Reads `path` (or standard input for "-") and runs `engine` on it, as
// `tag` and `parse` do: `utf8` says how its bytes become text (see
// pipeline::Utf8Policy); `date` (may be empty) is the story's date.
Status ProcessInput(const pipeline::Engine& engine, const std::string& path,
                    pipeline::Utf8Policy utf8, const std::string& date, pipeline::Processed* out);

// Adds --encoding (utf-8, latin-1, cp1252) to `cmd`.
void AddEncodingFlag(CLI::App* cmd, std::string* encoding);

// Writes `content` to `path`, or to stdout for "" or "-". A file is replaced
// atomically (util/atomic_file.h): on failure an earlier file stays intact.
Status WriteOutput(const std::string& path, const std::string& content);

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_COMMON_H_

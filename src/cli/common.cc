#include "cli/common.h"

#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <tuple>

#include "query/type_names.h"
#include "util/atomic_file.h"
#include "util/dates.h"

namespace newsgraph::cli {

void AddEngineFlags(CLI::App* cmd, EngineFlags* flags) {
  cmd->add_option("--gazetteers", flags->gazetteers,
                  "Directory of gazetteer TSV files (default: $NEWSGRAPH_GAZETTEERS, "
                  "else the bundled gazetteers/)")
      ->group("Data");
  cmd->add_option("--add-gazetteer", flags->extra_gazetteers,
                  "Extra gazetteer TSV file to load as well (repeat the flag for several)")
      ->allow_extra_args(false)
      ->group("Data");
  cmd->add_option("--rules", flags->rules,
                  "Directory holding lexicon.tsv and relations.tsv (default: $NEWSGRAPH_RULES, "
                  "else the bundled rules/)")
      ->group("Data");
  cmd->add_flag("--no-discover", flags->no_discover,
                "Tag only gazetteer names (no rules for unknown names)")
      ->group("Data");
  cmd->add_flag("--no-coref", flags->no_coref,
                "Do not resolve surnames and acronyms within a document")
      ->group("Data");
  cmd->add_flag("--no-relations", flags->no_relations,
                "Tag entities only; skip relation extraction")
      ->group("Data");
}

std::unique_ptr<pipeline::Engine>& ProcessEngine() {
  static auto* engine =
      new std::unique_ptr<pipeline::Engine>();  // reachable until exit, never freed
  return *engine;
}

Status LoadEngine(const EngineFlags& flags, bool relations,
                  std::unique_ptr<pipeline::Engine>* engine, const std::string* syntax_model) {
  pipeline::EngineOptions opt;
  opt.gazetteer_dir = flags.gazetteers;
  opt.extra_gazetteers = flags.extra_gazetteers;
  opt.rules_dir = flags.rules;
  opt.relations = relations && !flags.no_relations;
  opt.syntax = opt.relations || syntax_model != nullptr;  // the parse serves the relation rules
  if (syntax_model != nullptr) opt.syntax_model = *syntax_model;
  opt.tagger.discover = !flags.no_discover;
  opt.tagger.coref = !flags.no_coref;
  return pipeline::Engine::Load(opt, engine);
}

void AddGraphFilterFlags(CLI::App* cmd, model::GraphFilter* filter) {
  cmd->add_option("--type", filter->relation_types, "Only these relation types (comma-separated)")
      ->delimiter(',')
      ->group("Filters");
  cmd->add_option("--entity-type", filter->entity_types,
                  "Only entities of these types (comma-separated: PERSON,COUNTRY,ORG)")
      ->delimiter(',')
      ->group("Filters");
  cmd->add_option("--min-support", filter->min_support,
                  "Only relations supported by at least N documents")
      ->check(CLI::PositiveNumber)
      ->group("Filters");
  cmd->add_option("--from", filter->date_from, "Only documents dated on or after YYYY-MM-DD")
      ->group("Filters");
  cmd->add_option("--to", filter->date_to, "Only documents dated on or before YYYY-MM-DD")
      ->group("Filters");
  cmd->add_flag("--include-negated", filter->include_negated,
                "Also negated relations (\"did not meet\")")
      ->group("Filters");
}

Status OpenExisting(const std::string& db, std::unique_ptr<store::Store>* store) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound(db + ": no such database (create it with `newsgraph ingest --db " + db +
                            " FILES`)");
  }
  store::StoreOptions opt;
  opt.read_only = true;
  opt.create = false;
  return store::Store::Open(db, opt, store);
}

void CheckFilter(store::Store* store, model::GraphFilter* filter) {
  for (std::string* date : {&filter->date_from, &filter->date_to}) {
    if (!date->empty() && !util::IsDate(*date)) {
      Fail(Status::InvalidArgument("--from/--to: \"" + *date +
                                   "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
           kExitUsage);
    }
  }
  // A month or a year stands for its first day (--from) or its last (--to).
  if (filter->date_from.size() == 4) filter->date_from += "-01";
  if (filter->date_from.size() == 7) filter->date_from += "-01";
  if (filter->date_to.size() == 4) filter->date_to += "-12";
  if (filter->date_to.size() == 7) {
    const int last = util::LastDay(std::stoi(filter->date_to.substr(0, 4)),
                                   std::stoi(filter->date_to.substr(5, 2)));
    filter->date_to += "-" + std::to_string(last);
  }
  if (!filter->date_from.empty() || !filter->date_to.empty()) {
    int64_t undated = 0;
    Status s = store->UndatedDocuments(&undated);
    if (!s.ok()) Fail(s);
    if (undated > 0) {
      std::cerr << "newsgraph: warning: " << undated
                << " document(s) have no date and are left out by --from/--to "
                << "(a date comes from --date or a YYYY-MM-DD in the file name at ingest)\n";
    }
  }
  if (filter->entity_types.empty() && filter->relation_types.empty()) return;
  std::vector<std::string> entity_types, relation_types;
  Status s = store->Types(&entity_types, &relation_types);
  if (!s.ok()) Fail(s);
  for (auto [given, known, what] :
       {std::tuple{&filter->entity_types, &entity_types, "entity"},
        std::tuple{&filter->relation_types, &relation_types, "relation"}}) {
    for (std::string& type : *given) {
      s = query::MatchType(type, *known, what, &type);
      if (!s.ok()) Fail(s, kExitUsage);
    }
  }
}

query::RelationSelection SelectRelationsOrFail(const std::string& db, model::GraphFilter* filter,
                                               query::RelationQuery q) {
  std::unique_ptr<store::Store> store;
  Status s = OpenExisting(db, &store);
  if (!s.ok()) Fail(s);
  CheckFilter(store.get(), filter);
  filter->include_negated = true;
  filter->with_evidence = true;
  model::Graph graph;
  s = store->LoadGraph(*filter, &graph);
  if (!s.ok()) Fail(s);
  q.type = filter->relation_types.empty() ? "" : filter->relation_types[0];  // as stored
  query::RelationSelection sel;
  s = query::SelectRelations(graph, q, &sel);
  if (!s.ok()) Fail(s, kExitUsage);
  if (sel.entity == query::Resolution::Kind::kNotFound) {
    Fail(Status::NotFound("no entity named \"" + q.entity + "\""), kExitNotFound);
  }
  if (sel.entity == query::Resolution::Kind::kAmbiguous) {
    std::string msg = "\"" + q.entity + "\" names several entities; use one of:";
    for (const std::string& c : sel.candidates) msg += "\n  " + c;
    Fail(Status::InvalidArgument(msg), kExitAmbiguous);
  }
  return sel;
}

void AddMatchFlag(CLI::App* cmd, std::string* pattern) {
  cmd->add_option("--match", *pattern,
                  "Only rows whose names, sentence text, document or title match this regular\n"
                  "expression (RE2 syntax, linear time; (?i) for any case)")
      ->type_name("REGEX");
}

format::Format ListingFormat(const std::string& name) {
  format::Format format = format::Format::kTable;
  format::ParseFormat(name, &format);
  return format;
}

void Fail(const Status& s, int code) {
  std::cerr << "newsgraph: " << text::TerminalSafe(s.message(), /*keep_line_breaks=*/true) << "\n";
  throw Exit{code};
}

void CheckCommandWords(CLI::App* app, int argc, char** argv) {
  std::string path = "newsgraph";
  for (int i = 1; i < argc; ++i) {
    const std::vector<CLI::App*> subs = app->get_subcommands([](CLI::App*) { return true; });
    if (subs.empty()) return;  // a command's own arguments from here on
    const std::string word = argv[i];
    if (word.empty() || word[0] == '-') return;  // options (--help, --version) are CLI11's
    std::vector<std::string> names;
    CLI::App* next = nullptr;
    for (CLI::App* sub : subs) {
      names.push_back(sub->get_name());
      if (sub->get_name() == word) next = sub;
    }
    if (next == nullptr) {
      std::string msg = "unknown command \"" + path + " " + word + "\"";
      const std::string best = query::ClosestName(word, names);
      if (!best.empty()) msg += " (did you mean \"" + path + " " + best + "\"?)";
      msg += "; commands:";
      for (size_t k = 0; k < names.size(); ++k) msg += (k == 0 ? " " : ", ") + names[k];
      Fail(Status::InvalidArgument(msg), kExitUsage);
    }
    app = next;
    path += " " + word;
  }
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

Status ReadInput(const std::string& path, std::string* text) {
  std::ostringstream buf;
  if (path == "-") {
    buf << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
    buf << in.rdbuf();
    if (in.bad()) return Status::IOError(path + ": read error");
  }
  *text = std::move(buf).str();
  return Status::OK();
}

Status ProcessInput(const pipeline::Engine& engine, const std::string& path,
                    pipeline::Utf8Policy utf8, const std::string& date, pipeline::Processed* out) {
  std::string text;
  NG_RETURN_IF_ERROR(ReadInput(path, &text));
  return engine.Process(path == "-" ? "<stdin>" : path, std::move(text), utf8, out, date);
}

void AddEncodingFlag(CLI::App* cmd, std::string* encoding) {
  cmd->add_option(
         "--encoding", *encoding,
         "Encoding of the input: utf-8 (default), latin-1 (ISO-8859-1) or cp1252 (Windows-1252);\n"
         "the text is decoded to UTF-8 (\"Jos\\xe9\" -> \"José\")")
      ->check(CLI::IsMember({"utf-8", "latin-1", "cp1252"}));
}

Status WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to standard output");
  }
  // A valid earlier output stays until the new one is complete.
  return util::WriteFileAtomically(path, content);
}

}  // namespace newsgraph::cli

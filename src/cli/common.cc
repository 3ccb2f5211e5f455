#include "cli/common.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

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

Status LoadEngine(const EngineFlags& flags, bool relations,
                  std::unique_ptr<pipeline::Engine>* engine) {
  pipeline::EngineOptions opt;
  opt.gazetteer_dir = flags.gazetteers;
  opt.extra_gazetteers = flags.extra_gazetteers;
  opt.rules_dir = flags.rules;
  opt.relations = relations && !flags.no_relations;
  opt.tagger.discover = !flags.no_discover;
  opt.tagger.coref = !flags.no_coref;
  return pipeline::Engine::Load(opt, engine);
}

Status OpenExisting(const std::string& db, std::unique_ptr<store::Store>* store) {
  std::error_code ec;
  if (!std::filesystem::exists(db, ec)) {
    return Status::NotFound(db + ": no such database (create it with `newsgraph ingest --db " + db + " FILES`)");
  }
  store::StoreOptions opt;
  opt.read_only = true;
  opt.create = false;
  return store::Store::Open(db, opt, store);
}

void Fail(const Status& s, int code) {
  std::cerr << "newsgraph: " << s.message() << "\n";
  throw Exit{code};
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

Status WriteOutput(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return std::cout ? Status::OK() : Status::IOError("cannot write to standard output");
  }
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IOError(path + ": cannot write: " + std::strerror(errno));
  out << content;
  out.close();
  if (!out) return Status::IOError(path + ": write failed: " + std::strerror(errno));
  return Status::OK();
}

}  // namespace newsgraph::cli

// Engine is the immutable, shared model of a run: gazetteers, the compiled
// matcher, the name-rule lexicon and the relation rules. Build it once and
// process any number of texts; safe for concurrent use by multiple threads.
//
//   std::unique_ptr<pipeline::Engine> engine;
//   Status s = pipeline::Engine::Load({}, &engine);     // default data dirs
//   pipeline::Processed p;
//   s = engine->Process("a.txt", text, pipeline::Utf8Policy::kReject, &p);  // tag + relate
#ifndef NEWSGRAPH_PIPELINE_ENGINE_H_
#define NEWSGRAPH_PIPELINE_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "gazetteer/gazetteer.h"
#include "gazetteer/image.h"
#include "gazetteer/matcher.h"
#include "ner/lexicon.h"
#include "ner/tagger.h"
#include "relations/extractor.h"
#include "syntax/model.h"
#include "util/status.h"

namespace newsgraph::pipeline {

struct EngineOptions {
  std::string gazetteer_dir;  // empty: $NEWSGRAPH_GAZETTEERS, the source tree, the install dir
  std::vector<std::string> extra_gazetteers;  // more TSV files to load
  // Where compiled gazetteer images are cached (gazetteer/image.h); empty:
  // gazetteer::DefaultCacheDir(); "off": no cache, the TSV files every run.
  std::string gazetteer_cache;
  std::string rules_dir;  // empty: $NEWSGRAPH_RULES, the source tree, the install dir
  bool relations = true;  // load and run relation extraction
  // The syntax model file; empty: en_ewt.ngsyn in $NEWSGRAPH_MODELS, the
  // source tree's models/, the install dir. Loaded when `syntax` is true.
  std::string syntax_model;
  bool syntax = true;
  ner::TaggerOptions tagger;
  // Documents larger than this are processed in chunks split at blank lines
  // (coreference does not cross chunks).
  size_t chunk_bytes = 4u << 20;
};

// How input bytes become text: UTF-8, refused when invalid (kReject) or with
// invalid sequences replaced by U+FFFD (kRepair); or a single-byte encoding
// decoded to UTF-8 (kLatin1, kCp1252: `--encoding latin-1|cp1252`).
enum class Utf8Policy { kReject, kRepair, kLatin1, kCp1252 };

// The policy of an `--encoding` value ("utf-8", "latin-1", "cp1252"), with
// `repair` choosing between kReject and kRepair for UTF-8.
Utf8Policy PolicyForEncoding(const std::string& encoding, bool repair);

// The result of processing one text.
struct Processed {
  ner::TaggedDocument tagged;  // for chunked documents, tokens are dropped
  std::vector<relations::RelationMention> relations;
  size_t utf8_repairs = 0;  // replacement characters inserted (kRepair)
  relations::RelationExtractor::Stats relation_stats;
};

class Engine {
 public:
  static Status Load(const EngineOptions& options, std::unique_ptr<Engine>* result);

  // Checks and processes one text. Errors (InvalidArgument, naming `name`):
  // empty or blank text, binary content (a NUL byte), invalid UTF-8 under
  // kReject (with the byte offset). `date` (YYYY[-MM[-DD]], may be empty)
  // is the story's date: with it, "the Russian president" and a bare
  // surname resolve to the office holder of that day.
  Status Process(const std::string& name, std::string text, Utf8Policy utf8, Processed* out,
                 const std::string& date = "") const;

  const gazetteer::Gazetteer& gazetteer() const { return gazetteer_; }
  const gazetteer::Matcher& matcher() const { return *matcher_; }
  const ner::EntityTagger& tagger() const { return *tagger_; }
  const relations::RelationExtractor* extractor() const { return extractor_.get(); }
  // The syntax model, or nullptr when options.syntax was false.
  const syntax::Model* syntax() const { return syntax_.get(); }
  const std::string& gazetteer_dir() const { return gazetteer_dir_; }
  // How the gazetteers were loaded: from a cached image or from the files.
  const gazetteer::LoadInfo& gazetteer_load() const { return gazetteer_load_; }

 private:
  Engine() = default;
  void ProcessChunk(text::Document doc, Processed* out) const;

  EngineOptions options_;
  std::string gazetteer_dir_;
  gazetteer::Gazetteer gazetteer_;
  gazetteer::LoadInfo gazetteer_load_;
  std::unique_ptr<gazetteer::Matcher> matcher_;
  std::unique_ptr<gazetteer::Matcher> short_forms_;
  ner::Lexicon lexicon_;
  std::unique_ptr<ner::EntityTagger> tagger_;
  std::unique_ptr<relations::RelationExtractor> extractor_;
  std::unique_ptr<syntax::Model> syntax_;
};

// Checks `text` as a document: not empty, not binary, valid UTF-8 (or
// repaired under kRepair, counting the repairs). UTF-16 text (LE or BE, as
// Windows "Unicode" files), recognised by its byte order mark or, without
// one, by its zero bytes (text/utf16.h GuessUtf16WithoutBom), is decoded to
// UTF-8 first, whatever the policy; an unpaired surrogate in it is an error
// under kReject, else a repair. Messages name `name`.
Status CheckText(const std::string& name, std::string* text, Utf8Policy utf8, size_t* repairs);

// The default syntax model file (see EngineOptions::syntax_model).
std::string DefaultSyntaxModel();

// Finds the data directory `sub` ("gazetteers", "rules" or "models"): the
// environment variable (NEWSGRAPH_GAZETTEERS, NEWSGRAPH_RULES,
// NEWSGRAPH_MODELS), else ChooseDataDir for this program.
std::string DefaultDataDir(const std::string& sub);

// Where data comes from when no variable names it: a program run from the
// build tree (`exe` under `build_dir`) reads the source tree's data first, so
// a developer sees their edits; any other (installed) copy reads the
// installed data first, so an old checkout cannot shadow it. The other one
// is the fallback; `source` when neither exists.
std::string ChooseDataDir(const std::string& exe, const std::string& build_dir,
                          const std::string& source, const std::string& installed);

}  // namespace newsgraph::pipeline

#endif  // NEWSGRAPH_PIPELINE_ENGINE_H_

#include "pipeline/engine.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <future>
#include <unordered_map>

#include "relations/event_date.h"
#include "text/tokenizer.h"
#include "text/utf16.h"
#include "text/utf8.h"

namespace newsgraph::pipeline {
namespace {

bool IsDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && std::filesystem::is_directory(p, ec);
}

// Splits `text` into pieces of at most `max` bytes, at blank lines when
// possible, else at line ends, else at spaces; never inside a UTF-8 sequence.
std::vector<std::pair<size_t, size_t>> Chunks(const std::string& text, size_t max) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t begin = 0;
  while (begin < text.size()) {
    if (text.size() - begin <= max) {
      out.emplace_back(begin, text.size());
      break;
    }
    size_t limit = begin + max;
    size_t cut = text.rfind("\n\n", limit);
    if (cut == std::string::npos || cut <= begin) cut = text.rfind('\n', limit);
    if (cut == std::string::npos || cut <= begin) cut = text.rfind(' ', limit);
    if (cut == std::string::npos || cut <= begin) {
      cut = limit;
      while (cut > begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    out.emplace_back(begin, cut);
    begin = cut;
  }
  return out;
}

}  // namespace

std::string DefaultDataDir(const std::string& sub) {
  const char* env = std::getenv(sub == "rules"    ? "NEWSGRAPH_RULES"
                                : sub == "models" ? "NEWSGRAPH_MODELS"
                                                  : "NEWSGRAPH_GAZETTEERS");
  if (env != nullptr && *env != '\0') return env;
  std::string source = sub == "rules"    ? NEWSGRAPH_SOURCE_RULES
                       : sub == "models" ? NEWSGRAPH_SOURCE_MODELS
                                         : NEWSGRAPH_SOURCE_GAZETTEERS;
  std::error_code ec;
  const std::string exe = std::filesystem::read_symlink("/proc/self/exe", ec).string();
  return ChooseDataDir(exe, NEWSGRAPH_BUILD_DIR, source,
                       std::string(NEWSGRAPH_INSTALLED_DATA) + "/" + sub);
}

std::string ChooseDataDir(const std::string& exe, const std::string& build_dir,
                          const std::string& source, const std::string& installed) {
  const bool developer = exe.empty() || exe.rfind(build_dir + "/", 0) == 0;
  const std::string& first = developer ? source : installed;
  const std::string& second = developer ? installed : source;
  if (IsDir(first)) return first;
  if (IsDir(second)) return second;
  return source;
}

std::string DefaultSyntaxModel() { return DefaultDataDir("models") + "/en_ewt.ngsyn"; }

Utf8Policy PolicyForEncoding(const std::string& encoding, bool repair) {
  if (encoding == "latin-1") return Utf8Policy::kLatin1;
  if (encoding == "cp1252") return Utf8Policy::kCp1252;
  return repair ? Utf8Policy::kRepair : Utf8Policy::kReject;
}

Status CheckText(const std::string& name, std::string* text, Utf8Policy utf8, size_t* repairs) {
  *repairs = 0;
  if (text->empty()) return Status::InvalidArgument(name + ": empty file");
  text::Utf16Bom bom = text::DetectUtf16Bom(*text);
  if (bom == text::Utf16Bom::kNone) bom = text::GuessUtf16WithoutBom(*text);
  if (bom != text::Utf16Bom::kNone) {
    size_t bad = 0;
    std::string decoded = text::DecodeUtf16(*text, bom, &bad);
    if (bad > 0 && utf8 == Utf8Policy::kReject) {
      return Status::InvalidArgument(
          name + ": invalid UTF-16 (" + std::to_string(bad) +
          " unpaired surrogate(s) or a cut last character); use --repair-utf8 to "
          "replace them with U+FFFD");
    }
    *text = std::move(decoded);
    *repairs = bad;
    if (utf8 == Utf8Policy::kLatin1 || utf8 == Utf8Policy::kCp1252)
      utf8 = Utf8Policy::kReject;  // UTF-8 now
  }
  size_t nul = text->find('\0');
  if (nul != std::string::npos) {
    return Status::InvalidArgument(name + ": binary file (NUL byte at offset " +
                                   std::to_string(nul) + "); expected UTF-8 text");
  }
  if (utf8 == Utf8Policy::kLatin1 || utf8 == Utf8Policy::kCp1252) {
    *text = text::DecodeSingleByte(*text, utf8 == Utf8Policy::kCp1252);
  }
  size_t bad = 0;
  if (!text::IsValidUtf8(*text, &bad)) {
    if (utf8 == Utf8Policy::kReject) {
      return Status::InvalidArgument(
          name + ": invalid UTF-8 at byte offset " + std::to_string(bad) +
          " (use --encoding latin-1 or cp1252 for such files, or --repair-utf8 to "
          "replace bad bytes with U+FFFD)");
    }
    *text = text::RepairUtf8(*text, repairs);
  }
  if (text->find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    return Status::InvalidArgument(name + ": empty file (only white space)");
  }
  return Status::OK();
}

Status Engine::Load(const EngineOptions& options, std::unique_ptr<Engine>* result) {
  // The syntax model loads on a second thread while the gazetteers, the
  // matcher and the rules are built on this one.
  // Declared after `syntax`, which its thread writes: on an early return the
  // future's destructor (std::async's) waits for the thread first.
  std::unique_ptr<syntax::Model> syntax;
  std::future<Status> syntax_loaded;
  if (options.syntax) {
    std::string path = options.syntax_model.empty() ? DefaultSyntaxModel() : options.syntax_model;
    syntax_loaded = std::async(std::launch::async,
                               [path, &syntax] { return syntax::Model::Load(path, &syntax); });
  }
  std::unique_ptr<Engine> e(new Engine());
  e->options_ = options;
  e->gazetteer_dir_ =
      options.gazetteer_dir.empty() ? DefaultDataDir("gazetteers") : options.gazetteer_dir;
  std::vector<std::string> files;
  NG_RETURN_IF_ERROR(gazetteer::ListSources(e->gazetteer_dir_ == "-" ? "" : e->gazetteer_dir_,
                                            options.extra_gazetteers, &files));
  const std::string cache = options.gazetteer_cache.empty()    ? gazetteer::DefaultCacheDir()
                            : options.gazetteer_cache == "off" ? ""
                                                               : options.gazetteer_cache;
  NG_RETURN_IF_ERROR(gazetteer::LoadCached(files, cache, &e->gazetteer_, &e->matcher_,
                                           &e->short_forms_, &e->gazetteer_load_));
  std::string rules = options.rules_dir.empty() ? DefaultDataDir("rules") : options.rules_dir;
  NG_RETURN_IF_ERROR(e->lexicon_.Load(rules + "/lexicon.tsv"));
  NG_RETURN_IF_ERROR(e->lexicon_.LoadGivenNames(rules + "/given_names.tsv"));
  e->tagger_ = std::make_unique<ner::EntityTagger>(*e->matcher_, e->lexicon_, options.tagger,
                                                   e->short_forms_.get());
  if (options.relations) {
    NG_RETURN_IF_ERROR(
        relations::RelationExtractor::Load(rules + "/relations.tsv", &e->extractor_));
  }
  if (syntax_loaded.valid()) {
    NG_RETURN_IF_ERROR(syntax_loaded.get());
    e->syntax_ = std::move(syntax);
  }
  *result = std::move(e);
  return Status::OK();
}

void Engine::ProcessChunk(text::Document doc, Processed* out) const {
  text::Tokenize(&doc);
  tagger_->Tag(std::move(doc), &out->tagged);
  out->relations.clear();
  if (extractor_) {
    extractor_->Extract(out->tagged, syntax_.get(), &out->relations, &out->relation_stats);
    const text::Document& d = out->tagged.doc;
    for (relations::RelationMention& r : out->relations) {
      if (r.type == "affiliated_with") continue;  // a state, not an event of a day
      r.event_date =
          relations::EventDate(d.Slice(r.sentence_span), d.date, r.modality == relations::kPlanned);
    }
  }
}

Status Engine::Process(const std::string& name, std::string text, Utf8Policy utf8, Processed* out,
                       const std::string& date) const {
  NG_RETURN_IF_ERROR(CheckText(name, &text, utf8, &out->utf8_repairs));
  out->relation_stats = relations::RelationExtractor::Stats();
  if (text.size() <= options_.chunk_bytes) {
    text::Document doc;
    doc.name = name;
    doc.date = date;
    doc.text = std::move(text);
    ProcessChunk(std::move(doc), out);
    return Status::OK();
  }
  // Large document: process chunk by chunk and merge with global offsets.
  ner::TaggedDocument merged;
  merged.doc.name = name;
  std::vector<relations::RelationMention> relations;
  std::unordered_map<std::string, uint32_t> entity_index;
  for (const auto& [begin, end] : Chunks(text, options_.chunk_bytes)) {
    Processed part;
    text::Document doc;
    doc.name = name;
    doc.date = date;
    doc.text = text.substr(begin, end - begin);
    ProcessChunk(std::move(doc), &part);
    out->relation_stats.sentences += part.relation_stats.sentences;
    out->relation_stats.parsed_sentences += part.relation_stats.parsed_sentences;
    out->relation_stats.parsed_words += part.relation_stats.parsed_words;
    const uint32_t shift = static_cast<uint32_t>(begin);
    const uint32_t sentence_shift = static_cast<uint32_t>(merged.doc.sentences.size());
    std::vector<uint32_t> remap(part.tagged.entities.size());
    for (size_t i = 0; i < part.tagged.entities.size(); ++i) {
      ner::DocEntity& e = part.tagged.entities[i];
      auto [it, inserted] =
          entity_index.try_emplace(e.key, static_cast<uint32_t>(merged.entities.size()));
      if (inserted) {
        merged.entities.push_back(std::move(e));
      } else {
        ner::DocEntity& m = merged.entities[it->second];
        for (std::string& a : e.aliases) {
          if (std::find(m.aliases.begin(), m.aliases.end(), a) == m.aliases.end())
            m.aliases.push_back(std::move(a));
        }
      }
      remap[i] = it->second;
    }
    for (text::Sentence s : part.tagged.doc.sentences) {
      s.span.begin += shift;
      s.span.end += shift;
      s.first_token = s.end_token = 0;
      merged.doc.sentences.push_back(s);
    }
    for (ner::Mention m : part.tagged.mentions) {
      m.span.begin += shift;
      m.span.end += shift;
      m.sentence += sentence_shift;
      m.first_token = m.end_token = 0;
      m.entity = remap[m.entity];
      merged.mentions.push_back(std::move(m));
    }
    for (relations::RelationMention r : part.relations) {
      r.source = remap[r.source];
      r.target = remap[r.target];
      r.sentence += sentence_shift;
      r.sentence_span.begin += shift;
      r.sentence_span.end += shift;
      r.trigger.begin += shift;
      r.trigger.end += shift;
      relations.push_back(std::move(r));
    }
  }
  merged.doc.text = std::move(text);
  out->tagged = std::move(merged);
  out->relations = std::move(relations);
  return Status::OK();
}

}  // namespace newsgraph::pipeline

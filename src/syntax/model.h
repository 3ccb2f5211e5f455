// Model is the syntax layer's public face: for one tokenized sentence it
// gives each word a universal part-of-speech tag (UPOS), a treebank tag
// (XPOS), a lemma and a labelled dependency head, using a model file trained
// on a Universal Dependencies treebank (see syntax/train.h, and
// models/README.md for the shipped model).
//
//   std::unique_ptr<syntax::Model> model;
//   Status s = syntax::Model::Load("models/en_ewt.ngsyn", &model);
//   syntax::ParsedSentence p;
//   model->Analyze({"Blair", "met", "Bush", "."}, &p);
//   // p.upos[1] == Upos::kVerb, p.lemma[1] == "meet",
//   // p.head[0] == 1, model->LabelName(p.label[0]) == "nsubj", p.head[1] == -1
//
// Words are treebank words: a contraction is two words ("do", "n't"); see
// syntax/words.h for turning the tokenizer's tokens into words. Immutable
// once loaded; safe for concurrent use by multiple threads. Analyze costs
// about 10 microseconds per word.
//
// The model file (all integers little-endian; str = u32 length + bytes):
//   magic     8 bytes "NGSYNTX1"
//   u32       format version (1)
//   str       description (treebank, commit, licence, training settings)
//   u32 T, T x str   tag set: "UPOS XPOS" pairs, tagger class order
//   u32 L, L x str   dependency labels, parser label order
//   tagger    linear model (syntax/linear.cc), u8 second pass present,
//             [linear model], u32 D, D x (u64 word hash, u8 tag)
//   lemmas    u32 R, R x (u64 key, u8 strip, str append), u32 E, E x (u64 key, str lemma)
//   parser    u16 labels, u16 root label, linear model
//   u64       checksum of every byte before it (FNV-1a over 8-byte words)
#ifndef NEWSGRAPH_SYNTAX_MODEL_H_
#define NEWSGRAPH_SYNTAX_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace newsgraph::syntax {

// The 17 universal part-of-speech tags (https://universaldependencies.org/u/pos/).
enum class Upos : uint8_t {
  kAdj,
  kAdp,
  kAdv,
  kAux,
  kCconj,
  kDet,
  kIntj,
  kNoun,
  kNum,
  kPart,
  kPron,
  kPropn,
  kPunct,
  kSconj,
  kSym,
  kVerb,
  kX,
};
constexpr int kNumUpos = 17;

// "ADJ", "ADP", ...
std::string_view UposName(Upos u);
// False when `name` is not one of the 17 tags.
bool ParseUpos(std::string_view name, Upos* u);

struct ParsedSentence {
  std::vector<Upos> upos;
  std::vector<uint16_t> tag;  // index into Model::TagName (the XPOS)
  std::vector<std::string> lemma;
  std::vector<int> head;       // 0-based word index; -1 for the root word
  std::vector<uint8_t> label;  // index into Model::LabelName
  size_t size() const { return head.size(); }
};

// The head of words [begin, end) of a parsed sentence: the first word whose
// head lies outside the span (the root, or an attachment to the rest of the
// sentence), so that a several-word name acts as one node ("Gordon Brown" ->
// "Brown"). -1 for an empty span.
int SpanHead(const ParsedSentence& p, int begin, int end);

struct ModelInfo {
  size_t file_bytes = 0;
  size_t tags = 0, labels = 0;
  size_t tagger_features = 0, parser_features = 0, parser_weights = 0;
  size_t lemma_rules = 0, lemma_exceptions = 0;
  std::string description;
};

class Model {
 public:
  // Reads the model file at `path`. Errors: IOError (unreadable),
  // Corruption "PATH: reason" (not a model file, wrong version, truncated,
  // checksum mismatch).
  static Status Load(const std::string& path, std::unique_ptr<Model>* result);
  // The same from bytes in memory; `name` is used in messages.
  static Status FromBytes(std::string_view bytes, const std::string& name,
                          std::unique_ptr<Model>* result);

  ~Model();
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;

  // Tags, lemmatizes and parses one sentence of words into *out. An empty
  // sentence gives an empty result.
  void Analyze(const std::vector<std::string_view>& words, ParsedSentence* out) const;
  // Only the tags and lemmas (out->head is all -1, out->label all 0).
  void Tag(const std::vector<std::string_view>& words, ParsedSentence* out) const;

  std::string_view TagName(uint16_t tag) const;     // the XPOS, e.g. "VBD"
  std::string_view LabelName(uint8_t label) const;  // e.g. "nsubj", "acl:relcl"
  // The label's number, or -1 when the model has no such label.
  int LabelId(std::string_view name) const;
  size_t num_labels() const;
  const ModelInfo& info() const;

  // The serialized model (the bytes of a model file).
  std::string Serialize() const;

  struct Impl;  // defined in syntax/internal/model_impl.h (internal)

 private:
  friend class ModelBuilder;
  Model();
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_MODEL_H_

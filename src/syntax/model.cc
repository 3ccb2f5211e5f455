#include "syntax/model.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "syntax/internal/model_impl.h"
#include "syntax/internal/word_features.h"
#include "util/binary_io.h"

namespace newsgraph::syntax {
namespace {

constexpr char kMagic[] = "NGSYNTX1";
constexpr uint32_t kVersion = 1;

constexpr std::array<std::string_view, kNumUpos> kUposNames = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

// The file's checksum: FNV-1a over 8-byte little-endian words, then the
// remaining bytes one at a time.
uint64_t Checksum(std::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word = 0;
    for (int k = 0; k < 8; ++k)
      word |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i + k])) << (8 * k);
    h ^= word;
    h *= 0x100000001b3ULL;
  }
  for (; i < bytes.size(); ++i) {
    h ^= static_cast<unsigned char>(bytes[i]);
    h *= 0x100000001b3ULL;
  }
  return h;
}

}  // namespace

std::string_view UposName(Upos u) { return kUposNames[static_cast<size_t>(u)]; }

bool ParseUpos(std::string_view name, Upos* u) {
  for (size_t i = 0; i < kUposNames.size(); ++i) {
    if (kUposNames[i] == name) {
      *u = static_cast<Upos>(i);
      return true;
    }
  }
  return false;
}

int SpanHead(const ParsedSentence& p, int begin, int end) {
  for (int i = begin; i < end; ++i) {
    if (p.head[i] < begin || p.head[i] >= end) return i;
  }
  return end > begin ? end - 1 : -1;
}

bool Model::Impl::IndexTags() {
  tag_upos.clear();
  xpos.clear();
  for (const std::string& name : tag_names) {
    size_t space = name.find(' ');
    Upos u;
    if (!ParseUpos(name.substr(0, space), &u)) return false;
    tag_upos.push_back(u);
    xpos.push_back(space == std::string::npos ? "_" : name.substr(space + 1));
  }
  return true;
}

void Model::Impl::FillInfo(size_t file_bytes) {
  info.file_bytes = file_bytes;
  info.tags = tag_names.size();
  info.labels = labels.size();
  info.tagger_features = tagger.num_features();
  info.parser_features = parser.num_features();
  info.parser_weights = parser.num_weights();
  info.lemma_rules = lemmatizer.num_rules();
  info.lemma_exceptions = lemmatizer.num_exceptions();
  info.description = description;
}

std::unique_ptr<Model> ModelBuilder::Build(std::unique_ptr<Model::Impl> impl) {
  std::unique_ptr<Model> m(new Model());
  m->impl_ = std::move(impl);
  m->impl_->IndexTags();
  // The model as its file gives it back (weights stored with 8 bits), so that
  // a trained model and the same model read from its file predict alike.
  std::unique_ptr<Model> read;
  Status s = Model::FromBytes(m->Serialize(), "<trained model>", &read);
  return s.ok() ? std::move(read) : std::move(m);
}

void ModelBuilder::Refresh(Model* model) { model->impl_->FillInfo(model->Serialize().size()); }

Model::Model() = default;
Model::~Model() = default;

Status Model::Load(const std::string& path, std::unique_ptr<Model>* result) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IOError(path + ": cannot read the syntax model: " + std::strerror(errno));
  }
  std::string bytes;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0) bytes.reserve(static_cast<size_t>(size));
    std::rewind(f);
  }
  char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, got);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status::IOError(path + ": read error");
  return FromBytes(bytes, path, result);
}

Status Model::FromBytes(std::string_view bytes, const std::string& name,
                        std::unique_ptr<Model>* result) {
  auto corrupt = [&](const std::string& why) { return Status::Corruption(name + ": " + why); };
  if (bytes.size() < 8 + 4 + 8 || bytes.substr(0, 8) != std::string_view(kMagic, 8)) {
    return corrupt("not a newsgraph syntax model (bad magic)");
  }
  util::BinaryReader tail(bytes.data() + bytes.size() - 8, 8);
  if (tail.U64() != Checksum(bytes.substr(0, bytes.size() - 8))) {
    return corrupt("checksum mismatch (truncated or damaged file)");
  }
  util::BinaryReader in(bytes.data() + 8, bytes.size() - 16);
  uint32_t version = in.U32();
  if (version != kVersion) {
    return corrupt("model format version " + std::to_string(version) + ", this build reads " +
                   std::to_string(kVersion));
  }
  auto impl = std::make_unique<Impl>();
  impl->description = in.Str();
  uint32_t n = in.Count(4);
  for (uint32_t i = 0; i < n; ++i) impl->tag_names.push_back(in.Str());
  n = in.Count(4);
  for (uint32_t i = 0; i < n; ++i) impl->labels.push_back(in.Str());
  if (!in.ok() || impl->tag_names.empty() || impl->tag_names.size() > 255 || impl->labels.empty() ||
      impl->labels.size() > 127) {
    return corrupt("bad tag or label table");
  }
  if (!impl->IndexTags()) return corrupt("unknown UPOS in the tag table");
  if (!impl->tagger.Read(&in) ||
      impl->tagger.num_classes() != static_cast<int>(impl->tag_names.size())) {
    return corrupt("bad tagger section");
  }
  if (!impl->lemmatizer.Read(&in)) return corrupt("bad lemma section");
  if (!impl->parser.Read(&in) ||
      impl->parser.num_labels() != static_cast<int>(impl->labels.size())) {
    return corrupt("bad parser section");
  }
  if (in.remaining() != 0) return corrupt("unexpected bytes after the parser section");
  impl->FillInfo(bytes.size());
  result->reset(new Model());
  (*result)->impl_ = std::move(impl);
  return Status::OK();
}

std::string Model::Serialize() const {
  std::string out(kMagic, 8);
  util::BinaryWriter w(&out);
  w.U32(kVersion);
  w.Str(impl_->description);
  w.U32(static_cast<uint32_t>(impl_->tag_names.size()));
  for (const std::string& t : impl_->tag_names) w.Str(t);
  w.U32(static_cast<uint32_t>(impl_->labels.size()));
  for (const std::string& l : impl_->labels) w.Str(l);
  impl_->tagger.Write(&w);
  impl_->lemmatizer.Write(&w);
  impl_->parser.Write(&w);
  w.U64(Checksum(out));
  return out;
}

void Model::Impl::Run(const std::vector<std::string_view>& words, bool parse,
                      ParsedSentence* out) const {
  thread_local std::vector<WordHashes> hashes;
  thread_local std::vector<uint8_t> tags;
  ComputeWordHashes(words, &hashes);
  tagger.Tag(hashes, &tags);
  const size_t n = words.size();
  out->upos.resize(n);
  out->tag.resize(n);
  out->lemma.resize(n);
  for (size_t i = 0; i < n; ++i) {
    out->tag[i] = tags[i];
    out->upos[i] = tag_upos[tags[i]];
    out->lemma[i] =
        lemmatizer.Lemma(words[i], static_cast<int>(out->upos[i]), out->upos[i] == Upos::kPropn);
  }
  if (!parse || n == 0) {
    out->head.assign(n, -1);
    out->label.assign(n, 0);
    return;
  }
  parser.Parse(hashes, tags, &out->head, &out->label);
  for (int& h : out->head) {
    if (h == static_cast<int>(n)) h = -1;
  }
}

void Model::Tag(const std::vector<std::string_view>& words, ParsedSentence* out) const {
  impl_->Run(words, false, out);
}

void Model::Analyze(const std::vector<std::string_view>& words, ParsedSentence* out) const {
  impl_->Run(words, true, out);
}

std::string_view Model::TagName(uint16_t tag) const {
  return tag < impl_->xpos.size() ? std::string_view(impl_->xpos[tag]) : std::string_view("_");
}

std::string_view Model::LabelName(uint8_t label) const {
  return label < impl_->labels.size() ? std::string_view(impl_->labels[label])
                                      : std::string_view("dep");
}

int Model::LabelId(std::string_view name) const {
  for (size_t i = 0; i < impl_->labels.size(); ++i) {
    if (impl_->labels[i] == name) return static_cast<int>(i);
  }
  return -1;
}

size_t Model::num_labels() const { return impl_->labels.size(); }
const ModelInfo& Model::info() const { return impl_->info; }

}  // namespace newsgraph::syntax

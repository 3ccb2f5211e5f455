// Fuzz target: a whole document through the engine (UTF-8 checks, tokenizer,
// gazetteer matching, name rules, coreference, parser, relation rules), as
// `newsgraph tag` and `ingest` run it, with the shipped gazetteers, rules and
// model. Besides crashes it checks what the store relies on: every span lies
// inside the text on character boundaries, every index is in range, and no
// name crosses a line break.
//
// Input: byte 0 chooses the encoding policy and whether the story has a
// date; the rest is the document.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_support.h"
#include "pipeline/engine.h"
#include "text/utf8.h"

namespace {

using newsgraph::fuzz::Check;
using newsgraph::fuzz::Die;
namespace pipeline = newsgraph::pipeline;

const pipeline::Engine* engine = nullptr;

bool InText(const std::string& text, newsgraph::text::Span s) {
  return s.begin <= s.end && s.end <= text.size();
}

bool OnBoundaries(const std::string& text, newsgraph::text::Span s) {
  return newsgraph::text::IsValidUtf8(std::string_view(text).substr(s.begin, s.end - s.begin));
}

void CheckProcessed(const pipeline::Processed& p) {
  const auto& t = p.tagged;
  const std::string& text = t.doc.text;
  uint32_t last_begin = 0;
  for (const auto& m : t.mentions) {
    Check(InText(text, m.span) && m.span.begin < m.span.end, "mention span outside the text");
    Check(OnBoundaries(text, m.span), "mention span cuts a character");
    Check(m.span.begin >= last_begin, "mentions not sorted by offset");
    last_begin = m.span.begin;
    Check(m.entity < t.entities.size(), "mention of an entity out of range");
    Check(t.doc.tokens.empty() || m.sentence < t.doc.sentences.size(),
          "mention in a sentence out of range");
    Check(text.find('\n', m.span.begin) >= m.span.end, "a mention crosses a line break");
  }
  for (const auto& e : t.entities) {
    Check(!e.key.empty() && !e.name.empty() && !e.type.empty(),
          "an entity without key, name or type");
    Check(newsgraph::text::IsValidUtf8(e.name), "an entity name that is not UTF-8");
    Check(e.name.find('\n') == std::string::npos, "an entity name with a line break");
  }
  for (const auto& r : p.relations) {
    Check(r.source < t.entities.size() && r.target < t.entities.size(),
          "a relation end out of range");
    Check(!r.type.empty() && !r.rule.empty(), "a relation without type or rule");
    Check(InText(text, r.sentence_span), "evidence sentence outside the text");
    Check(InText(text, r.trigger), "trigger outside the text");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static std::unique_ptr<pipeline::Engine> loaded;
  newsgraph::Status s = pipeline::Engine::Load({}, &loaded);
  if (!s.ok()) Die("cannot load the engine: " + s.message());
  engine = loaded.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  static const pipeline::Utf8Policy kPolicies[] = {
      pipeline::Utf8Policy::kReject, pipeline::Utf8Policy::kRepair, pipeline::Utf8Policy::kLatin1,
      pipeline::Utf8Policy::kCp1252};
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string date = (mode & 4) ? "2024-11-04" : "";
  pipeline::Processed out;
  newsgraph::Status s =
      engine->Process("fuzz.txt", std::move(text), kPolicies[mode & 3], &out, date);
  if (!s.ok()) {
    Check(s.message().find("fuzz.txt") != std::string::npos,
          "an error that does not name the document: " + s.message());
    return 0;
  }
  CheckProcessed(out);
  return 0;
}

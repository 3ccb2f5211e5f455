// Shared helpers of the libFuzzer targets (tests/fuzz/README.md).
#ifndef NEWSGRAPH_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define NEWSGRAPH_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "ner/tagger.h"
#include "text/tokenizer.h"
#include "util/status.h"

namespace newsgraph::fuzz {

// A failure of the harness itself or of an invariant the target checks:
// reported and turned into a crash, so that libFuzzer keeps the input.
[[noreturn]] inline void Die(const std::string& message) {
  std::fprintf(stderr, "fuzz invariant failed: %s\n", message.c_str());
  std::abort();
}

inline void Check(bool ok, const std::string& message) {
  if (!ok) Die(message);
}

// A file the loaders under test read by path: the input bytes are written to
// it before each run. It lives in $TMPDIR (default /tmp), one per process,
// and is removed at exit.
class ScratchFile {
 public:
  explicit ScratchFile(const std::string& suffix) {
    const char* dir = std::getenv("TMPDIR");
    path_ = std::string(dir && *dir ? dir : "/tmp") + "/newsgraph-fuzz-" +
            std::to_string(getpid()) + "-" + suffix;
  }
  ~ScratchFile() { std::remove(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const std::string& Write(std::string_view bytes) const {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) Die("cannot write " + path_);
    return path_;
  }

 private:
  std::string path_;
};

// A loader's error must say something (and a file error must name the file).
inline void CheckError(const Status& s, const std::string& path) {
  if (s.ok()) return;
  Check(!s.message().empty(), "an error without a message");
  Check(s.message().find(path) != std::string::npos || path.empty(),
        "an error that does not name the file: " + s.message());
}

// Tags `text` with `tagger` and checks that every mention lies inside the
// text and names an entity of the document.
inline void TagAndCheck(const ner::EntityTagger& tagger, const std::string& text) {
  text::Document doc;
  doc.name = "sample.txt";
  doc.text = text;
  text::Tokenize(&doc);
  ner::TaggedDocument tagged;
  tagger.Tag(std::move(doc), &tagged);
  for (const ner::Mention& m : tagged.mentions) {
    Check(m.entity < tagged.entities.size(), "mention of an entity out of range");
    Check(m.span.begin < m.span.end && m.span.end <= text.size(), "mention outside the text");
  }
}

}  // namespace newsgraph::fuzz

#endif  // NEWSGRAPH_TESTS_FUZZ_FUZZ_SUPPORT_H_

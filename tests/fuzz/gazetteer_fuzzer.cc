// Fuzz target: a gazetteer file (gazetteers/FORMAT.md) loaded as `tag
// --gazetteer` or `ingest --add-gazetteer` would load it; when it loads, its
// matchers are built, written to a compiled image and read back, and a
// tagger made from it tags a fixed text. Errors must name the file.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "fuzz_support.h"
#include "gazetteer/gazetteer.h"
#include "gazetteer/internal/flat_io.h"
#include "gazetteer/matcher.h"
#include "ner/lexicon.h"
#include "ner/tagger.h"
#include "pipeline/engine.h"
#include "text/tokenizer.h"

namespace {

using newsgraph::fuzz::Check;
using newsgraph::fuzz::Die;
namespace gazetteer = newsgraph::gazetteer;
namespace ner = newsgraph::ner;
using newsgraph::Status;

const ner::Lexicon* lexicon = nullptr;
const newsgraph::fuzz::ScratchFile* file = nullptr;

const char kSample[] =
    "SEOUL, Nov. 4 (Yonhap) -- Foreign Minister Cho Tae-yul met the European Union's "
    "foreign policy chief in Seoul on Monday. Cho said the EU and South Korea would "
    "work together.\nThe North Korean army, Pyongyang said, was ready.";

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static ner::Lexicon loaded;
  const std::string rules = newsgraph::pipeline::DefaultDataDir("rules");
  Status s = loaded.Load(rules + "/lexicon.tsv");
  if (s.ok()) s = loaded.LoadGivenNames(rules + "/given_names.tsv");
  if (!s.ok()) Die("cannot load the lexicon: " + s.message());
  lexicon = &loaded;
  static newsgraph::fuzz::ScratchFile scratch("gazetteer.tsv");
  file = &scratch;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path =
      file->Write(std::string_view(reinterpret_cast<const char*>(data), size));
  gazetteer::Gazetteer gaz;
  Status s = gaz.LoadFile(path);
  if (!s.ok()) {
    newsgraph::fuzz::CheckError(s, path);
    return 0;
  }
  std::unique_ptr<gazetteer::Matcher> names, short_forms;
  Check(gazetteer::Matcher::Build(gaz, &names).ok(), "matcher build failed on a loaded gazetteer");
  Check(
      gazetteer::Matcher::Build(gaz, &short_forms, gazetteer::Matcher::Names::kOnlyShortForms).ok(),
      "short-form matcher build failed on a loaded gazetteer");

  // The compiled image's round trip: what is read back is what was written.
  std::string image;
  gazetteer::FlatWriter out(&image);
  gaz.Write(&out);
  names->Write(&out);
  gazetteer::Gazetteer back;
  gazetteer::FlatReader in(image.data(), image.size());
  Check(back.Read(&in).ok(), "a written gazetteer does not read back");
  Check(back.size() == gaz.size(), "a gazetteer reads back with another size");
  std::unique_ptr<gazetteer::Matcher> names_back;
  Check(gazetteer::Matcher::Read(back, &in, &names_back).ok(),
        "a written matcher does not read back");
  Check(names_back->num_patterns() == names->num_patterns(),
        "a matcher reads back with other names");

  ner::EntityTagger tagger(*names, *lexicon, ner::TaggerOptions{}, short_forms.get());
  newsgraph::fuzz::TagAndCheck(tagger, kSample);
  return 0;
}

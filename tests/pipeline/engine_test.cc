#include "pipeline/engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "pipeline/shared_engine.h"

namespace newsgraph::pipeline {
namespace {

using testing_util::SharedEngine;

TEST(CheckText, RejectsEmptyBinaryAndInvalidUtf8WithReasons) {
  size_t repairs = 0;
  std::string empty;
  Status s = CheckText("a.txt", &empty, Utf8Policy::kReject, &repairs);
  EXPECT_EQ(s.message(), "a.txt: empty file");
  std::string blank = " \n\t\n";
  EXPECT_EQ(CheckText("b.txt", &blank, Utf8Policy::kReject, &repairs).message(),
            "b.txt: empty file (only white space)");
  std::string binary("PK\x03\x04\0\0data", 10);
  EXPECT_EQ(CheckText("c.zip", &binary, Utf8Policy::kReject, &repairs).message(),
            "c.zip: binary file (NUL byte at offset 4); expected UTF-8 text");
  std::string latin1 = "Caf\xe9 in Paris";
  s = CheckText("d.txt", &latin1, Utf8Policy::kReject, &repairs);
  EXPECT_NE(s.message().find("d.txt: invalid UTF-8 at byte offset 3"), std::string::npos)
      << s.message();
}

TEST(CheckText, DecodesUtf16WithAByteOrderMark) {
  size_t repairs = 0;
  std::string le("\xff\xfeS\0e\0o\0u\0l\0 \0\xe9\0\n\0", 18);  // as Windows Notepad saves "Unicode"
  Status s = CheckText("u.txt", &le, Utf8Policy::kReject, &repairs);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(le, "Seoul \xC3\xA9\n");
  std::string be("\xfe\xff\0S\0e\0o\0u\0l", 12);
  ASSERT_TRUE(CheckText("u.txt", &be, Utf8Policy::kLatin1, &repairs).ok());  // the BOM decides
  EXPECT_EQ(be, "Seoul");
  std::string broken("\xff\xfeS\0\x3d\xd8", 6);
  s = CheckText("v.txt", &broken, Utf8Policy::kReject, &repairs);
  EXPECT_NE(s.message().find("v.txt: invalid UTF-16"), std::string::npos) << s.message();
  ASSERT_TRUE(CheckText("v.txt", &broken, Utf8Policy::kRepair, &repairs).ok());
  EXPECT_EQ(repairs, 1u);
  EXPECT_EQ(broken, "S\xEF\xBF\xBD");
}

TEST(CheckText, DecodesUtf16WithoutAByteOrderMark) {
  size_t repairs = 0;
  std::string le("S\0e\0o\0u\0l\0,\0 \0M\0o\0n\0d\0a\0y\0\n\0", 28);
  Status s = CheckText("u.txt", &le, Utf8Policy::kReject, &repairs);
  ASSERT_TRUE(s.ok()) << s.ToString();  // was "binary file (NUL byte at offset 1)"
  EXPECT_EQ(le, "Seoul, Monday\n");
  std::string binary(
      "\x7f"
      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
      16);
  EXPECT_NE(
      CheckText("b.bin", &binary, Utf8Policy::kReject, &repairs).message().find("binary file"),
      std::string::npos);
}

TEST(CheckText, RepairsInvalidUtf8WhenAsked) {
  size_t repairs = 0;
  std::string latin1 = "Caf\xe9 in Paris and Z\xfcrich";
  ASSERT_TRUE(CheckText("d.txt", &latin1, Utf8Policy::kRepair, &repairs).ok());
  EXPECT_EQ(repairs, 2u);
  EXPECT_EQ(latin1, "Caf\xEF\xBF\xBD in Paris and Z\xEF\xBF\xBDrich");
}

TEST(CheckText, DecodesLatin1AndWindows1252WhenAsked) {
  size_t repairs = 0;
  std::string latin1 = "Jos\xe9 Manuel Barroso in Z\xfcrich";
  ASSERT_TRUE(CheckText("d.txt", &latin1, Utf8Policy::kLatin1, &repairs).ok());
  EXPECT_EQ(repairs, 0u);
  EXPECT_EQ(latin1, "Jos\xC3\xA9 Manuel Barroso in Z\xC3\xBCrich");
  std::string cp1252 = "\x93Talks\x94 \x96 \x80 5";
  ASSERT_TRUE(CheckText("e.txt", &cp1252, Utf8Policy::kCp1252, &repairs).ok());
  EXPECT_EQ(cp1252, "\xE2\x80\x9CTalks\xE2\x80\x9D \xE2\x80\x93 \xE2\x82\xAC 5");
  EXPECT_EQ(PolicyForEncoding("latin-1", false), Utf8Policy::kLatin1);
  EXPECT_EQ(PolicyForEncoding("cp1252", true), Utf8Policy::kCp1252);
  EXPECT_EQ(PolicyForEncoding("utf-8", true), Utf8Policy::kRepair);
  EXPECT_EQ(PolicyForEncoding("utf-8", false), Utf8Policy::kReject);
}

TEST(DataDir, BuildTreeReadsTheSourceInstalledCopyReadsTheInstalledData) {
  const std::filesystem::path root = std::filesystem::temp_directory_path() / "ng-datadir-test";
  std::filesystem::remove_all(root);
  const std::string source = (root / "src" / "rules").string(),
                    installed = (root / "share" / "rules").string();
  std::filesystem::create_directories(source);
  std::filesystem::create_directories(installed);
  const std::string build = (root / "build").string();
  EXPECT_EQ(ChooseDataDir(build + "/newsgraph", build, source, installed), source);
  EXPECT_EQ(ChooseDataDir("/usr/local/bin/newsgraph", build, source, installed), installed);
  EXPECT_EQ(ChooseDataDir(build + "-old/newsgraph", build, source, installed),
            installed);  // not a prefix match
  // Each falls back to the other, and to the source when neither exists.
  std::filesystem::remove_all(installed);
  EXPECT_EQ(ChooseDataDir("/usr/local/bin/newsgraph", build, source, installed), source);
  std::filesystem::remove_all(source);
  std::filesystem::create_directories(installed);
  EXPECT_EQ(ChooseDataDir(build + "/newsgraph", build, source, installed), installed);
  std::filesystem::remove_all(root);
  EXPECT_EQ(ChooseDataDir("/usr/bin/newsgraph", build, source, installed), source);
}

TEST(Engine, ShippedDataTagsTheThreeTypes) {
  Processed p;
  Status s = SharedEngine().Process(
      "t.txt", "Josep Borrell of the European Union said Seoul agreed.", Utf8Policy::kReject, &p);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::vector<std::string> types;
  for (const ner::Mention& m : p.tagged.mentions) types.push_back(p.tagged.entities[m.entity].type);
  EXPECT_EQ(types, (std::vector<std::string>{"PERSON", "ORG", "COUNTRY"}));
}

// The syntax model loads on its own thread; Load returns once it is in
// place, and its errors are Load's.
TEST(Engine, SyntaxModelIsLoadedBesideTheGazetteers) {
  ASSERT_NE(SharedEngine().syntax(), nullptr);
  EXPECT_GT(SharedEngine().syntax()->num_labels(), 0u);

  EngineOptions missing;
  missing.syntax_model = "/nonexistent/model.ngsyn";
  std::unique_ptr<Engine> engine;
  Status s = Engine::Load(missing, &engine);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/model.ngsyn"), std::string::npos) << s.message();
  EXPECT_EQ(engine, nullptr);

  // A gazetteer error is reported while the model is still loading.
  EngineOptions bad_gazetteer;
  bad_gazetteer.extra_gazetteers = {"/nonexistent/names.tsv"};
  s = Engine::Load(bad_gazetteer, &engine);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/names.tsv"), std::string::npos) << s.message();

  EngineOptions no_syntax;
  no_syntax.syntax = false;
  ASSERT_TRUE(Engine::Load(no_syntax, &engine).ok());
  EXPECT_EQ(engine->syntax(), nullptr);
}

TEST(Engine, LargeDocumentsAreChunkedWithGlobalOffsets) {
  EngineOptions opt;
  opt.chunk_bytes = 4096;  // force many chunks
  std::unique_ptr<Engine> engine;
  ASSERT_TRUE(Engine::Load(opt, &engine).ok());
  std::string paragraph =
      "Officials in Kyiv said Russia had moved troops. Josep Borrell of the EU spoke.\n\n";
  std::string text;
  while (text.size() < 100000) text += paragraph;
  Processed p;
  ASSERT_TRUE(engine->Process("big.txt", text, Utf8Policy::kReject, &p).ok());
  size_t expected_paragraphs = text.size() / paragraph.size();
  EXPECT_EQ(p.tagged.mentions.size(), expected_paragraphs * 4);
  for (const ner::Mention& m : p.tagged.mentions) {
    std::string surface = text.substr(m.span.begin, m.span.size());
    const std::string& name = p.tagged.entities[m.entity].name;
    EXPECT_TRUE(surface == "Kyiv" || surface == "Russia" || surface == "Josep Borrell" ||
                surface == "EU")
        << surface << " -> " << name;
    ASSERT_LT(m.sentence, p.tagged.doc.sentences.size());
    const text::Span& sp = p.tagged.doc.sentences[m.sentence].span;
    EXPECT_LE(sp.begin, m.span.begin);
    EXPECT_GE(sp.end, m.span.end);
  }
  // Entities are merged across chunks: four, whatever the chunking.
  EXPECT_EQ(p.tagged.entities.size(), 4u);
}

}  // namespace
}  // namespace newsgraph::pipeline

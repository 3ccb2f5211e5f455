// Compiled gazetteer images: a round trip through a mapped image gives the
// same entries and the same matches; a changed source gives a new key; a
// cut or damaged image is refused (or, when only its content is damaged,
// read without ever reading out of bounds) and LoadCached falls back to
// the files.
#include "gazetteer/image.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "gazetteer/internal/flat_io.h"
#include "gazetteer/test_util.h"
#include "text/tokenizer.h"

namespace newsgraph::gazetteer {
namespace {

using testing_util::kSmallGazetteer;
using testing_util::kSmallPeople;
using testing_util::WriteTemp;
namespace fs = std::filesystem;

// Every (start, end, entry:name) match of `m` over `text`, in order.
std::vector<std::string> Matches(const Matcher& m, const std::string& text) {
  text::Document doc;
  doc.text = text;
  text::Tokenize(&doc);
  std::vector<uint32_t> ids, pats;
  m.Lookup(doc, &ids);
  std::vector<std::string> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    uint32_t end = 0;
    if (!m.LongestAt(doc, ids, i, static_cast<uint32_t>(doc.tokens.size()), &pats, &end)) continue;
    for (uint32_t p : pats) {
      const Pattern& pat = m.pattern(p);
      out.push_back(std::to_string(i) + "-" + std::to_string(end) + " " +
                    std::string(m.gazetteer().entry(pat.entry).id) + ":" +
                    std::string(m.gazetteer().entry(pat.entry).names[pat.name].text));
    }
  }
  return out;
}

std::string CacheDir(const std::string& name) {
  std::string dir = ::testing::TempDir() + "/" + std::to_string(::getpid()) + "-" + name;
  fs::remove_all(dir);
  return dir;
}

class ImageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    files_ = {WriteTemp("image-world.tsv", kSmallGazetteer),
              WriteTemp("image-people.tsv", kSmallPeople)};
  }
  std::vector<std::string> files_;
  const std::string text_ =
      "Josep Borrell met the North Korean envoy and Erdogan in Pyongyang; the North said "
      "the United Nations Security Council and the U.S. would meet in Washington.";
};

TEST_F(ImageTest, RoundTripGivesTheSameEntriesAndMatches) {
  Gazetteer built;
  std::unique_ptr<Matcher> m, s;
  ASSERT_TRUE(BuildFromFiles(files_, &built, &m, &s).ok());
  std::string key;
  ASSERT_TRUE(SourceKey(files_, &key).ok());
  const std::string path = CacheDir("roundtrip") + ".ngz";
  ASSERT_TRUE(WriteImage(path, key, built, *m, *s).ok());

  Gazetteer read;
  std::unique_ptr<Matcher> rm, rs;
  Status st = ReadImage(path, key, &read, &rm, &rs);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(read.size(), built.size());
  for (uint32_t i = 0; i < built.size(); ++i) {
    const EntryView a = built.entry(i);
    const EntryView b = read.entry(i);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.type, b.type);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.country, b.country);
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.source, b.source);
    ASSERT_EQ(a.names.size(), b.names.size());
    for (size_t n = 0; n < a.names.size(); ++n) {
      EXPECT_EQ(a.names[n].text, b.names[n].text);
      EXPECT_EQ(a.names[n].kind, b.names[n].kind);
      EXPECT_EQ(a.names[n].policy, b.names[n].policy);
      EXPECT_EQ(a.names[n].ambiguous, b.names[n].ambiguous);
    }
    ASSERT_EQ(a.roles.size(), b.roles.size());
    for (size_t r = 0; r < a.roles.size(); ++r) {
      EXPECT_EQ(a.roles[r].title, b.roles[r].title);
      EXPECT_EQ(a.roles[r].affiliation, b.roles[r].affiliation);
      EXPECT_EQ(a.roles[r].start, b.roles[r].start);
      EXPECT_EQ(a.roles[r].end, b.roles[r].end);
    }
    EXPECT_EQ(read.Find(a.id), static_cast<int64_t>(i));
  }
  const std::vector<std::string> want = Matches(*m, text_);
  EXPECT_GE(want.size(), 6u);
  EXPECT_EQ(Matches(*rm, text_), want);
  EXPECT_EQ(Matches(*rs, text_), Matches(*s, text_));
  EXPECT_FALSE(Matches(*rs, text_).empty());  // "the North"
  EXPECT_EQ(read.Find("no:such-id"), -1);
  // The index of people by last name reads back too.
  ASSERT_EQ(read.PeopleWithLastName("borrell").size(), 1u);
  EXPECT_EQ(read.entry(read.PeopleWithLastName("borrell")[0]).id, "person:josep-borrell");
  EXPECT_EQ(read.PeopleWithLastName("borrell")[0], built.PeopleWithLastName("borrell")[0]);
  EXPECT_TRUE(read.PeopleWithLastName("josep").empty());
  EXPECT_EQ(read.entries_with_roles().size(), built.entries_with_roles().size());
  // A read gazetteer cannot grow.
  EXPECT_EQ(read.LoadFile(files_[0]).code(), Status::Code::kInvalidArgument);
}

TEST_F(ImageTest, KeyChangesWithContentAndOrder) {
  std::string a, b, c, d;
  ASSERT_TRUE(SourceKey(files_, &a).ok());
  ASSERT_TRUE(SourceKey(files_, &b).ok());
  EXPECT_EQ(a, b);
  ASSERT_TRUE(SourceKey({files_[1], files_[0]}, &c).ok());
  EXPECT_NE(a, c);
  std::vector<std::string> changed = {
      files_[0], WriteTemp("image-people2.tsv", std::string(kSmallPeople) + "\n")};
  ASSERT_TRUE(SourceKey(changed, &d).ok());
  EXPECT_NE(a, d);
  EXPECT_EQ(SourceKey({"/no/such/file.tsv"}, &d).code(), Status::Code::kIOError);
}

TEST_F(ImageTest, WrongKeyIsNotFoundAndDamageIsCorruption) {
  Gazetteer gaz;
  std::unique_ptr<Matcher> m, s;
  ASSERT_TRUE(BuildFromFiles(files_, &gaz, &m, &s).ok());
  const std::string path = CacheDir("damage") + ".ngz";
  ASSERT_TRUE(WriteImage(path, "k1", gaz, *m, *s).ok());
  {
    Gazetteer g;
    std::unique_ptr<Matcher> a, b;
    EXPECT_EQ(ReadImage(path, "k2", &g, &a, &b).code(), Status::Code::kNotFound);
    EXPECT_EQ(ReadImage(path + ".missing", "k1", &g, &a, &b).code(), Status::Code::kNotFound);
  }
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto write = [&](const std::string& b) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << b;
  };
  Gazetteer g;
  std::unique_ptr<Matcher> a, b;
  // Cut short, anywhere: Corruption.
  for (size_t size : {size_t{0}, size_t{20}, size_t{40}, bytes.size() / 2, bytes.size() - 8}) {
    write(bytes.substr(0, size));
    g = Gazetteer();
    Status st = ReadImage(path, "k1", &g, &a, &b);
    EXPECT_EQ(st.code(), Status::Code::kCorruption) << size << ": " << st.ToString();
  }
  // An array whose count runs past the end: Corruption.
  std::string damaged = bytes;
  const size_t pool_count = 8 + 8 + 8 + 8 + 8;  // magic, version, size, key "k1" (count, bytes)
  damaged[pool_count + 7] = 0x40;
  write(damaged);
  g = Gazetteer();
  Status st = ReadImage(path, "k1", &g, &a, &b);
  EXPECT_EQ(st.code(), Status::Code::kCorruption) << st.ToString();
  EXPECT_NE(st.message().find(path), std::string::npos) << st.message();
  // Trailing bytes: Corruption.
  std::string longer = bytes + std::string(8, '\0');
  const uint64_t size = longer.size();
  std::memcpy(longer.data() + 16, &size, 8);
  write(longer);
  g = Gazetteer();
  EXPECT_EQ(ReadImage(path, "k1", &g, &a, &b).code(), Status::Code::kCorruption);
}

// There is no checksum: a damaged byte inside a table may be read. Whatever
// byte it is, reading either fails or gives tables that match without ever
// reading out of bounds (run under ASan to see it).
TEST_F(ImageTest, DamagedContentNeverReadsOutOfBounds) {
  Gazetteer gaz;
  std::unique_ptr<Matcher> m, s;
  ASSERT_TRUE(BuildFromFiles(files_, &gaz, &m, &s).ok());
  // The tables as an image holds them after its header, damaged in memory
  // one byte at a time.
  std::string bytes;
  FlatWriter out(&bytes);
  gaz.Write(&out);
  m->Write(&out);
  s->Write(&out);
  int read = 0;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0xff);
    FlatReader in(damaged.data(), damaged.size());
    Gazetteer g;
    std::unique_ptr<Matcher> a, b;
    if (!g.Read(&in).ok() || !Matcher::Read(g, &in, &a).ok() || !Matcher::Read(g, &in, &b).ok()) {
      continue;
    }
    ++read;
    Matches(*a, text_);
    Matches(*b, text_);
    for (uint32_t e = 0; e < g.size(); ++e) {
      for (const NameView n : g.entry(e).names) EXPECT_LE(n.text.size(), damaged.size());
    }
    g.Find("country:KOR");
    g.PeopleWithLastName("borrell");
  }
  EXPECT_GT(read, 0);
}

TEST_F(ImageTest, LoadCachedWritesOnceThenReadsAndSurvivesADamagedImage) {
  const std::string dir = CacheDir("cache");
  LoadInfo info;
  {
    Gazetteer gaz;
    std::unique_ptr<Matcher> m, s;
    ASSERT_TRUE(LoadCached(files_, dir, &gaz, &m, &s, &info).ok());
    EXPECT_FALSE(info.from_image);
    EXPECT_TRUE(fs::exists(info.image)) << info.note;
  }
  std::vector<std::string> want;
  {
    Gazetteer gaz;
    std::unique_ptr<Matcher> m, s;
    ASSERT_TRUE(LoadCached(files_, dir, &gaz, &m, &s, &info).ok());
    EXPECT_TRUE(info.from_image) << info.note;
    want = Matches(*m, text_);
  }
  std::ofstream(info.image, std::ios::binary | std::ios::trunc) << "NGGAZIM1 garbage";
  Gazetteer gaz;
  std::unique_ptr<Matcher> m, s;
  ASSERT_TRUE(LoadCached(files_, dir, &gaz, &m, &s, &info).ok());
  EXPECT_FALSE(info.from_image);
  EXPECT_FALSE(info.note.empty());
  EXPECT_EQ(Matches(*m, text_), want);
  // No cache directory at all: the files, every time.
  gaz = Gazetteer();
  ASSERT_TRUE(LoadCached(files_, "", &gaz, &m, &s, &info).ok());
  EXPECT_TRUE(info.image.empty());
}

TEST_F(ImageTest, AnUnwritableCacheIsNoError) {
  Gazetteer gaz;
  std::unique_ptr<Matcher> m, s;
  LoadInfo info;
  const std::string file = WriteTemp("image-not-a-dir", "x");
  ASSERT_TRUE(LoadCached(files_, file + "/cache", &gaz, &m, &s, &info).ok());
  EXPECT_FALSE(info.from_image);
  EXPECT_FALSE(info.note.empty());
  EXPECT_GT(gaz.size(), 5u);
}

}  // namespace
}  // namespace newsgraph::gazetteer

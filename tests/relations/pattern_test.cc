// The pattern language and argument slots, over hand-made items: "[P:Xi]"
// is a PERSON mention, "[C:Russia]" a COUNTRY, "[Cd:Chinese]" a COUNTRY by
// demonym, "[Cc:Warsaw]" a COUNTRY by capital, "[Pp:Xi]" a resolved pronoun,
// "[O:NATO]" an ORG; every other space-separated word is a token.
#include "relations/internal/pattern.h"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

namespace newsgraph::relations {
namespace {

class PatternTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(classes_.DefineVerb("meet", "meet|meets|met|met|meeting", &vocab_).ok());
    ASSERT_TRUE(classes_
                    .DefineVerb("take_over",
                                "take over|takes over|took over|taken over|taking over", &vocab_)
                    .ok());
    ASSERT_TRUE(classes_.DefineClass("VG", "was|is|set|to|will|not", &vocab_).ok());
    ASSERT_TRUE(classes_.DefineClass("DET", "the|a", &vocab_).ok());
    ASSERT_TRUE(
        classes_
            .DefineClass("TITLE", "president|foreign|minister|chief|counterpart|former", &vocab_)
            .ok());
    ASSERT_TRUE(classes_.DefineClass("ATTRIBUTIVE", "standards|troops", &vocab_).ok());
    ASSERT_TRUE(classes_.DefineClass("ARG_FOLLOW", ".|in|on", &vocab_).ok());
    ASSERT_TRUE(classes_.DefineClass("PREP", "in|of", &vocab_).ok());
    ASSERT_TRUE(classes_.DefineClass("GROUP", "ministers|officials", &vocab_).ok());
    ASSERT_TRUE(classes_.DefineClass("APPOS_END", ",|.", &vocab_).ok());
    ASSERT_TRUE(classes_.DefineClass("AND", "and", &vocab_).ok());
    slot_classes_.det = classes_.Find("DET");
    slot_classes_.title = classes_.Find("TITLE");
    slot_classes_.attributive = classes_.Find("ATTRIBUTIVE");
    slot_classes_.arg_follow = classes_.Find("ARG_FOLLOW");
    slot_classes_.group = classes_.Find("GROUP");
    slot_classes_.appos_end = classes_.Find("APPOS_END");
    slot_classes_.conj = classes_.Find("AND");
    slot_classes_.comma = vocab_.Find(",");
  }

  Pattern Compile(const std::string& source) {
    Pattern p;
    Status s = Pattern::Compile(
        source, Pattern::Kind::kRule, classes_, &vocab_,
        {kPersonBit | kCountryBit | kOrgBit, kPersonBit | kCountryBit | kOrgBit}, &p);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return p;
  }

  Items MakeItems(const std::string& spec) {
    Items items;
    std::istringstream in(spec);
    std::string w;
    while (in >> w) {
      Item it;
      if (w.front() == '[') {
        size_t colon = w.find(':');
        std::string kind = w.substr(1, colon - 1), name = w.substr(colon + 1, w.size() - colon - 2);
        auto [pos, added] = entities_.try_emplace(name, static_cast<int32_t>(entities_.size()));
        it.entity = pos->second;
        it.type = kind[0] == 'P' ? kPersonBit : kind[0] == 'C' ? kCountryBit : kOrgBit;
        if (kind.size() > 1 && kind[1] == 'd') it.flags |= kItemDemonym;
        if (kind.size() > 1 && kind[1] == 'c') it.flags |= kItemCapitalCity;
        if (kind.size() > 1 && kind[1] == 'p') it.flags |= kItemPronoun;
      } else {
        it.word = vocab_.Find(w);
        if (w == "'s")
          it.flags |= kItemPossessive;
        else if (w == "-")
          it.flags |= kItemHyphen;
        else if (std::isalnum(static_cast<unsigned char>(w[0])))
          it.flags |= kItemWord;
        if (std::isupper(static_cast<unsigned char>(w[0]))) it.flags |= kItemUpper;
        if (std::isdigit(static_cast<unsigned char>(w[0]))) it.flags |= kItemDigit;
      }
      items.push_back(it);
    }
    return items;
  }

  // The first match of `p` in `sentence` as "S:head T:head trigger:[b,e)", or "none".
  std::string Find(const Pattern& p, const std::string& sentence) {
    Items items = MakeItems(sentence);
    PatternMatch m;
    for (int pos = 0; pos < static_cast<int>(items.size()); ++pos) {
      if (p.MatchAt(items, pos, static_cast<int>(items.size()), slot_classes_, &m)) {
        return "S:" + std::to_string(m.slots[kSource].head) +
               " T:" + std::to_string(m.slots[kTarget].head) + " trigger:[" +
               std::to_string(m.trigger_begin) + "," + std::to_string(m.trigger_end) + ")";
      }
    }
    return "none";
  }

  Vocabulary vocab_;
  ClassTable classes_;
  SlotClasses slot_classes_;
  std::map<std::string, int32_t> entities_;
};

TEST_F(PatternTest, WordsOptionalWordsAndTheTriggerSpan) {
  Pattern p = Compile("{S} <@meet> with? {T}");
  EXPECT_EQ(Find(p, "[P:Putin] met with [P:Xi] ."), "S:0 T:3 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] met [P:Xi] ."), "S:0 T:2 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] greeted [P:Xi] ."), "none");
  EXPECT_EQ(p.trigger_words().size(), 4u);  // meet meets met meeting
}

TEST_F(PatternTest, RepetitionAlternativesAndClasses) {
  Pattern p = Compile("{S} @VG{0,4} <(meet|@meet.past)> {T}");
  EXPECT_EQ(Find(p, "[P:Putin] was set to meet [P:Xi] ."), "S:0 T:5 trigger:[4,5)");
  EXPECT_EQ(Find(p, "[P:Putin] met [P:Xi] ."), "S:0 T:2 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] is meeting [P:Xi] ."), "none");  // "meeting" is neither
}

TEST_F(PatternTest, MultiWordVerbForms) {
  Pattern p = Compile("{S} <@take_over.past> from {T}");
  EXPECT_EQ(Find(p, "[P:Kallas] took over from [P:Borrell] ."), "S:0 T:4 trigger:[1,3)");
  EXPECT_EQ(Find(p, "[P:Kallas] takes over from [P:Borrell] ."), "none");
}

TEST_F(PatternTest, NegativeLookaheadAndLookbehind) {
  Pattern ahead = Compile("{S} <met> {T} !in");
  EXPECT_EQ(Find(ahead, "[P:A] met [P:B] in"), "none");
  EXPECT_EQ(Find(ahead, "[P:A] met [P:B] ."), "S:0 T:2 trigger:[1,2)");
  Pattern behind = Compile("!^@PREP {S} <met> {T}");
  EXPECT_EQ(Find(behind, "a diplomat in [C:Washington] met [P:B] ."), "none");
  EXPECT_EQ(Find(behind, "[C:Washington] met [P:B] ."), "S:0 T:2 trigger:[1,2)");
  // A determiner belongs to the slot, so "in the X" is still after "in".
  EXPECT_EQ(Find(behind, "a diplomat in the [C:Washington] met [P:B] ."), "none");
}

TEST_F(PatternTest, EndOfSentence) {
  Pattern p = Compile("{S} and {T} <met> $");
  EXPECT_EQ(Find(p, "[P:A] and [P:B] met"), "S:0 T:2 trigger:[3,4)");
  EXPECT_EQ(Find(p, "[P:A] and [P:B] met standards"), "none");
  EXPECT_TRUE(p.coordinated());
}

TEST_F(PatternTest, SlotsSkipDeterminersTitlesAndPremodifiers) {
  Pattern p = Compile("{S} <met> {T}");
  EXPECT_EQ(Find(p, "[P:Putin] met [Cd:Chinese] president [P:Xi] ."), "S:0 T:4 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] met the [O:EU] 's foreign minister [P:Kallas] ."),
            "S:0 T:7 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] met [C:China] 's [P:Xi] ."), "S:0 T:4 trigger:[1,2)");
  // A resolved "his" is an entity item followed by an implied 's.
  EXPECT_EQ(Find(p, "[P:Putin] met [P:Putin] 's [Cd:Chinese] counterpart [P:Xi] ."),
            "S:0 T:6 trigger:[1,2)");
}

TEST_F(PatternTest, HeadsThatModifySomethingFillNoSlot) {
  Pattern p = Compile("{S} <met> {T}");
  EXPECT_EQ(Find(p, "[P:Biden] met [P:Xi] 's envoy ."), "none");                 // possessive
  EXPECT_EQ(Find(p, "[C:Germany] met [O:EU] standards ."), "none");              // ATTRIBUTIVE
  EXPECT_EQ(Find(p, "[P:Merz] met [Cd:Ukrainian] soldiers ."), "none");          // demonym
  EXPECT_EQ(Find(p, "[P:Merz] met [C:Poland] - based troops ."), "none");        // hyphen
  EXPECT_EQ(Find(p, "[C:Germany] met the [O:NATO] spending target ."), "none");  // object + noun
  EXPECT_EQ(Find(p, "[C:Germany] met [O:NATO] Monday ."), "S:0 T:2 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[C:Germany] met [O:NATO] in Riga ."), "S:0 T:2 trigger:[1,2)");

  EXPECT_EQ(Find(Compile("{S} <met> {T} 's envoy"), "[P:Biden] met [P:Xi] 's envoy ."),
            "S:0 T:2 trigger:[1,2)");
  EXPECT_EQ(Find(Compile("{S+dem+attr} <troops> in {T}"), "[Cd:Russian] troops in [C:Syria] ."),
            "S:0 T:3 trigger:[1,2)");
  EXPECT_EQ(Find(Compile("{S} <troops> in {T}"), "[Cd:Russian] troops in [C:Syria] ."), "none");
}

TEST_F(PatternTest, SlotTypesAndCapitals) {
  EXPECT_EQ(Find(Compile("{S:PERSON} <met> {T}"), "[C:Russia] met [P:Xi] ."), "none");
  EXPECT_EQ(Find(Compile("{T+bare+nocap} <mayor> {S+bare}"), "[Cc:London] mayor [P:Khan] ."),
            "none");
  EXPECT_EQ(Find(Compile("{T+bare} <mayor> {S+bare}"), "[Cc:London] mayor [P:Khan] ."),
            "S:2 T:0 trigger:[1,2)");
}

TEST_F(PatternTest, AppositiveNames) {
  Pattern p = Compile("{S} <met> {T}");
  EXPECT_EQ(Find(p, "[P:Putin] met the [Cd:Chinese] president , [P:Xi] , in"),
            "S:0 T:6 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] met [P:Putin] 's party rival , [P:Xi] ."), "S:0 T:7 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:Putin] met [P:Xi] ."), "S:0 T:2 trigger:[1,2)");
  // Not closed: the name begins a new clause.
  EXPECT_EQ(Find(p, "[P:Putin] met the [Cd:Chinese] president , [P:Xi] said"), "none");
  // Only a person: "the Polish capital, Warsaw" is a place.
  EXPECT_EQ(Find(p, "[P:Scholz] met the [Cd:Polish] capital , [Cc:Warsaw] ."), "none");
  // No determiner or possessor: no appositive.
  EXPECT_EQ(Find(p, "[P:Putin] met president , [P:Xi] ."), "none");
  // A subject takes its closing comma.
  EXPECT_EQ(Find(p, "the [Cd:German] president , [P:Scholz] , met [P:Macron] ."),
            "S:4 T:7 trigger:[6,7)");
  // A pair closed alike: the slot is its first name.
  EXPECT_EQ(Find(p, "[P:Biden] met the two leaders , [P:Putin] and [P:Xi] , in"),
            "S:0 T:6 trigger:[1,2)");
}

TEST_F(PatternTest, GroupSubjects) {
  Pattern p = Compile("{S} <condemned> {T}");
  EXPECT_EQ(Find(p, "[O:EU] foreign ministers condemned [C:Russia] ."), "S:0 T:4 trigger:[3,4)");
  EXPECT_EQ(Find(p, "former [O:NATO] officials condemned [C:Russia] ."), "none");
  EXPECT_EQ(Find(p, "[C:US] officials condemned [C:Russia] ."), "none");  // organisations only
  // Only in a subject slot: the agent of a passive stays a name.
  EXPECT_EQ(Find(Compile("{T} <condemned> by {S} $"), "[C:Iran] condemned by [O:EU] ministers"),
            "none");
}

TEST_F(PatternTest, UnknownModifierBeforeATitle) {
  Pattern p = Compile("{S} <met> with {T}");
  EXPECT_EQ(Find(p, "[P:A] met with Congolese president [P:B] ."), "S:0 T:5 trigger:[1,2)");
  EXPECT_EQ(Find(p, "[P:A] met with Congolese [P:B] ."), "none");
}

TEST_F(PatternTest, StartOfSentenceAndNames) {
  Pattern start = Compile("^ {S} <met> {T}");
  EXPECT_EQ(Find(start, "[P:A] met [P:B] ."), "S:0 T:2 trigger:[1,2)");
  EXPECT_EQ(Find(start, "then [P:A] met [P:B] ."), "none");
  EXPECT_EQ(Find(Compile("{S+name} <met> {T}"), "[Pp:A] met [P:B] ."), "none");
  EXPECT_EQ(Find(Compile("{S} <met> {T}"), "[Pp:A] met [P:B] ."), "S:0 T:2 trigger:[1,2)");
}

TEST(PatternCompile, RejectsBadSyntaxWithTheReason) {
  Vocabulary vocab;
  ClassTable classes;
  Pattern p;
  auto compile = [&](const std::string& src, Pattern::Kind kind = Pattern::Kind::kRule) {
    return Pattern::Compile(src, kind, classes, &vocab, {kPersonBit, kPersonBit}, &p).message();
  };
  EXPECT_EQ(compile("{S} <met {T}"), "pattern \"{S} <met {T}\": missing '>'");
  EXPECT_EQ(compile("{S} <met> <x> {T}"),
            "pattern \"{S} <met> <x> {T}\": more than one trigger <...>");
  EXPECT_EQ(compile("{S} <met> {T} x{3,1}"),
            "pattern \"{S} <met> {T} x{3,1}\": bad repetition {3,1}");
  EXPECT_EQ(compile("{X} <met> {T}"), "pattern \"{X} <met> {T}\": bad slot {X}: use {S} or {T}");
  EXPECT_EQ(compile("{S:PLANET} <met> {T}"),
            "pattern \"{S:PLANET} <met> {T}\": bad slot types \"PLANET\"");
  EXPECT_EQ(compile("{S} <met> {T} !(a b)"),
            "pattern \"{S} <met> {T} !(a b)\": '!' applies to one word, one class or @ENTITY");
  EXPECT_EQ(compile("{S} <met> {T} )"), "pattern \"{S} <met> {T} )\": unexpected ')'");
  EXPECT_EQ(compile("not <x>", Pattern::Kind::kCue),
            "pattern \"not <x>\": a trigger <...> is only allowed in rules");
  EXPECT_EQ(compile("{S} <@NOPE> {T}"), "pattern \"{S} <@NOPE> {T}\": unknown class @NOPE");
  EXPECT_EQ(compile("^* {S} <met> {T}"), "pattern \"^* {S} <met> {T}\": '^' cannot be repeated");
}

}  // namespace
}  // namespace newsgraph::relations

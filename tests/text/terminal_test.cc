#include "text/terminal.h"

#include <gtest/gtest.h>

namespace newsgraph::text {
namespace {

TEST(TerminalSafe, KeepsPrintableTextAsItIs) {
  EXPECT_EQ(TerminalSafe("Kyiv – Київ – 서울 – 😀 \\ \"q\""), "Kyiv – Київ – 서울 – 😀 \\ \"q\"");
  EXPECT_EQ(TerminalSafe(""), "");
}

TEST(TerminalSafe, EscapesEscapeSequences) {
  EXPECT_EQ(TerminalSafe("a\x1b[31mred\x1b[0m"), "a\\x1b[31mred\\x1b[0m");
  EXPECT_EQ(TerminalSafe("\x1b]8;;http://x\x07link"), "\\x1b]8;;http://x\\x07link");
  EXPECT_EQ(TerminalSafe(std::string("nul\0bs\x08"
                                     "del\x7f",
                                     11)),
            "nul\\x00bs\\x08del\\x7f");
}

TEST(TerminalSafe, EscapesC1ControlsEncodedInUtf8) {
  EXPECT_EQ(TerminalSafe("x\xc2\x9b"
                         "2Jy"),
            "x\\u009b2Jy");                                       // CSI
  EXPECT_EQ(TerminalSafe("\xc2\x85\xc2\x80"), "\\u0085\\u0080");  // NEL, PAD
  EXPECT_EQ(TerminalSafe("\xc2\xa0"), "\xc2\xa0");                // no-break space stays
}

TEST(TerminalSafe, EscapesBidiControlsAndLineSeparators) {
  EXPECT_EQ(TerminalSafe("abc\u202edef"), "abc\\u202edef");
  EXPECT_EQ(TerminalSafe("\u2066x\u2069"), "\\u2066x\\u2069");
  EXPECT_EQ(TerminalSafe("a\u2028b"), "a\\u2028b");
  EXPECT_EQ(TerminalSafe("a\u200eb"), "a\u200eb");  // a plain mark, not an override
}

TEST(TerminalSafe, LineBreaksBecomeSpacesUnlessKept) {
  EXPECT_EQ(TerminalSafe("Ted Cruz\nTed\tCruz\r"), "Ted Cruz Ted Cruz ");
  EXPECT_EQ(TerminalSafe("line 1\n\tline 2\r\n", true), "line 1\n\tline 2 \n");
  EXPECT_EQ(TerminalSafe("a\x1b"
                         "b\n",
                         true),
            "a\\x1bb\n");
}

TEST(TerminalSafe, RepairsInvalidUtf8) {
  EXPECT_EQ(TerminalSafe("ab\xff"
                         "c"),
            "ab\xef\xbf\xbd"
            "c");
  // A lone continuation byte of a C1 control is not a control.
  EXPECT_EQ(TerminalSafe("\x9b"), "\xef\xbf\xbd");
}

}  // namespace
}  // namespace newsgraph::text

#include "output/corrections.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "output/samples.h"

namespace newsgraph::output {
namespace {

TEST(OutputCorrections, LogLinesWithMergeTargets) {
  std::ostringstream out;
  WriteCorrectionLog({{1, "merge", "discovered:org:red", "org:red-corp", "2024-11-06 10:00:00"},
                      {2, "alias", "org:red-corp", "RC\x1b[2J", "2024-11-06 10:01:00"},
                      {3, "block", "org:noise", "", "2024-11-06 10:02:00"}},
                     out);
  EXPECT_EQ(out.str(),
            "1  2024-11-06 10:00:00  merge  discovered:org:red  into  org:red-corp\n"
            "2  2024-11-06 10:01:00  alias  org:red-corp  RC\\x1b[2J\n"
            "3  2024-11-06 10:02:00  block  org:noise\n");
}

TEST(OutputCorrections, AnEmptyLogSaysSo) {
  std::ostringstream out;
  WriteCorrectionLog({}, out);
  EXPECT_EQ(out.str(), "no corrections\n");
}

TEST(OutputCorrections, ConfirmationsNameTheEntitiesSafely) {
  const model::Node red = samples::RedCorp();
  const model::Node borrell = samples::Borrell();
  std::ostringstream out;
  WriteCorrectionAdded({3, "merge", red.key, borrell.key, ""}, red, &borrell, out);
  WriteCorrectionAdded({4, "rename", red.key, "Red Corp", ""}, red, nullptr, out);
  WriteCorrectionAdded({5, "alias", red.key, "RC\x07", ""}, red, nullptr, out);
  WriteCorrectionAdded({6, "block", borrell.key, "", ""}, borrell, nullptr, out);
  WriteCorrectionRemoved(6, out);
  EXPECT_EQ(
      out.str(),
      "merged \"Red\\x1b[31mCorp\\x07\" (org:red-corp) into \"Josep Borrell\" "
      "(person:josep-borrell) (correction 3; `newsgraph entity undo 3` takes it back)\n"
      "renamed \"Red\\x1b[31mCorp\\x07\" (org:red-corp) to \"Red Corp\" (correction 4; "
      "`newsgraph entity undo 4` takes it back)\n"
      "added the alias \"RC\\x07\" to \"Red\\x1b[31mCorp\\x07\" (org:red-corp) (correction 5; "
      "`newsgraph entity undo 5` takes it back)\n"
      "blocked \"Josep Borrell\" (person:josep-borrell) and its relations (correction 6; "
      "`newsgraph entity undo 6` takes it back)\n"
      "removed correction 6\n");
  EXPECT_EQ(EntityLabel(borrell), "\"Josep Borrell\" (person:josep-borrell)");
}

}  // namespace
}  // namespace newsgraph::output

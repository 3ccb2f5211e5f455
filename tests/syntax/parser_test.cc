#include "syntax/internal/parser.h"

#include <gtest/gtest.h>

namespace newsgraph::syntax {
namespace {

TEST(Projectivize, LeavesProjectiveTreesAlone) {
  // "A hearing is scheduled": heads 1->3? keep a simple chain.
  std::vector<int> heads = {1, 3, 1};  // 0 <- 1, 1 <- root(3), 2 <- 1
  EXPECT_EQ(Projectivize(&heads), 0);
  EXPECT_EQ(heads, (std::vector<int>{1, 3, 1}));
}

TEST(Projectivize, LiftsACrossingArc) {
  // Words 0..3, root is 4. Arc 3 -> 0 crosses 1 -> 2 when 2's head is 1 and
  // 1 hangs from the root: 0's head 2 spans word 1, which 2 does not dominate.
  std::vector<int> heads = {2, 4, 1, 1};
  // 0 <- 2 spans 1; 2's ancestors are 1, root: 2 does not dominate 1.
  EXPECT_EQ(Projectivize(&heads), 1);
  EXPECT_EQ(heads[0], 1);  // lifted to its head's head
}

}  // namespace
}  // namespace newsgraph::syntax

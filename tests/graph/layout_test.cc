#include "graph/layout.h"

#include <gtest/gtest.h>

#include <cmath>

#include "graph/test_graphs.h"

namespace newsgraph::graph {
namespace {

using testing::GraphBuilder;

double Distance(const Point& a, const Point& b) { return std::hypot(a.x - b.x, a.y - b.y); }

// A ring of `n` people (ids first..first+n-1).
void Ring(GraphBuilder* b, int64_t first, int n) {
  for (int i = 0; i < n; ++i) b->Node(first + i, "P" + std::to_string(first + i));
  for (int i = 0; i < n; ++i) b->Edge(first + i, first + (i + 1) % n, "meets", true);
}

TEST(ForceLayout, EmptyGraphGivesNoPoints) { EXPECT_TRUE(ForceLayout(model::Graph{}, {}).empty()); }

TEST(ForceLayout, SameGraphSamePicture) {
  GraphBuilder b;
  Ring(&b, 1, 12);
  const std::vector<Point> first = ForceLayout(b.graph(), {});
  const std::vector<Point> second = ForceLayout(b.graph(), {});
  ASSERT_EQ(first.size(), 12u);
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].x, second[i].x);
    EXPECT_EQ(first[i].y, second[i].y);
  }
}

TEST(ForceLayout, NeighboursAreCloserThanTheRest) {
  GraphBuilder b;
  Ring(&b, 1, 16);
  const std::vector<Point> at = ForceLayout(b.graph(), {});
  double neighbours = 0, others = 0;
  int n_neighbours = 0, n_others = 0;
  for (int i = 0; i < 16; ++i) {
    for (int j = i + 1; j < 16; ++j) {
      const bool adjacent = j == i + 1 || (i == 0 && j == 15);
      (adjacent ? neighbours : others) += Distance(at[i], at[j]);
      ++(adjacent ? n_neighbours : n_others);
    }
  }
  EXPECT_LT(neighbours / n_neighbours, 0.5 * others / n_others);
  for (const Point& p : at) {
    EXPECT_GE(p.x, 0);
    EXPECT_GE(p.y, 0);
    EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
  }
}

TEST(ForceLayout, ComponentsDoNotOverlap) {
  GraphBuilder b;
  Ring(&b, 1, 8);
  Ring(&b, 101, 5);
  b.Node(200, "Alone");
  const model::Graph& g = b.graph();
  const std::vector<Point> at = ForceLayout(g, {});
  // Bounding boxes of the two rings are disjoint; the lone node is in neither.
  auto box = [&](int64_t first, int n) {
    double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
    for (size_t i = 0; i < g.nodes.size(); ++i) {
      if (g.nodes[i].id < first || g.nodes[i].id >= first + n) continue;
      x0 = std::min(x0, at[i].x), y0 = std::min(y0, at[i].y);
      x1 = std::max(x1, at[i].x), y1 = std::max(y1, at[i].y);
    }
    return std::array<double, 4>{x0, y0, x1, y1};
  };
  auto a = box(1, 8), c = box(101, 5);
  const bool apart = a[2] < c[0] || c[2] < a[0] || a[3] < c[1] || c[3] < a[1];
  EXPECT_TRUE(apart);
  const Point alone = at.back();
  for (auto bb : {a, c}) {
    EXPECT_FALSE(alone.x >= bb[0] && alone.x <= bb[2] && alone.y >= bb[1] && alone.y <= bb[3]);
  }
}

TEST(ForceLayout, LargeComponentsUseTheForceLayout) {
  GraphBuilder b;
  Ring(&b, 1, 450);  // above the spring layout's limit
  LayoutOptions quick;
  quick.iterations = 30;
  const std::vector<Point> at = ForceLayout(b.graph(), quick);
  ASSERT_EQ(at.size(), 450u);
  for (const Point& p : at) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
}

}  // namespace
}  // namespace newsgraph::graph

#include "synthetic_graph.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace newsgraph::testdata {
namespace {

uint64_t NextRandom(uint64_t* state) {  // splitmix64
  uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

double Uniform(uint64_t* state) { return (NextRandom(state) >> 11) * (1.0 / 9007199254740992.0); }

struct RelationType {
  const char* name;
  const char* verb;
  bool symmetric;
};

// In name order, so that sorting by type index sorts by type name.
constexpr RelationType kTypes[] = {
    {"affiliated_with", "is affiliated with", false},
    {"attacks", "attacked", false},
    {"condemns", "condemned", false},
    {"deploys", "deployed troops to", false},
    {"meets", "met", true},
    {"signs_agreement", "signed an agreement with", true},
    {"succeeds", "succeeded", false},
    {"visits", "visited", false},
};

constexpr const char* kEntityTypes[] = {"PERSON", "PERSON", "PERSON", "PERSON",  "PERSON",
                                        "ORG",    "ORG",    "ORG",    "COUNTRY", "CITY"};
constexpr const char* kEntityWords[] = {"Person", "Person", "Person", "Person",  "Person",
                                        "Org",    "Org",    "Org",    "Country", "City"};

struct Candidate {
  uint32_t type, source, target;  // source and target are node ids
  bool operator<(const Candidate& o) const {
    if (type != o.type) return type < o.type;
    if (source != o.source) return source < o.source;
    return target < o.target;
  }
  bool operator==(const Candidate& o) const = default;
};

std::string Date2024(int64_t day) {  // day 0 = 2024-01-01; 2024 is a leap year
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int d = static_cast<int>(day % 366), month = 0;
  while (d >= kDays[month]) d -= kDays[month++];
  char buf[32];
  std::snprintf(buf, sizeof(buf), "2024-%02d-%02d", month + 1, d + 1);
  return buf;
}

}  // namespace

model::Graph MakeSyntheticGraph(const SyntheticOptions& options) {
  model::Graph g;
  const int64_t n = std::max<int64_t>(0, options.entities);
  g.nodes.resize(n);
  for (int64_t i = 0; i < n; ++i) {
    model::Node& node = g.nodes[i];
    node.id = i + 1;
    node.key = "synthetic:" + std::to_string(node.id);
    node.name = std::string(kEntityWords[node.id % 10]) + " " + std::to_string(node.id);
    node.type = kEntityTypes[node.id % 10];
  }
  if (n < 2) return g;

  // Draw, sort, drop repeats, draw again for what is missing.
  const uint64_t wanted = static_cast<uint64_t>(
      std::min<double>(static_cast<double>(std::max<int64_t>(0, options.relations)),
                       0.25 * static_cast<double>(n) * static_cast<double>(n - 1)));
  uint64_t state = options.seed;
  std::vector<Candidate> edges;
  edges.reserve(wanted);
  for (int round = 0; round < 64 && edges.size() < wanted; ++round) {
    while (edges.size() < wanted) {
      Candidate c;
      c.type = static_cast<uint32_t>(NextRandom(&state) % std::size(kTypes));
      c.source = static_cast<uint32_t>(1 + NextRandom(&state) % n);
      double u = Uniform(&state);
      c.target =
          static_cast<uint32_t>(1 + std::min<int64_t>(n - 1, static_cast<int64_t>(u * u * n)));
      if (c.source == c.target) continue;
      if (kTypes[c.type].symmetric && c.source > c.target) std::swap(c.source, c.target);
      edges.push_back(c);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  }

  g.edges.resize(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    const Candidate& c = edges[i];
    const RelationType& t = kTypes[c.type];
    model::Edge& e = g.edges[i];
    e.id = static_cast<int64_t>(i) + 1;
    e.source = c.source;
    e.target = c.target;
    e.type = t.name;
    e.symmetric = t.symmetric;
    e.modality = i % 10 == 9 ? "planned" : "asserted";
    e.support_documents = e.support_mentions = 1;
    model::Evidence& ev = e.evidence.emplace_back();
    const int64_t doc = static_cast<int64_t>(i / 20);
    ev.document = "doc-" + std::to_string(doc);
    ev.date = Date2024(doc);
    ev.sentence = static_cast<uint32_t>(i % 20);
    ev.text = g.nodes[c.source - 1].name + (e.modality == "planned" ? " will have " : " ") +
              t.verb + " " + g.nodes[c.target - 1].name + ".";
    ev.begin = ev.sentence * 80;
    ev.end = ev.begin + static_cast<uint32_t>(ev.text.size());
    ev.rule = "synthetic";
    ev.modality = e.modality;
  }
  return g;
}

}  // namespace newsgraph::testdata

// Snapshot::Serialize and Snapshot::Write: lays a graph out in the snapshot
// format (graph/snapshot.h) and writes it atomically.
#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>

#include "graph/internal/snapshot_layout.h"
#include "graph/snapshot.h"
#include "util/atomic_file.h"

namespace newsgraph::graph {
namespace {

template <typename T>
T* At(std::vector<uint64_t>* bytes, uint64_t offset) {
  return reinterpret_cast<T*>(reinterpret_cast<char*>(bytes->data()) + offset);
}

template <typename T, typename U>
void Copy(const std::vector<U>& from, std::vector<uint64_t>* bytes, uint64_t offset) {
  T* to = At<T>(bytes, offset);
  for (size_t i = 0; i < from.size(); ++i) to[i] = static_cast<T>(from[i]);
}

}  // namespace

uint64_t SnapshotNameHash(std::string_view key) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char ch : key) h = (h ^ ch) * 1099511628211ull;
  return h;
}

Status Snapshot::Serialize(const model::GraphColumns& g, std::vector<SnapshotName> names,
                           std::vector<uint64_t>* bytes) {
  bytes->clear();
  const size_t v = g.node_ids.size(), e = g.edge_ids.size();
  if (v >= kEntryReversed || e >= kEntryReversed) {
    return Status::InvalidArgument("graph snapshot: too many nodes or edges");
  }
  if (g.relation_types.size() > 65535) {
    return Status::InvalidArgument("graph snapshot: more than 65535 relation types");
  }
  uint64_t entries = 0;
  std::vector<uint64_t> offsets(v + 1, 0);
  for (size_t i = 0; i < e; ++i) {
    const uint32_t s = g.edge_sources[i], t = g.edge_targets[i];
    if (s >= v || t >= v || g.edge_types[i] >= g.relation_types.size()) {
      return Status::InvalidArgument("graph snapshot: edge " + std::to_string(g.edge_ids[i]) +
                                     " is out of range");
    }
    ++offsets[s + 1], ++entries;
    if (t != s) ++offsets[t + 1], ++entries;
  }
  std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
  for (const SnapshotName& n : names) {
    if (n.vertex >= v) return Status::InvalidArgument("graph snapshot: name of no vertex");
  }
  std::sort(names.begin(), names.end(), [](const SnapshotName& a, const SnapshotName& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.vertex < b.vertex;
  });
  names.erase(std::unique(names.begin(), names.end(),
                          [](const SnapshotName& a, const SnapshotName& b) {
                            return a.hash == b.hash && a.vertex == b.vertex;
                          }),
              names.end());
  std::string type_names;
  std::vector<uint32_t> type_offsets = {0};
  for (const std::string& t : g.relation_types) {
    type_names += t;
    type_offsets.push_back(static_cast<uint32_t>(type_names.size()));
  }

  SnapshotHeader h{};
  std::memcpy(h.magic, kSnapshotMagic, sizeof h.magic);
  h.version = kSnapshotVersion;
  h.header_bytes = kSnapshotHeaderBytes;
  h.database = g.fingerprint.database;
  h.generation = g.fingerprint.generation;
  h.last_entity = g.fingerprint.last_entity;
  h.last_relation_mention = g.fingerprint.last_relation_mention;
  h.vertices = v, h.edges = e, h.entries = entries, h.names = names.size();
  h.types = g.relation_types.size(), h.type_name_bytes = type_names.size();
  const SnapshotLayout layout(h);
  h.file_bytes = layout.end;
  h.byte_order = kSnapshotByteOrder;
  bytes->assign(layout.end / 8, 0);
  std::memcpy(bytes->data(), &h, sizeof h);

  Copy<int64_t>(g.node_ids, bytes, layout.vertex_ids);
  std::vector<uint32_t> order(v);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return g.node_names[a] != g.node_names[b] ? g.node_names[a] < g.node_names[b] : a < b;
  });
  uint32_t* ranks = At<uint32_t>(bytes, layout.name_ranks);
  for (uint32_t r = 0; r < v; ++r) ranks[order[r]] = r;
  Copy<uint64_t>(offsets, bytes, layout.offsets);
  // Rows filled in edge order: a stable counting sort, as KnowledgeGraph's CSR.
  uint32_t* targets = At<uint32_t>(bytes, layout.entry_targets);
  uint32_t* edges = At<uint32_t>(bytes, layout.entry_edges);
  std::vector<uint64_t> next(offsets.begin(), offsets.end() - 1);
  for (uint32_t i = 0; i < e; ++i) {
    const uint32_t s = g.edge_sources[i], t = g.edge_targets[i];
    uint64_t k = next[s]++;
    targets[k] = t, edges[k] = i;
    if (t == s) continue;
    k = next[t]++;
    targets[k] = s, edges[k] = i | kEntryReversed;
  }
  Copy<int64_t>(g.edge_ids, bytes, layout.edge_ids);
  Copy<uint32_t>(g.edge_sources, bytes, layout.edge_sources);
  Copy<uint32_t>(g.edge_targets, bytes, layout.edge_targets);
  Copy<uint32_t>(g.support_documents, bytes, layout.support_documents);
  Copy<uint32_t>(g.support_mentions, bytes, layout.support_mentions);
  Copy<uint16_t>(g.edge_types, bytes, layout.edge_types);
  Copy<uint8_t>(g.modality_ranks, bytes, layout.modality_ranks);
  uint64_t* hashes = At<uint64_t>(bytes, layout.name_hashes);
  uint32_t* vertices = At<uint32_t>(bytes, layout.name_vertices);
  for (size_t i = 0; i < names.size(); ++i)
    hashes[i] = names[i].hash, vertices[i] = names[i].vertex;
  Copy<uint32_t>(type_offsets, bytes, layout.type_offsets);
  std::memcpy(At<char>(bytes, layout.type_names), type_names.data(), type_names.size());
  return Status::OK();
}

Status Snapshot::Write(const std::string& path, const std::vector<uint64_t>& bytes) {
  return util::WriteFileAtomically(
      path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size() * 8));
}

}  // namespace newsgraph::graph

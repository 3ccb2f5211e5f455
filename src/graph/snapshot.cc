// Snapshot::Open and FromBytes: maps a snapshot file (graph/snapshot.h) and
// checks its structure before anything reads it.
#include "graph/snapshot.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "graph/internal/snapshot_layout.h"

namespace newsgraph::graph {
namespace {

// True when values[0..count) are all below `limit` (ignoring `mask` bits).
template <typename T>
bool AllBelow(const T* values, uint64_t count, uint64_t limit, T mask = 0) {
  for (uint64_t i = 0; i < count; ++i) {
    if (static_cast<uint64_t>(values[i] & ~mask) >= limit) return false;
  }
  return true;
}

}  // namespace

Snapshot::~Snapshot() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
}

Status Snapshot::Open(const std::string& path, std::unique_ptr<Snapshot>* result) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no graph snapshot");
    return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return Status::IOError(path + ": cannot stat: " + std::strerror(err));
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size < kSnapshotHeaderBytes) {
    ::close(fd);
    return Status::Corruption(path + ": not a graph snapshot (too short)");
  }
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int err = errno;
  ::close(fd);
  if (p == MAP_FAILED) return Status::IOError(path + ": cannot map: " + std::strerror(err));
  std::unique_ptr<Snapshot> snap(new Snapshot());
  snap->map_ = p;
  snap->map_size_ = size;
  NG_RETURN_IF_ERROR(snap->Attach(static_cast<const char*>(p), size, path));
  *result = std::move(snap);
  return Status::OK();
}

Status Snapshot::FromBytes(std::vector<uint64_t> bytes, std::unique_ptr<Snapshot>* result) {
  std::unique_ptr<Snapshot> snap(new Snapshot());
  snap->bytes_ = std::move(bytes);
  const char* data = reinterpret_cast<const char*>(snap->bytes_.data());
  NG_RETURN_IF_ERROR(snap->Attach(data, snap->bytes_.size() * 8, "graph snapshot in memory"));
  *result = std::move(snap);
  return Status::OK();
}

Status Snapshot::Attach(const char* data, size_t size, const std::string& where) {
  auto corrupt = [&](const std::string& what) {
    return Status::Corruption(where + ": " + what + " (delete it: it is rebuilt)");
  };
  if (size < kSnapshotHeaderBytes) return corrupt("not a graph snapshot (too short)");
  SnapshotHeader h;
  std::memcpy(&h, data, sizeof h);
  if (std::memcmp(h.magic, kSnapshotMagic, sizeof h.magic) != 0) {
    return corrupt("not a graph snapshot");
  }
  if (h.version != kSnapshotVersion || h.header_bytes != kSnapshotHeaderBytes ||
      h.byte_order != kSnapshotByteOrder) {
    return corrupt("graph snapshot of another version or byte order");
  }
  for (uint64_t count : {h.vertices, h.edges, h.entries, h.names, h.types, h.type_name_bytes}) {
    if (count > size) return corrupt("counts larger than the file");
  }
  const SnapshotLayout layout(h);
  if (h.file_bytes != size || layout.end != size) return corrupt("cut short or overlong");
  if (h.vertices >= kEntryReversed || h.edges >= kEntryReversed) {
    return corrupt("too many vertices or edges");
  }
  fingerprint_ = {h.database, h.generation, h.last_entity, h.last_relation_mention};
  v_ = h.vertices, e_ = h.edges, a_ = h.entries, n_ = h.names;
  auto at = [data](uint64_t offset) { return data + offset; };
  vertex_ids_ = reinterpret_cast<const int64_t*>(at(layout.vertex_ids));
  name_ranks_ = reinterpret_cast<const uint32_t*>(at(layout.name_ranks));
  offsets_ = reinterpret_cast<const uint64_t*>(at(layout.offsets));
  entry_targets_ = reinterpret_cast<const uint32_t*>(at(layout.entry_targets));
  entry_edges_ = reinterpret_cast<const uint32_t*>(at(layout.entry_edges));
  edge_ids_ = reinterpret_cast<const int64_t*>(at(layout.edge_ids));
  edge_sources_ = reinterpret_cast<const uint32_t*>(at(layout.edge_sources));
  edge_targets_ = reinterpret_cast<const uint32_t*>(at(layout.edge_targets));
  support_documents_ = reinterpret_cast<const uint32_t*>(at(layout.support_documents));
  support_mentions_ = reinterpret_cast<const uint32_t*>(at(layout.support_mentions));
  edge_types_ = reinterpret_cast<const uint16_t*>(at(layout.edge_types));
  modality_ranks_ = reinterpret_cast<const uint8_t*>(at(layout.modality_ranks));
  name_hashes_ = reinterpret_cast<const uint64_t*>(at(layout.name_hashes));
  name_vertices_ = reinterpret_cast<const uint32_t*>(at(layout.name_vertices));
  const uint32_t* type_offsets = reinterpret_cast<const uint32_t*>(at(layout.type_offsets));
  const char* type_names = at(layout.type_names);

  // Structure: every index a traversal follows is in range, so that a
  // damaged file gives an error here, never a read outside the arrays.
  if (offsets_[0] != 0 || offsets_[v_] != a_) return corrupt("bad row offsets");
  for (uint64_t v = 0; v < v_; ++v) {
    if (offsets_[v] > offsets_[v + 1]) return corrupt("bad row offsets");
  }
  if (!AllBelow(entry_targets_, a_, v_) || !AllBelow(entry_edges_, a_, e_, kEntryReversed) ||
      !AllBelow(edge_sources_, e_, v_) || !AllBelow(edge_targets_, e_, v_) ||
      !AllBelow(edge_types_, e_, h.types) || !AllBelow(name_vertices_, n_, v_)) {
    return corrupt("an index out of range");
  }
  relation_types_.clear();
  for (uint64_t t = 0; t < h.types; ++t) {
    if (type_offsets[t] > type_offsets[t + 1] || type_offsets[t + 1] > h.type_name_bytes) {
      return corrupt("bad relation type names");
    }
    relation_types_.emplace_back(type_names + type_offsets[t],
                                 type_offsets[t + 1] - type_offsets[t]);
  }
  return Status::OK();
}

bool Snapshot::FindVertex(int64_t node_id, VertexId* v) const {
  const int64_t* end = vertex_ids_ + v_;
  const int64_t* it = std::lower_bound(vertex_ids_, end, node_id);
  if (it == end || *it != node_id) return false;
  *v = static_cast<VertexId>(it - vertex_ids_);
  return true;
}

std::vector<VertexId> Snapshot::FindName(uint64_t hash) const {
  std::vector<VertexId> found;
  const uint64_t* end = name_hashes_ + n_;
  for (const uint64_t* it = std::lower_bound(name_hashes_, end, hash); it != end && *it == hash;
       ++it) {
    found.push_back(name_vertices_[it - name_hashes_]);
  }
  return found;
}

}  // namespace newsgraph::graph

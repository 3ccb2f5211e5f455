// Internal. FlatWriter and FlatReader write and view the flat arrays of a
// compiled gazetteer image (gazetteer/image.h documents the layout). The
// writer appends u64 fields and arrays of trivially copyable records, each
// array as a u64 count followed by its bytes padded with zeros to a multiple
// of 8, so that every field starts 8-byte aligned. The reader copies
// nothing: an array comes back as a span into the bytes it was given, which
// must outlive every span (and must start 8-byte aligned, as a mapping or a
// heap buffer does). Records are written as this machine holds them: an
// image is read on the machine that wrote it.
#ifndef NEWSGRAPH_GAZETTEER_INTERNAL_FLAT_IO_H_
#define NEWSGRAPH_GAZETTEER_INTERNAL_FLAT_IO_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace newsgraph::gazetteer {

class FlatWriter {
 public:
  explicit FlatWriter(std::string* out) : out_(out) {}
  void U64(uint64_t v) { out_->append(reinterpret_cast<const char*>(&v), 8); }
  template <typename T>
  void Array(std::span<const T> v) {
    static_assert(std::is_trivially_copyable_v<T> && std::has_unique_object_representations_v<T>,
                  "records must have no padding: their bytes are written as they are");
    U64(v.size());
    out_->append(reinterpret_cast<const char*>(v.data()), v.size_bytes());
    out_->append((8 - out_->size() % 8) % 8, '\0');
  }
  void Bytes(std::string_view s) { Array(std::span<const char>(s.data(), s.size())); }
  size_t size() const { return out_->size(); }

 private:
  std::string* out_;
};

// Reads in order. A read past the end, or an array whose bytes would run
// past it, marks the reader failed: ok() turns false and every later read
// gives 0 or an empty span.
class FlatReader {
 public:
  FlatReader(const char* data, size_t size)
      : p_(data), end_(data + size), ok_(reinterpret_cast<uintptr_t>(data) % 8 == 0) {}
  uint64_t U64() {
    if (!ok_ || remaining() < 8) {
      ok_ = false;
      return 0;
    }
    uint64_t v;
    std::memcpy(&v, p_, 8);
    p_ += 8;
    return v;
  }
  template <typename T>
  std::span<const T> Array() {
    const uint64_t n = U64();
    const size_t bytes = ok_ && n <= remaining() / sizeof(T) ? n * sizeof(T) : SIZE_MAX;
    const size_t padded = bytes == SIZE_MAX ? SIZE_MAX : bytes + (8 - bytes % 8) % 8;
    if (padded > remaining()) {
      ok_ = false;
      return {};
    }
    std::span<const T> out(reinterpret_cast<const T*>(p_), n);
    p_ += padded;
    return out;
  }
  std::string_view Bytes() {
    std::span<const char> s = Array<char>();
    return {s.data(), s.size()};
  }
  bool ok() const { return ok_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }

 private:
  const char* p_;
  const char* end_;
  bool ok_;
};

}  // namespace newsgraph::gazetteer

#endif  // NEWSGRAPH_GAZETTEER_INTERNAL_FLAT_IO_H_

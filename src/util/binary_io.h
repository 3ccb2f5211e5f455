// Little-endian writing and bounds-checked reading of the primitive fields
// of our binary files (the syntax model, syntax/model.h; the compiled
// gazetteer image, gazetteer/image.h).
#ifndef NEWSGRAPH_UTIL_BINARY_IO_H_
#define NEWSGRAPH_UTIL_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::util {

class BinaryWriter {
 public:
  explicit BinaryWriter(std::string* out) : out_(out) {}
  void U8(uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Bytes(v, 2); }
  void U32(uint32_t v) { Bytes(v, 4); }
  void U64(uint64_t v) { Bytes(v, 8); }
  void F32(float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    U32(bits);
  }
  // A string: u32 length, then the bytes.
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_->append(s.data(), s.size());
  }
  // An array of trivially copyable values: u64 count, then their bytes as
  // this machine holds them (for files read back on the same machine).
  template <typename T>
  void Array(const std::vector<T>& v) {
    U64(v.size());
    out_->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }

 private:
  void Bytes(uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  std::string* out_;
};

// Reads fields in order; after any read past the end, ok() is false and
// every later read returns 0 or "".
class BinaryReader {
 public:
  BinaryReader(const char* data, size_t size) : p_(data), end_(data + size) {}
  uint8_t U8() { return static_cast<uint8_t>(Get(1)); }
  uint16_t U16() { return static_cast<uint16_t>(Get(2)); }
  uint32_t U32() { return static_cast<uint32_t>(Get(4)); }
  uint64_t U64() { return Get(8); }
  float F32() {
    uint32_t bits = U32();
    float v;
    std::memcpy(&v, &bits, 4);
    return v;
  }
  std::string Str() {
    uint32_t n = U32();
    if (!ok_ || static_cast<size_t>(end_ - p_) < n) {
      ok_ = false;
      return {};
    }
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  // A count that must fit in what is left when each item takes at least
  // `min_item_bytes`; larger counts mark the reader failed and give 0.
  uint32_t Count(size_t min_item_bytes) {
    uint32_t n = U32();
    if (ok_ && static_cast<uint64_t>(n) * min_item_bytes > static_cast<size_t>(end_ - p_)) {
      ok_ = false;
      return 0;
    }
    return n;
  }
  // Reads what BinaryWriter::Array wrote into *v.
  template <typename T>
  void Array(std::vector<T>* v) {
    uint64_t n = U64();
    if (!ok_ || n > static_cast<size_t>(end_ - p_) / sizeof(T)) {
      ok_ = false;
      v->clear();
      return;
    }
    v->resize(n);
    if (n > 0) std::memcpy(v->data(), p_, n * sizeof(T));  // an empty vector's data() may be null
    p_ += n * sizeof(T);
  }
  bool ok() const { return ok_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  // The unread bytes (remaining() of them), for a caller that decodes a
  // section itself and then Skips what it used.
  const char* Peek() const { return p_; }
  void Skip(size_t n) {
    if (!ok_ || remaining() < n) {
      ok_ = false;
      return;
    }
    p_ += n;
  }

 private:
  uint64_t Get(int n) {
    if (!ok_ || end_ - p_ < n) {
      ok_ = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < n; ++i)
      v |= static_cast<uint64_t>(static_cast<unsigned char>(p_[i])) << (8 * i);
    p_ += n;
    return v;
  }
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_BINARY_IO_H_

// Internal to syntax/. An allocator for the large weight tables: memory is
// aligned to 2 MB and the kernel is asked to back it with huge pages
// (madvise MADV_HUGEPAGE; a hint, ignored where unsupported). A lookup
// touches a random place in tables of several megabytes, so with 4 KB pages
// nearly every lookup also misses the TLB.
#ifndef NEWSGRAPH_SYNTAX_INTERNAL_HUGE_PAGES_H_
#define NEWSGRAPH_SYNTAX_INTERNAL_HUGE_PAGES_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace newsgraph::syntax {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHuge = 2u << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kHuge) {
      void* p = std::malloc(bytes == 0 ? 1 : bytes);
      if (p == nullptr) throw std::bad_alloc();
      return static_cast<T*>(p);
    }
    size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = std::aligned_alloc(kHuge, rounded);
    if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
    madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_INTERNAL_HUGE_PAGES_H_

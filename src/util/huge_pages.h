// Transparent huge pages for the heap. newsgraph builds tens of megabytes of
// tables at start-up (gazetteers, matchers, the syntax model), and on
// virtual machines each 4 KB page fault is expensive: with malloc's memory
// backed by 2 MB pages, start-up and ingest take about a fifth less time.
// glibc (2.35 and later) does this when GLIBC_TUNABLES holds
// glibc.malloc.hugetlb=1, which it reads only when a program starts.
#ifndef NEWSGRAPH_UTIL_HUGE_PAGES_H_
#define NEWSGRAPH_UTIL_HUGE_PAGES_H_

namespace newsgraph::util {

// Re-executes this program (/proc/self/exe with `argv`, nothing read or
// written yet) with glibc.malloc.hugetlb=1 added to GLIBC_TUNABLES, once:
// not when it is already set, nor when NEWSGRAPH_HUGEPAGES is "0". Returns
// only when it does not re-execute (or exec fails; the run goes on as is).
void ReexecWithHugePageMalloc(char** argv);

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_HUGE_PAGES_H_

#include "relations/internal/pattern.h"

#include <algorithm>

namespace newsgraph::relations {
namespace {

// Backtracking steps one MatchAt may take; far above what the shipped rules
// need, it bounds a pathological pattern on a long sentence.
constexpr int kMaxSteps = 20000;

}  // namespace

struct Pattern::State {
  const Items& items;
  int limit;
  const SlotClasses& classes;
  int begin;
  int trigger[2] = {-1, -1};
  std::array<SlotMatch, 2> slots;
  PatternMatch* result;
};

bool Pattern::Run(int pc, int pos, State& st, int* steps) const {
  const Items& items = st.items;
  while (true) {
    if (++*steps > kMaxSteps) return false;
    const Inst& in = prog_[pc];
    switch (in.op) {
      case Op::kWord:
        if (pos >= st.limit || items[pos].word != in.arg) return false;
        ++pos;
        ++pc;
        continue;
      case Op::kAny:
        if (pos >= st.limit) return false;
        ++pos;
        ++pc;
        continue;
      case Op::kAnyWord:
        if (pos >= st.limit || items[pos].is_entity() ||
            !(items[pos].flags & (kItemWord | kItemHyphen))) {
          return false;
        }
        ++pos;
        ++pc;
        continue;
      case Op::kNumber:
        if (pos >= st.limit || items[pos].is_entity() || !items[pos].Is(kItemDigit)) return false;
        ++pos;
        ++pc;
        continue;
      case Op::kEntity:
        if (pos >= st.limit || !items[pos].is_entity()) return false;
        ++pos;
        ++pc;
        continue;
      case Op::kEnd:
        if (pos != static_cast<int>(items.size())) return false;
        ++pc;
        continue;
      case Op::kStart:
        if (pos != 0) return false;
        ++pc;
        continue;
      case Op::kNotWord: {
        const int at = pos - in.x;  // x == 1: the item before
        if (at >= 0 && at < st.limit && items[at].word == in.arg) return false;
        ++pc;
        continue;
      }
      case Op::kNotEntity: {
        const int at = pos - in.x;
        if (at >= 0 && at < st.limit && items[at].is_entity()) return false;
        ++pc;
        continue;
      }
      case Op::kNotClass: {
        const int at = pos - in.x;
        int lengths[WordClass::kMaxLengths];
        if (at >= 0 && (in.x == 1 ? in.cls->ContainsWord(items[at].word)
                                  : in.cls->Match(items, at, st.limit, lengths) > 0)) {
          return false;
        }
        ++pc;
        continue;
      }
      case Op::kSave:
        st.trigger[in.arg] = pos;
        ++pc;
        continue;
      case Op::kJmp:
        pc = in.x;
        continue;
      case Op::kSplit: {
        State copy = st;
        if (Run(in.x, pos, copy, steps)) return true;
        pc = in.y;
        continue;
      }
      case Op::kClass: {
        int lengths[WordClass::kMaxLengths];
        int n = in.cls->Match(items, pos, st.limit, lengths);
        for (int i = 0; i + 1 < n; ++i) {
          State copy = st;
          if (Run(pc + 1, pos + lengths[i], copy, steps)) return true;
        }
        if (n == 0) return false;
        pos += lengths[n - 1];
        ++pc;
        continue;
      }
      case Op::kSlot: {
        const SlotSpec& spec = slots_[in.arg];
        SlotMatch fillers[kMaxSlotMatches];
        int n = MatchSlot(items, pos, st.limit, spec, st.classes, fillers);
        for (int i = 0; i < n; ++i) {
          State copy = st;
          copy.slots[spec.role] = fillers[i];
          copy.slots[spec.role].spec = in.arg;
          if (Run(pc + 1, fillers[i].end, copy, steps)) return true;
        }
        return false;
      }
      case Op::kMatch: {
        if (!slots_.empty() && (st.slots[kSource].head < 0 || st.slots[kTarget].head < 0))
          return false;
        PatternMatch* m = st.result;
        m->begin = st.begin;
        m->end = pos;
        m->trigger_begin = st.trigger[0];
        m->trigger_end = st.trigger[1];
        m->slots = st.slots;
        return true;
      }
    }
  }
}

bool Pattern::IsTriggerWord(int32_t word) const {
  return word >= 0 && std::binary_search(trigger_words_.begin(), trigger_words_.end(), word);
}

bool Pattern::MatchAt(const Items& items, int pos, int limit, const SlotClasses& classes,
                      PatternMatch* m) const {
  State st{items, limit, classes, pos, {-1, -1}, {}, m};
  int steps = 0;
  return Run(0, pos, st, &steps);
}

}  // namespace newsgraph::relations

// Parses the pattern syntax of pattern.h into a tree and compiles the tree
// into the backtracking program Pattern::MatchAt runs.
#include <algorithm>
#include <cctype>
#include <string>

#include "relations/internal/pattern.h"

namespace newsgraph::relations {
namespace {

struct Node {
  enum Type {
    kSeq,
    kAlt,
    kRepeat,
    kWord,
    kClass,
    kSlot,
    kAny,
    kAnyWord,
    kNumber,
    kEntity,
    kEnd,
    kStart,
    kNot,
    kTrigger
  };
  Type type = kSeq;
  std::vector<Node> kids;
  int32_t word = -1;
  const WordClass* cls = nullptr;
  int slot = -1;
  int min = 1, max = 1;  // kRepeat
  bool behind = false;   // kNot: looks at the item before ("!^x")
};

bool IsSpecial(char c) {
  return c == '(' || c == ')' || c == '|' || c == '<' || c == '>' || c == '?' || c == '*' ||
         c == '+' || c == '!' || c == '{' || c == '}' || c == '~' || c == '$' || c == '@' ||
         c == '^';
}

}  // namespace

class PatternCompiler {
 public:
  PatternCompiler(std::string_view src, Pattern::Kind kind, const ClassTable& classes,
                  Vocabulary* vocab, std::array<uint8_t, 2> types, Pattern* out)
      : src_(src), kind_(kind), classes_(classes), vocab_(vocab), types_(types), out_(out) {}

  // Parses and compiles the source into *out (see Pattern::Compile).
  Status Run() {
    Node root;
    NG_RETURN_IF_ERROR(ParseAlt(&root));
    SkipSpace();
    if (pos_ < src_.size()) return Error("unexpected '" + std::string(1, src_[pos_]) + "'");
    trigger_ = FindTrigger(root);
    return Finish(root);
  }

 private:
  Status Error(const std::string& reason) const {
    return Status::InvalidArgument("pattern \"" + std::string(src_) + "\": " + reason);
  }

  void SkipSpace() {
    while (pos_ < src_.size() && (src_[pos_] == ' ' || src_[pos_] == '\t')) ++pos_;
  }
  bool Peek(char c) {
    SkipSpace();
    return pos_ < src_.size() && src_[pos_] == c;
  }

  Status ParseAlt(Node* out) {
    Node alt;
    alt.type = Node::kAlt;
    while (true) {
      Node seq;
      NG_RETURN_IF_ERROR(ParseSeq(&seq));
      alt.kids.push_back(std::move(seq));
      if (!Peek('|')) break;
      ++pos_;
    }
    if (alt.kids.size() == 1) {
      *out = std::move(alt.kids[0]);
    } else {
      *out = std::move(alt);
    }
    return Status::OK();
  }

  Status ParseSeq(Node* out) {
    out->type = Node::kSeq;
    while (true) {
      SkipSpace();
      if (pos_ >= src_.size() || src_[pos_] == '|' || src_[pos_] == ')' || src_[pos_] == '>') break;
      NG_RETURN_IF_ERROR(ParseItem(out));
    }
    // A slot followed directly by 's or a hyphen accepts it (also as one
    // choice of an alternation: "{T} (@ARG_FOLLOW|'s|$)").
    for (size_t i = 0; i + 1 < out->kids.size(); ++i) {
      if (out->kids[i].type != Node::kSlot) continue;
      SlotSpec& spec = out_->slots_[out->kids[i].slot];
      MarkFollower(out->kids[i + 1], &spec);
    }
    return Status::OK();
  }

  void MarkFollower(const Node& node, SlotSpec* spec) {
    const Node* next = &node;
    while (
        (next->type == Node::kRepeat || next->type == Node::kTrigger || next->type == Node::kSeq) &&
        !next->kids.empty()) {
      next = &next->kids[0];
    }
    if (next->type == Node::kAlt) {
      for (const Node& choice : next->kids) MarkFollower(choice, spec);
      return;
    }
    if (next->type != Node::kWord) return;
    if (next->word == vocab_->Find("'s")) spec->possessive = true;
    if (next->word == vocab_->Find("-")) spec->hyphen = true;
  }

  Status ParseItem(Node* seq) {
    if (Peek('!')) {
      ++pos_;
      const bool behind = pos_ < src_.size() && src_[pos_] == '^';
      if (behind) ++pos_;
      Node atom;
      NG_RETURN_IF_ERROR(ParsePrimary(&atom));
      if (atom.type == Node::kSeq && atom.kids.size() == 1) {
        Node only = std::move(atom.kids[0]);
        atom = std::move(only);
      }
      if (atom.type != Node::kWord && atom.type != Node::kClass && atom.type != Node::kEntity) {
        return Error("'!' applies to one word, one class or @ENTITY");
      }
      Node neg;
      neg.type = Node::kNot;
      neg.behind = behind;
      neg.kids.push_back(std::move(atom));
      seq->kids.push_back(std::move(neg));
      return Status::OK();
    }
    Node atom;
    NG_RETURN_IF_ERROR(ParsePrimary(&atom));
    int min = 1, max = 1;
    bool quantified = false;
    NG_RETURN_IF_ERROR(ParseQuantifier(&min, &max, &quantified));
    if (!quantified) {
      seq->kids.push_back(std::move(atom));
      return Status::OK();
    }
    if (atom.type == Node::kTrigger) return Error("a trigger cannot be repeated");
    if (atom.type == Node::kEnd) return Error("'$' cannot be repeated");
    if (atom.type == Node::kStart) return Error("'^' cannot be repeated");
    Node rep;
    rep.type = Node::kRepeat;
    rep.min = min;
    rep.max = max;
    rep.kids.push_back(std::move(atom));
    seq->kids.push_back(std::move(rep));
    return Status::OK();
  }

  Status ParseQuantifier(int* min, int* max, bool* quantified) {
    if (pos_ >= src_.size()) return Status::OK();  // quantifiers attach without space
    char c = src_[pos_];
    if (c == '?' || c == '*' || c == '+') {
      ++pos_;
      *quantified = true;
      *min = c == '+' ? 1 : 0;
      *max = c == '?' ? 1 : kMaxRepeat;
      return Status::OK();
    }
    if (c != '{' || pos_ + 1 >= src_.size() || !(src_[pos_ + 1] >= '0' && src_[pos_ + 1] <= '9')) {
      return Status::OK();
    }
    size_t close = src_.find('}', pos_);
    if (close == std::string_view::npos) return Error("unclosed '{'");
    std::string body(src_.substr(pos_ + 1, close - pos_ - 1));
    pos_ = close + 1;
    size_t comma = body.find(',');
    try {
      *min = std::stoi(body.substr(0, comma));
      if (comma == std::string::npos) {
        *max = *min;
      } else if (comma + 1 == body.size()) {
        *max = std::max(*min, kMaxRepeat);
      } else {
        *max = std::stoi(body.substr(comma + 1));
      }
    } catch (...) {
      return Error("bad repetition {" + body + "}");
    }
    if (*min < 0 || *max < *min || *max > 4 * kMaxRepeat || *max == 0) {
      return Error("bad repetition {" + body + "}");
    }
    *quantified = true;
    return Status::OK();
  }

  Status ParsePrimary(Node* out) {
    SkipSpace();
    if (pos_ >= src_.size()) return Error("unexpected end");
    char c = src_[pos_];
    if (c == '(' || c == '<') {
      ++pos_;
      if (c == '<') {
        if (trigger_seen_) return Error("more than one trigger <...>");
        trigger_seen_ = true;
      }
      Node inner;
      NG_RETURN_IF_ERROR(ParseAlt(&inner));
      char close = c == '(' ? ')' : '>';
      if (!Peek(close)) return Error(std::string("missing '") + close + "'");
      ++pos_;
      if (c == '(') {
        *out = std::move(inner);
        return Status::OK();
      }
      out->type = Node::kTrigger;
      out->kids.push_back(std::move(inner));
      return Status::OK();
    }
    if (c == '~') {
      ++pos_;
      out->type = Node::kAny;
      return Status::OK();
    }
    if (c == '$') {
      ++pos_;
      out->type = Node::kEnd;
      return Status::OK();
    }
    if (c == '^') {
      ++pos_;
      out->type = Node::kStart;
      return Status::OK();
    }
    if (c == '{') return ParseSlot(out);
    if (c == '@') return ParseClass(out);
    if (IsSpecial(c)) return Error("unexpected '" + std::string(1, c) + "'");
    size_t start = pos_;
    while (pos_ < src_.size() && src_[pos_] != ' ' && src_[pos_] != '\t' && !IsSpecial(src_[pos_]))
      ++pos_;
    std::vector<int32_t> words = vocab_->InternPhrase(src_.substr(start, pos_ - start));
    if (words.empty())
      return Error("\"" + std::string(src_.substr(start, pos_ - start)) + "\" has no token");
    out->type = Node::kSeq;
    for (int32_t w : words) {
      Node word;
      word.type = Node::kWord;
      word.word = w;
      out->kids.push_back(std::move(word));
    }
    if (out->kids.size() == 1) {
      Node only = std::move(out->kids[0]);
      *out = std::move(only);
    }
    return Status::OK();
  }

  Status ParseClass(Node* out) {
    size_t start = ++pos_;
    while (pos_ < src_.size() && (std::isalnum(static_cast<unsigned char>(src_[pos_])) ||
                                  src_[pos_] == '_' || src_[pos_] == '.')) {
      ++pos_;
    }
    std::string_view name = src_.substr(start, pos_ - start);
    if (name == "WORD") {
      out->type = Node::kAnyWord;
    } else if (name == "NUMBER") {
      out->type = Node::kNumber;
    } else if (name == "ENTITY") {
      out->type = Node::kEntity;
    } else {
      const WordClass* cls = nullptr;
      Status s = classes_.Resolve(name, &cls);
      if (!s.ok()) return Error(s.message());
      if (cls->empty()) return Error("@" + std::string(name) + " is empty");
      out->type = Node::kClass;
      out->cls = cls;
    }
    return Status::OK();
  }

  Status ParseSlot(Node* out) {
    size_t close = src_.find('}', pos_);
    if (close == std::string_view::npos) return Error("unclosed '{'");
    std::string_view body = src_.substr(pos_ + 1, close - pos_ - 1);
    pos_ = close + 1;
    SlotSpec spec;
    if (body.empty() || (body[0] != 'S' && body[0] != 'T')) {
      return Error("bad slot {" + std::string(body) + "}: use {S} or {T}");
    }
    spec.role = body[0] == 'S' ? kSource : kTarget;
    spec.types = types_[spec.role];
    body.remove_prefix(1);
    if (!body.empty() && body[0] == ':') {
      size_t plus = body.find('+');
      std::string_view types = body.substr(1, plus == std::string_view::npos ? plus : plus - 1);
      spec.types = ParseTypeBits(types);
      if (spec.types == 0) return Error("bad slot types \"" + std::string(types) + "\"");
      body.remove_prefix(plus == std::string_view::npos ? body.size() : plus);
    }
    while (!body.empty()) {
      if (body[0] != '+') return Error("bad slot option \"" + std::string(body) + "\"");
      body.remove_prefix(1);
      size_t plus = body.find('+');
      std::string_view flag = body.substr(0, plus);
      if (flag == "dem") {
        spec.demonym = true;
      } else if (flag == "bare") {
        spec.bare = true;
      } else if (flag == "poss") {
        spec.possessive = true;
      } else if (flag == "hyphen") {
        spec.hyphen = true;
      } else if (flag == "attr") {
        spec.attributive = true;
      } else if (flag == "nocap") {
        spec.no_capital = true;
      } else if (flag == "name") {
        spec.name = true;
      } else if (flag == "nobranch") {
        spec.no_branch = true;
      } else {
        return Error("unknown slot option +" + std::string(flag) +
                     " (use dem, bare, poss, hyphen, attr, nocap, name, nobranch)");
      }
      body.remove_prefix(plus == std::string_view::npos ? body.size() : plus);
    }
    out->type = Node::kSlot;
    out->slot = static_cast<int>(out_->slots_.size());
    out_->slots_.push_back(spec);
    return Status::OK();
  }

  Status FirstWords(const Node& n, std::vector<int32_t>* out, bool* nullable) {
    switch (n.type) {
      case Node::kWord:
        out->push_back(n.word);
        *nullable = false;
        return Status::OK();
      case Node::kClass:
        n.cls->FirstWords(out);
        *nullable = false;
        return Status::OK();
      case Node::kSeq:
      case Node::kTrigger:
        *nullable = true;
        for (const Node& k : n.kids) {
          bool k_nullable = false;
          NG_RETURN_IF_ERROR(FirstWords(k, out, &k_nullable));
          if (!k_nullable) {
            *nullable = false;
            break;
          }
        }
        return Status::OK();
      case Node::kAlt:
        *nullable = false;
        for (const Node& k : n.kids) {
          bool k_nullable = false;
          NG_RETURN_IF_ERROR(FirstWords(k, out, &k_nullable));
          *nullable = *nullable || k_nullable;
        }
        return Status::OK();
      case Node::kRepeat: {
        bool k_nullable = false;
        NG_RETURN_IF_ERROR(FirstWords(n.kids[0], out, &k_nullable));
        *nullable = k_nullable || n.min == 0;
        return Status::OK();
      }
      case Node::kEnd:
      case Node::kStart:
      case Node::kNot:
        *nullable = true;
        return Status::OK();
      default:
        return Error("the trigger must begin with words or classes");
    }
  }

  // Records the trigger node once parsing is over (nodes move while parsing).
  const Node* FindTrigger(const Node& n) {
    if (n.type == Node::kTrigger) return &n;
    for (const Node& k : n.kids) {
      if (const Node* t = FindTrigger(k)) return t;
    }
    return nullptr;
  }

  void Emit(const Node& n) {
    std::vector<Pattern::Inst>& prog = out_->prog_;
    using Op = Pattern::Op;
    switch (n.type) {
      case Node::kSeq:
        for (size_t i = 0; i < n.kids.size(); ++i) Emit(n.kids[i]);
        return;
      case Node::kAlt: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i + 1 < n.kids.size(); ++i) {
          size_t split = prog.size();
          prog.push_back({Op::kSplit, 0, static_cast<int32_t>(split + 1), 0});
          Emit(n.kids[i]);
          jumps.push_back(prog.size());
          prog.push_back({Op::kJmp});
          prog[split].y = static_cast<int32_t>(prog.size());
        }
        Emit(n.kids.back());
        for (size_t j : jumps) prog[j].x = static_cast<int32_t>(prog.size());
        return;
      }
      case Node::kRepeat: {
        for (int i = 0; i < n.min; ++i) Emit(n.kids[0]);
        std::vector<size_t> splits;
        for (int i = n.min; i < n.max; ++i) {
          splits.push_back(prog.size());
          prog.push_back({Op::kSplit, 0, static_cast<int32_t>(prog.size() + 1), 0});
          Emit(n.kids[0]);
        }
        for (size_t s : splits) prog[s].y = static_cast<int32_t>(prog.size());
        return;
      }
      case Node::kTrigger:
        prog.push_back({Op::kSave, 0});
        Emit(n.kids[0]);
        prog.push_back({Op::kSave, 1});
        return;
      case Node::kWord:
        prog.push_back({Op::kWord, n.word});
        return;
      case Node::kClass:
        prog.push_back({Op::kClass, 0, 0, 0, n.cls});
        return;
      case Node::kSlot:
        prog.push_back({Op::kSlot, n.slot});
        return;
      case Node::kAny:
        prog.push_back({Op::kAny});
        return;
      case Node::kAnyWord:
        prog.push_back({Op::kAnyWord});
        return;
      case Node::kNumber:
        prog.push_back({Op::kNumber});
        return;
      case Node::kEntity:
        prog.push_back({Op::kEntity});
        return;
      case Node::kEnd:
        prog.push_back({Op::kEnd});
        return;
      case Node::kStart:
        prog.push_back({Op::kStart});
        return;
      case Node::kNot:
        // x = 1: the item before the current position.
        if (n.kids[0].type == Node::kWord) {
          prog.push_back({Op::kNotWord, n.kids[0].word, n.behind ? 1 : 0});
        } else if (n.kids[0].type == Node::kEntity) {
          prog.push_back({Op::kNotEntity, 0, n.behind ? 1 : 0});
        } else {
          prog.push_back({Op::kNotClass, 0, n.behind ? 1 : 0, 0, n.kids[0].cls});
        }
        return;
    }
  }

  Status Finish(const Node& root) {
    bool has[2] = {false, false};
    for (const SlotSpec& s : out_->slots_) has[s.role] = true;
    if (kind_ == Pattern::Kind::kRule) {
      if (!has[kSource] || !has[kTarget]) return Error("a rule needs both {S} and {T}");
      if (trigger_ == nullptr) return Error("a rule needs a <trigger>");
    } else {
      if (has[kSource] || has[kTarget]) return Error("slots are only allowed in rules");
      if (trigger_ != nullptr) return Error("a trigger <...> is only allowed in rules");
    }
    if (trigger_ != nullptr) {
      bool nullable = false;
      NG_RETURN_IF_ERROR(FirstWords(*trigger_, &out_->trigger_words_, &nullable));
      if (nullable) return Error("the trigger can match no word");
      std::sort(out_->trigger_words_.begin(), out_->trigger_words_.end());
      out_->trigger_words_.erase(
          std::unique(out_->trigger_words_.begin(), out_->trigger_words_.end()),
          out_->trigger_words_.end());
    }
    out_->coordinated_ = Coordinated(root);
    MarkObjects(root);
    MarkSubject(root);
    out_->starts_with_trigger_ = StartsWithTrigger(root);
    Emit(root);
    out_->prog_.push_back({Pattern::Op::kMatch});
    return Status::OK();
  }

  // Sets SlotSpec::object on the slots that directly follow the trigger
  // (maybe after one optional item) and that nothing but optional items
  // follows in the top-level sequence.
  void MarkObjects(const Node& root) {
    if (root.type != Node::kSeq) return;
    const std::vector<Node>& kids = root.kids;
    auto optional = [](const Node& k) {
      return (k.type == Node::kRepeat && k.min == 0) || k.type == Node::kNot ||
             k.type == Node::kEnd || k.type == Node::kStart;
    };
    for (size_t i = 1; i < kids.size(); ++i) {
      if (kids[i].type != Node::kSlot) continue;
      bool after_trigger = kids[i - 1].type == Node::kTrigger ||
                           (i >= 2 && optional(kids[i - 1]) && kids[i - 2].type == Node::kTrigger);
      bool at_end = true;
      for (size_t j = i + 1; j < kids.size(); ++j) at_end = at_end && optional(kids[j]);
      if (after_trigger && at_end) out_->slots_[kids[i].slot].object = true;
    }
  }

  // Sets SlotSpec::subject on a slot that begins the pattern, after "!x"
  // and "!^x" checks only ("!^@PREP {S} ...").
  void MarkSubject(const Node& root) {
    if (root.type != Node::kSeq) return;
    for (const Node& k : root.kids) {
      if (k.type == Node::kNot || k.type == Node::kStart) continue;
      if (k.type == Node::kSlot) out_->slots_[k.slot].subject = true;
      return;
    }
  }

  // True when the first item the pattern consumes is inside the trigger.
  static bool StartsWithTrigger(const Node& root) {
    if (root.type == Node::kTrigger) return true;
    if (root.type != Node::kSeq) return false;
    for (const Node& k : root.kids) {
      if (k.type == Node::kNot || k.type == Node::kStart) continue;
      return k.type == Node::kTrigger;
    }
    return false;
  }

  // "{S} and {T}" or "{T} and {S}" next to each other in one sequence.
  bool Coordinated(const Node& n) const {
    if (n.type == Node::kSeq) {
      for (size_t i = 0; i + 2 < n.kids.size(); ++i) {
        const Node& a = n.kids[i];
        const Node& conj = n.kids[i + 1];
        const Node& b = n.kids[i + 2];
        if (a.type == Node::kSlot && b.type == Node::kSlot && conj.type == Node::kWord &&
            conj.word == vocab_->Find("and") &&
            out_->slots_[a.slot].role != out_->slots_[b.slot].role) {
          return true;
        }
      }
    }
    for (const Node& k : n.kids) {
      if (Coordinated(k)) return true;
    }
    return false;
  }

  std::string_view src_;
  Pattern::Kind kind_;
  const ClassTable& classes_;
  Vocabulary* vocab_;
  std::array<uint8_t, 2> types_;
  Pattern* out_;
  size_t pos_ = 0;
  bool trigger_seen_ = false;
  const Node* trigger_ = nullptr;
};

Status Pattern::Compile(std::string_view source, Kind kind, const ClassTable& classes,
                        Vocabulary* vocab, std::array<uint8_t, 2> default_types, Pattern* out) {
  *out = Pattern();
  PatternCompiler compiler(source, kind, classes, vocab, default_types, out);
  return compiler.Run();
}

}  // namespace newsgraph::relations

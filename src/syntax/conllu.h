// Reading and writing CoNLL-U, the Universal Dependencies format
// (https://universaldependencies.org/format.html): one word per line with ten
// tab-separated columns ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC,
// sentences separated by blank lines, comments starting with '#'.
// Multiword tokens ("3-4 don't") and empty nodes ("8.1") are kept and written
// back unchanged; the parser works on the words.
#ifndef NEWSGRAPH_SYNTAX_CONLLU_H_
#define NEWSGRAPH_SYNTAX_CONLLU_H_

#include <istream>
#include <string>
#include <vector>

#include "util/status.h"

namespace newsgraph::syntax {

struct ConlluWord {
  std::string form, lemma = "_", upos = "_", xpos = "_", feats = "_";
  int head = -1;  // 0 = the root, 1..n = a word; -1 = "_" (not given)
  std::string deprel = "_", deps = "_", misc = "_";
};

// A line that is not a word: a multiword token or an empty node, written
// before word `before` (0-based; == words.size() for the end).
struct ConlluExtraLine {
  size_t before = 0;
  std::string line;
};

struct ConlluSentence {
  std::vector<std::string> comments;  // whole lines, with their '#'
  std::vector<ConlluWord> words;      // word i has ID i + 1
  std::vector<ConlluExtraLine> extra;
};

// Reads sentences one at a time from a stream. `name` is used in messages:
// "NAME:LINE: reason".
class ConlluReader {
 public:
  ConlluReader(std::istream* in, std::string name) : in_(in), name_(std::move(name)) {}
  // Reads the next sentence into *out. Returns false at the end of input or
  // on an error; status() tells which (ok at the end).
  bool Next(ConlluSentence* out);
  const Status& status() const { return status_; }

 private:
  bool Fail(const std::string& reason);
  std::istream* in_;
  std::string name_;
  size_t line_no_ = 0;
  Status status_;
};

// Reads a whole file. Errors: IOError when unreadable; InvalidArgument
// "PATH:LINE: reason" for a malformed line.
Status ReadConlluFile(const std::string& path, std::vector<ConlluSentence>* out);

// Appends the sentence in CoNLL-U, ending with a blank line.
void AppendConllu(const ConlluSentence& sentence, std::string* out);

}  // namespace newsgraph::syntax

#endif  // NEWSGRAPH_SYNTAX_CONLLU_H_

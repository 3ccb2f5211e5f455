#include "syntax/internal/word_features.h"

#include "syntax/internal/hash.h"

namespace newsgraph::syntax {
namespace {

// Byte length of the UTF-8 sequence starting with byte c (1 for bad bytes).
size_t SeqLen(unsigned char c) {
  if (c < 0xc0) return 1;
  if (c < 0xe0) return 2;
  if (c < 0xf0) return 3;
  return 4;
}

char ShapeClass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}

}  // namespace

std::string FoldForm(std::string_view form) {
  std::string s(form);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9')
      c = '0';
  }
  return s;
}

void ComputeWordHashes(const std::vector<std::string_view>& forms, std::vector<WordHashes>* out) {
  out->assign(forms.size(), WordHashes());
  std::string lower, shape;
  std::vector<size_t> starts;  // character starts in `lower`
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string_view f = forms[i];
    WordHashes& h = (*out)[i];
    lower = FoldForm(f);
    h.lower = HashBytes(lower);
    h.cased = HashBytes(f);
    shape.clear();
    for (size_t p = 0; p < f.size(); p += SeqLen(static_cast<unsigned char>(f[p]))) {
      char c = ShapeClass(static_cast<unsigned char>(f[p]));
      if (shape.empty() || shape.back() != c) shape.push_back(c);
    }
    h.shape = HashBytes(shape);
    h.first_upper = !f.empty() && f[0] >= 'A' && f[0] <= 'Z';
    starts.clear();
    for (size_t p = 0; p < lower.size(); p += SeqLen(static_cast<unsigned char>(lower[p]))) {
      starts.push_back(p);
    }
    size_t n = starts.size();
    for (size_t k = 0; k < 3; ++k) {
      size_t end = k + 1 < n ? starts[k + 1] : lower.size();
      h.prefix[k] = HashBytes(std::string_view(lower).substr(0, end)) + k;
    }
    for (size_t k = 0; k < 4; ++k) {
      size_t begin = k + 1 <= n ? starts[n - k - 1] : 0;
      h.suffix[k] = HashBytes(std::string_view(lower).substr(begin)) + 16 + k;
    }
  }
}

}  // namespace newsgraph::syntax

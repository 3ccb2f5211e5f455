// Benchmark corpus and synthetic gazetteer helpers (bench only; never linked
// into the library). The corpus is read from ../shared/data at run time and
// never copied into the project.
#ifndef NEWSGRAPH_BENCH_CORPUS_H_
#define NEWSGRAPH_BENCH_CORPUS_H_

#include <dirent.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace newsgraph::bench {

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

// Latin-1 bytes to UTF-8; control characters and SGML entities dropped.
inline std::string Latin1ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '&' && i + 1 < s.size() && s[i + 1] == '#') {  // &#3; etc.
      size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i < 8) {
        i = semi;
        continue;
      }
    }
    if (c < 0x20 && c != '\n' && c != '\t') continue;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// The <BODY> texts of Reuters-21578 (about 19,000 articles, 18 MB), or empty
// when ../shared is absent.
inline std::vector<std::string> ReutersBodies(const std::string& shared_dir) {
  std::vector<std::string> docs;
  const std::string dir = shared_dir + "/data/reuters-21578";
  for (int i = 0; i < 22; ++i) {
    char name[32];
    std::snprintf(name, sizeof(name), "/reut2-%03d.sgm", i);
    std::string sgm = ReadAll(dir + name);
    size_t pos = 0;
    while ((pos = sgm.find("<BODY>", pos)) != std::string::npos) {
      size_t end = sgm.find("</BODY>", pos);
      if (end == std::string::npos) break;
      docs.push_back(Latin1ToUtf8(std::string_view(sgm).substr(pos + 6, end - pos - 6)));
      pos = end;
    }
  }
  return docs;
}

inline double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

// Writes a synthetic gazetteer of `n` distinct names of 1-4 words to `path`:
// words are drawn from pseudo-words and from capitalised words of the corpus,
// so that many names share tokens with real text (a match-heavy load).
inline void WriteSyntheticGazetteer(const std::string& path, size_t n,
                                    const std::vector<std::string>& corpus) {
  std::mt19937_64 rng(42);
  std::unordered_map<std::string, int> freq;
  for (size_t d = 0; d < corpus.size() && d < 5000; ++d) {
    std::istringstream in(corpus[d]);
    std::string w;
    while (in >> w) {
      if (w.size() > 2 && w[0] >= 'A' && w[0] <= 'Z' && std::all_of(w.begin(), w.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c));
          })) {
        ++freq[w];
      }
    }
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (auto& [w, f] : freq) ranked.emplace_back(-f, w);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> real;
  for (size_t i = 0; i < ranked.size() && i < 3000; ++i) real.push_back(ranked[i].second);
  static const char* kSyl[] = {"ka", "lo", "mi", "ra", "ven", "tor", "sa", "ni", "el", "dor",
                               "ba", "zu", "ri", "an", "kel", "mar", "os", "ti", "no", "gra"};
  std::vector<std::string> pseudo;
  for (int i = 0; i < 40000; ++i) {
    std::string w;
    int k = 2 + static_cast<int>(rng() % 3);
    for (int j = 0; j < k; ++j) w += kSyl[rng() % 20];
    w[0] = static_cast<char>(w[0] - 32);
    pseudo.push_back(w);
  }
  std::ofstream out(path);
  out << "id\ttype\tname\n";
  std::unordered_map<std::string, bool> seen;
  seen.reserve(n * 2);
  size_t written = 0;
  while (written < n) {
    int words = 1 + static_cast<int>(rng() % 4);
    std::string name;
    for (int j = 0; j < words; ++j) {
      if (j) name.push_back(' ');
      bool use_real = !real.empty() && rng() % 10 < 3;
      name += use_real ? real[rng() % real.size()] : pseudo[rng() % pseudo.size()];
    }
    if (!seen.emplace(name, true).second) continue;
    out << "syn:" << written << '\t' << ((written & 1) ? "ORG" : "PERSON") << '\t' << name << '\n';
    ++written;
  }
}

}  // namespace newsgraph::bench

#endif  // NEWSGRAPH_BENCH_CORPUS_H_

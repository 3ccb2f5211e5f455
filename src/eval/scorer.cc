#include "eval/scorer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include "text/utf8.h"

namespace newsgraph::eval {
namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------
// NormalizeName: NFKC + casefold by table, then score.py's regular expressions.

// Code points whose NFKC + casefold is not the neighbouring code point of a
// regular upper/lower pair (generated with Python's unicodedata; sorted).
struct Special {
  char32_t cp;
  const char* to;  // UTF-8
};
// clang-format off
constexpr Special kSpecial[] = {
    {0x00A0, " "},           {0x00A8, " \u0308"},     {0x00AA, "a"},
    {0x00AF, " \u0304"},     {0x00B2, "2"},           {0x00B3, "3"},
    {0x00B4, " \u0301"},     {0x00B5, "\u03BC"},      {0x00B8, " \u0327"},
    {0x00B9, "1"},           {0x00BA, "o"},           {0x00BC, "1\u20444"},
    {0x00BD, "1\u20442"},    {0x00BE, "3\u20444"},    {0x00DF, "ss"},
    {0x0130, "i\u0307"},     {0x0132, "ij"},          {0x0133, "ij"},
    {0x013F, "l\u00B7"},     {0x0140, "l\u00B7"},     {0x0149, "\u02BCn"},
    {0x0178, "\u00FF"},      {0x017F, "s"},           {0x01C4, "d\u017E"},
    {0x01C5, "d\u017E"},     {0x01C6, "d\u017E"},     {0x01C7, "lj"},
    {0x01C8, "lj"},          {0x01C9, "lj"},          {0x01CA, "nj"},
    {0x01CB, "nj"},          {0x01CC, "nj"},          {0x01F0, "j\u030C"},
    {0x01F1, "dz"},          {0x01F2, "dz"},          {0x01F3, "dz"},
    {0x01F6, "\u0195"},      {0x01F7, "\u01BF"},      {0x0220, "\u019E"},
    {0x0374, "\u02B9"},      {0x037A, " \u03B9"},     {0x037E, ";"},
    {0x037F, "\u03F3"},      {0x0384, " \u0301"},     {0x0385, " \u0308\u0301"},
    {0x0386, "\u03AC"},      {0x0387, "\u00B7"},      {0x0388, "\u03AD"},
    {0x0389, "\u03AE"},      {0x038A, "\u03AF"},      {0x038C, "\u03CC"},
    {0x038E, "\u03CD"},      {0x038F, "\u03CE"},      {0x0390, "\u03B9\u0308\u0301"},
    {0x03B0, "\u03C5\u0308\u0301"}, {0x03C2, "\u03C3"}, {0x03CF, "\u03D7"},
    {0x03D0, "\u03B2"},      {0x03D1, "\u03B8"},      {0x03D2, "\u03C5"},
    {0x03D3, "\u03CD"},      {0x03D4, "\u03CB"},      {0x03D5, "\u03C6"},
    {0x03D6, "\u03C0"},      {0x03F0, "\u03BA"},      {0x03F1, "\u03C1"},
    {0x03F2, "\u03C3"},      {0x03F4, "\u03B8"},      {0x03F5, "\u03B5"},
    {0x03F9, "\u03C3"},      {0x03FD, "\u037B"},      {0x03FE, "\u037C"},
    {0x03FF, "\u037D"},      {0x04C0, "\u04CF"},      {0x1E96, "h\u0331"},
    {0x1E97, "t\u0308"},     {0x1E98, "w\u030A"},     {0x1E99, "y\u030A"},
    {0x1E9A, "a\u02BE"},     {0x1E9B, "\u1E61"},      {0x1E9E, "ss"},
    {0x2011, "\u2010"},      {0x2017, " \u0333"},     {0x2024, "."},
    {0x2025, ".."},          {0x2026, "..."},         {0x202F, " "},
    {0x2033, "\u2032\u2032"}, {0x2034, "\u2032\u2032\u2032"}, {0x2036, "\u2035\u2035"},
    {0x2037, "\u2035\u2035\u2035"}, {0x203C, "!!"},   {0x203E, " \u0305"},
    {0x2047, "??"},          {0x2048, "?!"},          {0x2049, "!?"},
    {0x2057, "\u2032\u2032\u2032\u2032"}, {0x205F, " "}, {0x3000, " "},
    {0xFB00, "ff"},          {0xFB01, "fi"},          {0xFB02, "fl"},
    {0xFB03, "ffi"},         {0xFB04, "ffl"},         {0xFB05, "st"},
    {0xFB06, "st"},
};
// clang-format on

// Ranges of upper/lower pairs: an upper-case letter is followed by its lower
// case. `upper_parity` is the parity of the upper-case members.
struct PairRange {
  char32_t first, last;
  int upper_parity;
};
constexpr PairRange kPairs[] = {
    {0x0100, 0x0137, 0}, {0x0139, 0x0148, 1}, {0x014A, 0x0177, 0}, {0x0179, 0x017E, 1},
    {0x01A0, 0x01A5, 0}, {0x01AF, 0x01B0, 1}, {0x01CD, 0x01DC, 1}, {0x01DE, 0x01EF, 0},
    {0x01F4, 0x01F5, 0}, {0x01F8, 0x021F, 0}, {0x0222, 0x0233, 0}, {0x0370, 0x0373, 0},
    {0x0376, 0x0377, 0}, {0x03D8, 0x03EF, 0}, {0x03F7, 0x03F8, 1}, {0x03FA, 0x03FB, 0},
    {0x0460, 0x0481, 0}, {0x048A, 0x04BF, 0}, {0x04C1, 0x04CE, 1}, {0x04D0, 0x04FF, 0},
    {0x1E00, 0x1E95, 0}, {0x1EA0, 0x1EFF, 0},
};

// NFKC + casefold of one code point, appended to *out.
void AppendFolded(char32_t cp, std::u32string* out) {
  auto special = std::lower_bound(std::begin(kSpecial), std::end(kSpecial), cp,
                                  [](const Special& s, char32_t c) { return s.cp < c; });
  if (special != std::end(kSpecial) && special->cp == cp) {
    std::string_view to = special->to;
    size_t i = 0;
    while (i < to.size()) out->push_back(text::DecodeAt(to, &i));
    return;
  }
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
      (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F)) {
    cp += 0x20;
  } else if (cp >= 0x400 && cp <= 0x40F) {
    cp += 0x50;
  } else if (cp >= 0x2000 && cp <= 0x200A) {
    cp = ' ';
  } else {
    for (const PairRange& r : kPairs) {
      if (cp >= r.first && cp <= r.last) {
        if (static_cast<int>(cp & 1) == r.upper_parity) ++cp;
        break;
      }
    }
  }
  out->push_back(cp);
}

// Python's \s (str.isspace()).
bool IsPySpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// Python's \w (str.isalnum() or '_'): exact below U+0500, approximated above
// (punctuation and symbol blocks are not word characters, the rest are).
bool IsPyWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  if (c < 0x500) {
    static constexpr std::pair<char32_t, char32_t> kWord[] = {
        {0xAA, 0xAA},   {0xB2, 0xB3},   {0xB5, 0xB5},   {0xB9, 0xBA},   {0xBC, 0xBE},
        {0xC0, 0xD6},   {0xD8, 0xF6},   {0xF8, 0x2C1},  {0x2C6, 0x2D1}, {0x2E0, 0x2E4},
        {0x2EC, 0x2EC}, {0x2EE, 0x2EE}, {0x370, 0x374}, {0x376, 0x377}, {0x37A, 0x37D},
        {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A}, {0x38C, 0x38C}, {0x38E, 0x3A1},
        {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x4FF},
    };
    for (const auto& [lo, hi] : kWord) {
      if (c >= lo && c <= hi) return true;
    }
    return false;
  }
  if (c <= 0x206F && c >= 0x2000) return false;  // General Punctuation
  if (c >= 0x20A0 && c <= 0x20FF) return false;  // currency, combining marks for symbols
  if (c >= 0x2190 && c <= 0x245F) return false;  // arrows, mathematical, technical
  if (c >= 0x2500 && c <= 0x2BFF) return false;  // box drawing, shapes, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFFFD) return false;
  return true;
}

bool IsCollapsible(char32_t c) { return IsPySpace(c) || c == '-' || (c >= 0x2010 && c <= 0x2015); }

// ---------------------------------------------------------------------------
// Reading gold and graph JSON.

constexpr std::string_view kCore[] = {"meets", "succeeds", "deploys"};
constexpr std::string_view kSymmetric[] = {"meets", "signs_agreement"};

bool Contains(const auto& list, std::string_view s) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

int EntityIndex(std::string_view type) {
  for (size_t i = 0; i < kEntityTypes.size(); ++i) {
    if (kEntityTypes[i] == type) return static_cast<int>(i);
  }
  return -1;
}

// Python truthiness of a JSON value.
bool Truthy(const json& j) {
  switch (j.type()) {
    case json::value_t::null:
      return false;
    case json::value_t::boolean:
      return j.get<bool>();
    case json::value_t::string:
      return !j.get_ref<const std::string&>().empty();
    case json::value_t::array:
    case json::value_t::object:
      return !j.empty();
    case json::value_t::number_float:
      return j.get<double>() != 0.0;
    default:
      return j != 0;
  }
}

bool TruthyMember(const json& obj, const char* name) {
  auto it = obj.find(name);
  return it != obj.end() && Truthy(*it);
}

// A float as Python's json.dumps writes it (repr()): the shortest digits that
// round-trip, positional for exponents -5 < e < 16, else as 1e-05 / 1.5e+16.
std::string PyFloatRepr(double v) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // "-d.ddde+XX"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  size_t e_pos = sci.find('e');
  std::string digits = sci.substr(0, e_pos);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  int exp = std::stoi(sci.substr(e_pos + 1));
  if (exp < -4 || exp >= 16) {
    std::string mant = digits.substr(0, 1);
    if (digits.size() > 1) mant += "." + digits.substr(1);
    char e[16];
    std::snprintf(e, sizeof(e), "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    return sign + mant + e;
  }
  if (exp < 0) return sign + "0." + std::string(-exp - 1, '0') + digits;
  if (static_cast<int>(digits.size()) <= exp + 1) {
    return sign + digits + std::string(exp + 1 - digits.size(), '0') + ".0";
  }
  return sign + digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
}

// Python's str() of a JSON scalar used as a node id.
std::string PyStr(const json& j) {
  switch (j.type()) {
    case json::value_t::string:
      return j.get<std::string>();
    case json::value_t::null:
      return "None";
    case json::value_t::boolean:
      return j.get<bool>() ? "True" : "False";
    case json::value_t::number_float:
      return PyFloatRepr(j.get<double>());
    default:
      return j.dump();
  }
}

bool IsScalar(const json& j) { return !j.is_array() && !j.is_object() && !j.is_discarded(); }

Status Invalid(std::string_view file, const std::string& where, std::string_view what) {
  return Status::InvalidArgument(std::string(file) + ": " + where + ": " + std::string(what));
}

// The array member `name` of `obj`: an error when it is missing and
// `required`, an empty array when it is missing and not required.
Status ArrayMember(const json& obj, const char* name, bool required, std::string_view file,
                   const std::string& where, const json** out) {
  static const json kEmpty = json::array();
  auto it = obj.find(name);
  if (it == obj.end()) {
    if (required) return Invalid(file, where, std::string("missing \"") + name + "\"");
    *out = &kEmpty;
    return Status::OK();
  }
  if (!it->is_array()) {
    return Invalid(file, where, std::string("\"") + name + "\" must be an array");
  }
  *out = &*it;
  return Status::OK();
}

Status StringMember(const json& obj, const char* name, std::string_view file,
                    const std::string& where, std::string* out) {
  auto it = obj.find(name);
  if (it == obj.end() || !it->is_string()) {
    return Invalid(file, where, std::string("\"") + name + "\" must be a string");
  }
  *out = it->get<std::string>();
  return Status::OK();
}

struct GoldEntity {
  std::string key, type;
  std::vector<std::string> names;
  bool optional = false;
};

struct GoldRelation {
  std::string type, source, target;
  bool optional = false;
  bool extended_tier = false;  // "tier": "extended"
};

Status ReadGold(const json& gold, std::string_view file, std::vector<GoldEntity>* entities,
                std::vector<GoldRelation>* relations) {
  if (!gold.is_object()) return Invalid(file, "document", "must be a JSON object");
  const json* list = nullptr;
  NG_RETURN_IF_ERROR(ArrayMember(gold, "entities", true, file, "document", &list));
  for (size_t i = 0; i < list->size(); ++i) {
    const json& e = (*list)[i];
    std::string where = "entities[" + std::to_string(i) + "]";
    if (!e.is_object()) return Invalid(file, where, "must be an object");
    GoldEntity g;
    NG_RETURN_IF_ERROR(StringMember(e, "key", file, where, &g.key));
    NG_RETURN_IF_ERROR(StringMember(e, "type", file, where, &g.type));
    g.optional = TruthyMember(e, "optional");
    auto names = e.find("names");
    if (names == e.end() || !names->is_array() ||
        !std::all_of(names->begin(), names->end(), [](const json& n) { return n.is_string(); })) {
      return Invalid(file, where, "\"names\" must be an array of strings");
    }
    for (const json& n : *names) g.names.push_back(n.get<std::string>());
    if (!g.optional && EntityIndex(g.type) < 0) {
      return Invalid(file, where, "type \"" + g.type + "\" is not PERSON, COUNTRY or ORG");
    }
    if (!g.optional && g.names.empty()) return Invalid(file, where, "\"names\" is empty");
    entities->push_back(std::move(g));
  }
  NG_RETURN_IF_ERROR(ArrayMember(gold, "relations", true, file, "document", &list));
  for (size_t i = 0; i < list->size(); ++i) {
    const json& r = (*list)[i];
    std::string where = "relations[" + std::to_string(i) + "]";
    if (!r.is_object()) return Invalid(file, where, "must be an object");
    GoldRelation g;
    NG_RETURN_IF_ERROR(StringMember(r, "type", file, where, &g.type));
    NG_RETURN_IF_ERROR(StringMember(r, "source", file, where, &g.source));
    NG_RETURN_IF_ERROR(StringMember(r, "target", file, where, &g.target));
    g.optional = TruthyMember(r, "optional");
    auto tier = r.find("tier");
    g.extended_tier = tier != r.end() && *tier == "extended";
    relations->push_back(std::move(g));
  }
  return Status::OK();
}

// ---------------------------------------------------------------------------
// Matching.

using EdgeKey = std::tuple<std::string, std::string, std::string>;

EdgeKey MakeEdgeKey(const std::string& type, std::string a, std::string b) {
  if (Contains(kSymmetric, type) && b < a) std::swap(a, b);
  return {type, std::move(a), std::move(b)};
}

std::string FormatEdgeKey(const EdgeKey& k) {
  return std::get<0>(k) + "(" + std::get<1>(k) + "," + std::get<2>(k) + ")";
}

// Fills node_to_key and the entity half of *out.
Status MatchEntities(const std::vector<GoldEntity>& gold, const json& graph, std::string_view file,
                     std::map<json, std::string>* node_to_key, DocScore* out) {
  std::map<std::pair<std::string, std::string>, std::string> gold_by_name;
  for (const GoldEntity& g : gold) {
    for (const std::string& n : g.names) {
      gold_by_name.emplace(std::pair(g.type, NormalizeName(n)), g.key);  // first one wins
    }
  }
  const json* nodes = nullptr;
  NG_RETURN_IF_ERROR(ArrayMember(graph, "nodes", false, file, "document", &nodes));
  // The scored nodes: PERSON, COUNTRY and ORG, in order.
  std::vector<const json*> scored;
  std::set<std::string> taken_keys;
  for (size_t i = 0; i < nodes->size(); ++i) {
    const json& node = (*nodes)[i];
    std::string where = "nodes[" + std::to_string(i) + "]";
    if (!node.is_object()) return Invalid(file, where, "must be an object");
    auto type = node.find("type");
    if (type == node.end() || !type->is_string() || EntityIndex(type->get<std::string>()) < 0) {
      continue;
    }
    auto id = node.find("id");
    if (id == node.end() || !IsScalar(*id)) return Invalid(file, where, "\"id\" must be a scalar");
    std::vector<std::string> names;
    auto name = node.find("name");
    if (name != node.end() && !name->is_string()) {
      return Invalid(file, where, "\"name\" must be a string");
    }
    names.push_back(name == node.end() ? "" : name->get<std::string>());
    auto aliases = node.find("aliases");
    if (aliases != node.end() && Truthy(*aliases)) {
      if (!aliases->is_array()) return Invalid(file, where, "\"aliases\" must be an array");
      for (const json& a : *aliases) {
        if (!a.is_string()) return Invalid(file, where, "\"aliases\" must hold strings");
        names.push_back(a.get<std::string>());
      }
    }
    scored.push_back(&node);
    const std::string& node_type = type->get_ref<const std::string&>();
    for (const std::string& n : names) {
      auto hit = gold_by_name.find(std::pair(node_type, NormalizeName(n)));
      if (hit != gold_by_name.end() && taken_keys.insert(hit->second).second) {
        (*node_to_key)[*id] = hit->second;
        break;
      }
    }
  }
  for (const GoldEntity& g : gold) {
    if (g.optional) continue;  // neutral: neither credit nor penalty
    Counts& c = out->entities[EntityIndex(g.type)];
    if (taken_keys.count(g.key)) {
      ++c.tp;
    } else {
      ++c.fn;
      out->details.entity_misses.push_back(g.type + ":" + g.names[0]);
    }
  }
  for (const json* node : scored) {
    if (node_to_key->count(node->at("id"))) continue;
    const std::string& type = node->at("type").get_ref<const std::string&>();
    ++out->entities[EntityIndex(type)].fp;
    auto name = node->find("name");
    out->details.entity_extras.push_back(type + ":" +
                                         (name == node->end() ? "None" : name->get<std::string>()));
  }
  return Status::OK();
}

Status MatchRelations(const std::vector<GoldRelation>& gold, const json& graph,
                      std::string_view file, const std::map<json, std::string>& node_to_key,
                      DocScore* out) {
  std::set<std::string, std::less<>> vocab(std::begin(kCore), std::end(kCore));
  // Gold relations by key, in order of first appearance; a repeated key
  // keeps its place and takes the later relation (a Python dict).
  std::vector<std::pair<EdgeKey, const GoldRelation*>> gold_rel;
  std::map<EdgeKey, size_t> gold_index;
  for (const GoldRelation& r : gold) {
    vocab.insert(r.type);
    EdgeKey k = MakeEdgeKey(r.type, r.source, r.target);
    auto [it, inserted] = gold_index.emplace(k, gold_rel.size());
    if (inserted) {
      gold_rel.emplace_back(std::move(k), &r);
    } else {
      gold_rel[it->second].second = &r;
    }
  }
  const json* edges = nullptr;
  NG_RETURN_IF_ERROR(ArrayMember(graph, "edges", false, file, "document", &edges));
  std::set<EdgeKey> found, unmatched_seen;
  std::vector<EdgeKey> unmatched;
  for (size_t i = 0; i < edges->size(); ++i) {
    const json& e = (*edges)[i];
    std::string where = "edges[" + std::to_string(i) + "]";
    if (!e.is_object()) return Invalid(file, where, "must be an object");
    auto type = e.find("type");
    if (type == e.end() || !type->is_string() || !vocab.count(type->get<std::string>())) continue;
    std::string ends[2];
    const char* members[2] = {"source", "target"};
    for (int k = 0; k < 2; ++k) {
      auto it = e.find(members[k]);
      json id = it == e.end() ? json(nullptr) : *it;
      if (!IsScalar(id)) {
        return Invalid(file, where, std::string("\"") + members[k] + "\" must be a scalar");
      }
      auto key = node_to_key.find(id);
      ends[k] = key != node_to_key.end() && !key->second.empty() ? key->second : "?" + PyStr(id);
    }
    EdgeKey k = MakeEdgeKey(type->get<std::string>(), ends[0], ends[1]);
    if (gold_index.count(k)) {
      found.insert(k);
    } else if (unmatched_seen.insert(k).second) {
      unmatched.push_back(k);
    }
  }
  for (const auto& [k, r] : gold_rel) {
    Counts& tier = Contains(kCore, r->type) && !r->extended_tier ? out->core : out->extended;
    if (r->optional) continue;  // neutral: neither credit nor penalty
    if (found.count(k)) {
      ++tier.tp;
    } else {
      ++tier.fn;
      out->details.relation_misses.push_back(FormatEdgeKey(k));
    }
  }
  for (const EdgeKey& k : unmatched) {
    ++(Contains(kCore, std::get<0>(k)) ? out->core : out->extended).fp;
    out->details.relation_extras.push_back(FormatEdgeKey(k));
  }
  return Status::OK();
}

// ---------------------------------------------------------------------------
// Report.

void AppendAll(const std::vector<std::string>& from, std::string_view stem,
               std::vector<std::string>* to) {
  for (const std::string& s : from) to->push_back(stem.empty() ? s : std::string(stem) + ":" + s);
}

// Python's json.dumps of a string (ensure_ascii).
std::string PyJsonString(const std::string& s) {
  return json(s).dump(-1, ' ', /*ensure_ascii=*/true, json::error_handler_t::replace);
}

}  // namespace

void Counts::Add(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
}

double Counts::Precision() const {
  return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0;
}

double Counts::Recall() const {
  return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0;
}

double Counts::F1() const {
  double p = Precision(), r = Recall();
  return p + r != 0.0 ? 2 * p * r / (p + r) : 0.0;
}

void Totals::Add(const DocScore& doc, std::string_view stem) {
  for (size_t i = 0; i < entities.size(); ++i) entities[i].Add(doc.entities[i]);
  core.Add(doc.core);
  extended.Add(doc.extended);
  AppendAll(doc.details.entity_misses, stem, &details.entity_misses);
  AppendAll(doc.details.entity_extras, stem, &details.entity_extras);
  AppendAll(doc.details.relation_misses, stem, &details.relation_misses);
  AppendAll(doc.details.relation_extras, stem, &details.relation_extras);
  ++documents;
}

std::string NormalizeName(std::string_view name) {
  std::string repaired;
  if (!text::IsValidUtf8(name)) {
    repaired = text::RepairUtf8(name);
    name = repaired;
  }
  std::u32string s;
  for (size_t i = 0; i < name.size();) AppendFolded(text::DecodeAt(name, &i), &s);
  for (char32_t& c : s) {
    if (c == 0x2019) c = '\'';
  }
  // re.sub(r"'s\b", "", s), then s.replace(".", "").
  std::u32string t;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == 's' &&
        (i + 2 == s.size() || !IsPyWordChar(s[i + 2]))) {
      ++i;
      continue;
    }
    t.push_back(s[i]);
  }
  std::erase(t, U'.');
  // re.sub(r"[\s\-\u2010-\u2015]+", " ", s).strip()
  std::string out;
  bool pending_space = false;
  for (char32_t c : t) {
    if (IsCollapsible(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    text::AppendUtf8(c, &out);
  }
  return out;
}

Status ScoreDocument(const json& gold, const json& graph, std::string_view gold_name,
                     std::string_view graph_name, DocScore* out) {
  *out = DocScore();
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;
  NG_RETURN_IF_ERROR(ReadGold(gold, gold_name, &entities, &relations));
  if (!graph.is_object()) return Invalid(graph_name, "document", "must be a JSON object");
  std::map<json, std::string> node_to_key;
  NG_RETURN_IF_ERROR(MatchEntities(entities, graph, graph_name, &node_to_key, out));
  return MatchRelations(relations, graph, graph_name, node_to_key, out);
}

Status ScoreDocument(const json& gold, const json& graph, DocScore* out) {
  return ScoreDocument(gold, graph, "gold", "graph", out);
}

Status LoadJsonFile(const std::string& path, json* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  try {
    *out = json::parse(buf.str());
  } catch (const json::parse_error& e) {
    return Status::InvalidArgument(path + ": invalid JSON: " + e.what());
  }
  return Status::OK();
}

Status ScoreFiles(const std::string& gold_path, const std::string& graph_path, DocScore* out) {
  json gold, graph;
  NG_RETURN_IF_ERROR(LoadJsonFile(gold_path, &gold));
  NG_RETURN_IF_ERROR(LoadJsonFile(graph_path, &graph));
  return ScoreDocument(gold, graph, gold_path, graph_path, out);
}

Status ScoreDirectory(const std::string& gold_dir, const std::string& graph_dir, Totals* totals,
                      std::vector<std::string>* warnings) {
  namespace fs = std::filesystem;
  constexpr std::string_view kSuffix = ".gold.json";
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(gold_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.size() >= kSuffix.size() && name.ends_with(kSuffix)) names.push_back(name);
  }
  if (ec) return Status::IOError(gold_dir + ": " + ec.message());
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string stem = name.substr(0, name.size() - kSuffix.size());
    std::string gold_path = (fs::path(gold_dir) / name).string();
    std::string graph_path = (fs::path(graph_dir) / (stem + ".json")).string();
    json gold, graph = {{"nodes", json::array()}, {"edges", json::array()}};
    NG_RETURN_IF_ERROR(LoadJsonFile(gold_path, &gold));
    if (fs::exists(graph_path)) {
      NG_RETURN_IF_ERROR(LoadJsonFile(graph_path, &graph));
    } else {
      warnings->push_back("missing graph for " + stem + ": scored as empty");
    }
    DocScore doc;
    NG_RETURN_IF_ERROR(ScoreDocument(gold, graph, gold_path, graph_path, &doc));
    totals->Add(doc, stem);
  }
  return Status::OK();
}

void PrintReport(const Totals& totals, bool as_json, std::ostream& out) {
  std::vector<std::pair<std::string, const Counts*>> rows;
  Counts all;
  for (size_t i = 0; i < kEntityTypes.size(); ++i) {
    all.Add(totals.entities[i]);
    rows.emplace_back("entity_" + std::string(kEntityTypes[i]), &totals.entities[i]);
  }
  rows.emplace_back("entity_all", &all);
  rows.emplace_back("relation_core", &totals.core);
  rows.emplace_back("relation_extended", &totals.extended);
  const std::pair<const char*, const std::vector<std::string>*> details[] = {
      {"entity_misses", &totals.details.entity_misses},
      {"entity_extras", &totals.details.entity_extras},
      {"relation_misses", &totals.details.relation_misses},
      {"relation_extras", &totals.details.relation_extras},
  };
  if (as_json) {
    // json.dumps({"scores": ..., "details": ...}, indent=1)
    out << "{\n \"scores\": {\n";
    for (size_t i = 0; i < rows.size(); ++i) {
      const Counts& c = *rows[i].second;
      out << "  " << PyJsonString(rows[i].first) << ": [\n   " << PyFloatRepr(c.Precision())
          << ",\n   " << PyFloatRepr(c.Recall()) << ",\n   " << PyFloatRepr(c.F1()) << "\n  ]"
          << (i + 1 < rows.size() ? ",\n" : "\n");
    }
    out << " },\n \"details\": {";
    if (totals.documents == 0) {
      out << "}\n}\n";
      return;
    }
    out << "\n";
    for (size_t i = 0; i < std::size(details); ++i) {
      const std::vector<std::string>& items = *details[i].second;
      out << "  " << PyJsonString(details[i].first) << ": [";
      for (size_t k = 0; k < items.size(); ++k) {
        out << (k == 0 ? "\n   " : ",\n   ") << PyJsonString(items[k]);
      }
      out << (items.empty() ? "]" : "\n  ]") << (i + 1 < std::size(details) ? ",\n" : "\n");
    }
    out << " }\n}\n";
    return;
  }
  for (const auto& [name, c] : rows) {
    char line[128];
    std::snprintf(line, sizeof(line), "%-20s P=%.3f R=%.3f F1=%.3f\n", name.c_str(), c->Precision(),
                  c->Recall(), c->F1());
    out << line;
  }
  for (const auto& [key, items] : details) {
    if (items->empty()) continue;
    out << key << ": ";
    for (size_t k = 0; k < items->size() && k < 40; ++k) out << (k ? "; " : "") << (*items)[k];
    out << "\n";
  }
}

}  // namespace newsgraph::eval

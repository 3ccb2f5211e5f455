#include "gazetteer/gazetteer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "text/utf8.h"
#include "util/dates.h"

namespace newsgraph::gazetteer {
namespace {

// Splits `s` on `sep` into *out (cleared first; its capacity is reused).
void SplitInto(std::string_view s, char sep, std::vector<std::string_view>* out) {
  out->clear();
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out->push_back(s.substr(start));
      return;
    }
    out->push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  SplitInto(s, sep, &out);
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Splits a multi-valued field on '|', dropping empty values.
std::vector<std::string> Values(std::string_view field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  for (std::string_view v : Split(field, '|')) {
    v = Trim(v);
    if (!v.empty()) out.emplace_back(v);
  }
  return out;
}

bool IsType(std::string_view t) {
  if (t.empty()) return false;
  return std::all_of(t.begin(), t.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

bool IsId(std::string_view id) {
  size_t colon = id.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == id.size()) return false;
  return std::none_of(id.begin(), id.end(),
                      [](char c) { return c == ' ' || c == '\t' || c == '|'; });
}

// "ä ö ü ß" (either case) written as "ae oe ue ss"; other text unchanged.
std::string FoldUmlauts(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 4);
  for (size_t i = 0; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xC3 && i + 1 < text.size()) {
      const char* rep = nullptr;
      switch (static_cast<unsigned char>(text[i + 1])) {
        case 0xA4:
          rep = "ae";
          break;
        case 0xB6:
          rep = "oe";
          break;
        case 0xBC:
          rep = "ue";
          break;
        case 0x84:
          rep = "Ae";
          break;
        case 0x96:
          rep = "Oe";
          break;
        case 0x9C:
          rep = "Ue";
          break;
        case 0x9F:
          rep = "ss";
          break;
        default:
          break;
      }
      if (rep != nullptr) {
        out += rep;
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool HasName(const Entry& e, const std::string& text, NameKind kind) {
  return std::any_of(e.names.begin(), e.names.end(),
                     [&](const Name& n) { return n.text == text && n.kind == kind; });
}

enum Column {
  kId,
  kType,
  kNameCol,
  kAliases,
  kAcronyms,
  kDemonyms,
  kCapitals,
  kAmbiguous,
  kShortForms,
  kCase,
  kRole,
  kAffiliation,
  kStart,
  kEnd,
  kParent,
  kCountry,
  kKind,
  kNumColumns
};

constexpr const char* kColumnNames[kNumColumns] = {
    "id",       "type",      "name",       "aliases", "acronyms", "demonyms",
    "capitals", "ambiguous", "shortforms", "case",    "role",     "affiliation",
    "start",    "end",       "parent",     "country", "kind"};

}  // namespace

CasePolicy AutoCasePolicy(std::string_view name) {
  size_t letters = 0;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return CasePolicy::kTitle;
    if (c >= 'A' && c <= 'Z') ++letters;
    if (c == ' ') return CasePolicy::kTitle;
  }
  return letters > 0 && letters <= 6 ? CasePolicy::kExact : CasePolicy::kTitle;
}

Status Gazetteer::Add(Entry entry) {
  if (from_image_) return Status::InvalidArgument(entry.id + ": a gazetteer image cannot grow");
  std::string where = entry.source.empty() ? entry.id : entry.source;
  NG_RETURN_IF_ERROR(Merge(std::move(entry), where));
  Seal();
  return Status::OK();
}

Status Gazetteer::Merge(Entry entry, const std::string& where) {
  auto it = index_.find(entry.id);
  if (it == index_.end()) {
    index_.emplace(entry.id, static_cast<uint32_t>(loaded_.size()));
    if (entry.source.empty()) entry.source = where;
    loaded_.push_back(std::move(entry));
    return Status::OK();
  }
  Entry& old = loaded_[it->second];
  if (old.type != entry.type) {
    return Status::InvalidArgument(where + ": id " + entry.id + " has type " + entry.type +
                                   " but type " + old.type + " at " + old.source);
  }
  if (old.name != entry.name) {
    return Status::InvalidArgument(where + ": id " + entry.id + " is named \"" + entry.name +
                                   "\" but \"" + old.name + "\" at " + old.source);
  }
  for (Name& n : entry.names) {
    if (!HasName(old, n.text, n.kind)) old.names.push_back(std::move(n));
  }
  for (Role& r : entry.roles) old.roles.push_back(std::move(r));
  if (old.parent.empty()) old.parent = entry.parent;
  if (old.country.empty()) old.country = entry.country;
  if (old.kind.empty()) old.kind = entry.kind;
  return Status::OK();
}

Status Gazetteer::LoadFile(const std::string& path) {
  if (from_image_) return Status::InvalidArgument(path + ": a gazetteer image cannot grow");
  Status s = LoadOneFile(path);
  Seal();
  return s;
}

Status Gazetteer::LoadOneFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  in.seekg(0, std::ios::end);
  std::string content(static_cast<size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0, std::ios::beg);
  if (!in.read(content.data(), static_cast<std::streamsize>(content.size()))) {
    return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  }
  // Lines that add an entry: the index is not regrown while they are read.
  index_.reserve(index_.size() +
                 static_cast<size_t>(std::count(content.begin(), content.end(), '\n')));
  size_t bad = 0;
  if (!text::IsValidUtf8(content, &bad)) {
    size_t line = 1 + std::count(content.begin(), content.begin() + bad, '\n');
    return Status::InvalidArgument(path + ":" + std::to_string(line) + ": invalid UTF-8 at byte " +
                                   std::to_string(bad));
  }

  int col[kNumColumns];
  std::fill(col, col + kNumColumns, -1);
  size_t num_fields = 0;
  bool have_header = false;
  size_t line_no = 0;
  size_t pos = 0;
  std::vector<std::string_view> fields;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::string where;
    where.reserve(path.size() + 12);
    where.append(path).append(":").append(std::to_string(line_no));
    SplitInto(line, '\t', &fields);

    if (!have_header) {
      for (size_t i = 0; i < fields.size(); ++i) {
        std::string_view f = Trim(fields[i]);
        for (int c = 0; c < kNumColumns; ++c) {
          if (f == kColumnNames[c]) {
            if (col[c] >= 0)
              return Status::InvalidArgument(where + ": column " + std::string(f) +
                                             " appears twice");
            col[c] = static_cast<int>(i);
          }
        }
      }
      for (int c : {kId, kType, kNameCol}) {
        if (col[c] < 0) {
          return Status::InvalidArgument(where + ": header lacks the required column '" +
                                         kColumnNames[c] + "' (first line must name the columns)");
        }
      }
      num_fields = fields.size();
      have_header = true;
      continue;
    }
    if (fields.size() != num_fields) {
      return Status::InvalidArgument(where + ": expected " + std::to_string(num_fields) +
                                     " fields, got " + std::to_string(fields.size()));
    }
    auto get = [&](int c) -> std::string_view {
      return col[c] < 0 ? std::string_view() : Trim(fields[col[c]]);
    };

    Entry e;
    e.names.reserve(4);
    e.id = std::string(get(kId));
    e.type = std::string(get(kType));
    e.name = std::string(get(kNameCol));
    e.source = where;
    if (!IsId(e.id))
      return Status::InvalidArgument(where + ": bad id '" + e.id + "' (expected prefix:name)");
    if (!IsType(e.type))
      return Status::InvalidArgument(where + ": bad type '" + e.type +
                                     "' (expected upper case, e.g. PERSON)");
    if (e.name.empty()) return Status::InvalidArgument(where + ": empty name");

    std::string_view case_field = get(kCase);
    bool forced = !case_field.empty() && case_field != "auto";
    CasePolicy forced_policy = CasePolicy::kTitle;
    if (case_field == "exact")
      forced_policy = CasePolicy::kExact;
    else if (case_field == "ignore")
      forced_policy = CasePolicy::kIgnore;
    else if (forced)
      return Status::InvalidArgument(where + ": bad case '" + std::string(case_field) +
                                     "' (auto, exact or ignore)");

    auto add = [&](const std::string& text, NameKind kind) {
      if (HasName(e, text, kind)) return;
      Name n;
      n.text = text;
      n.kind = kind;
      n.policy = kind == NameKind::kAcronym ? CasePolicy::kExact
                 : forced                   ? forced_policy
                                            : AutoCasePolicy(text);
      e.names.push_back(std::move(n));
    };
    add(e.name, NameKind::kName);
    for (const std::string& v : Values(get(kAliases))) add(v, NameKind::kAlias);
    for (const std::string& v : Values(get(kAcronyms))) {
      if (v.find('.') != std::string::npos) {
        return Status::InvalidArgument(
            where + ": acronym '" + v +
            "' has dots (write it without; dots are matched automatically)");
      }
      add(v, NameKind::kAcronym);
    }
    for (const std::string& v : Values(get(kDemonyms))) {
      add(v, NameKind::kDemonym);
      char last = v.back();
      if (last == 'n' || last == 'i' || last == 'k') add(v + "s", NameKind::kDemonym);
    }
    for (const std::string& v : Values(get(kCapitals))) add(v, NameKind::kCapital);
    for (const std::string& v : Values(get(kShortForms))) add(v, NameKind::kShortForm);
    for (const std::string& v : Values(get(kAmbiguous))) {
      bool found = false;
      for (Name& n : e.names) {
        if (n.text == v || (n.kind == NameKind::kDemonym && n.text == v + "s")) {
          n.ambiguous = true;
          found = true;
        }
      }
      if (!found)
        return Status::InvalidArgument(where + ": ambiguous name '" + v +
                                       "' is not a name of this line");
    }
    // German spellings without umlauts: "Gerhard Schroeder" for "Gerhard Schröder"
    // (matching already drops the dots: "Schroder" matches too).
    for (size_t i = 0, n = e.names.size(); i < n; ++i) {
      if (e.names[i].kind == NameKind::kAcronym ||
          e.names[i].text.find('\xC3') == std::string::npos)
        continue;
      std::string folded = FoldUmlauts(e.names[i].text);
      if (folded == e.names[i].text || HasName(e, folded, e.names[i].kind)) continue;
      Name copy = e.names[i];
      copy.text = std::move(folded);
      e.names.push_back(std::move(copy));
    }

    std::string_view role = get(kRole), affiliation = get(kAffiliation);
    std::string_view start = get(kStart), end = get(kEnd);
    if (!start.empty() && !util::IsDate(start))
      return Status::InvalidArgument(where + ": bad start date '" + std::string(start) +
                                     "' (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!end.empty() && !util::IsDate(end))
      return Status::InvalidArgument(where + ": bad end date '" + std::string(end) +
                                     "' (YYYY, YYYY-MM or YYYY-MM-DD)");
    if (!affiliation.empty() && !IsId(affiliation))
      return Status::InvalidArgument(where + ": bad affiliation '" + std::string(affiliation) +
                                     "' (an id such as country:ESP)");
    if (!role.empty() || !affiliation.empty()) {
      e.roles.push_back(
          Role{std::string(role), std::string(affiliation), std::string(start), std::string(end)});
    }
    e.parent = std::string(get(kParent));
    e.country = std::string(get(kCountry));
    e.kind = std::string(get(kKind));
    NG_RETURN_IF_ERROR(Merge(std::move(e), where));
  }
  if (!have_header)
    return Status::InvalidArgument(path +
                                   ": no header line (the first line must name the columns)");
  return Status::OK();
}

Status ListSources(const std::string& dir, const std::vector<std::string>& extra,
                   std::vector<std::string>* files) {
  files->clear();
  if (!dir.empty()) {
    std::error_code ec;
    for (const auto& de : std::filesystem::directory_iterator(dir, ec)) {
      if (de.is_regular_file() && de.path().extension() == ".tsv")
        files->push_back(de.path().string());
    }
    if (ec) return Status::IOError(dir + ": cannot list gazetteer directory: " + ec.message());
    if (files->empty()) return Status::NotFound(dir + ": no gazetteer files (*.tsv)");
    std::sort(files->begin(), files->end());
  }
  files->insert(files->end(), extra.begin(), extra.end());
  return Status::OK();
}

Status Gazetteer::LoadDirectory(const std::string& dir) {
  std::vector<std::string> files;
  NG_RETURN_IF_ERROR(ListSources(dir, {}, &files));
  return LoadFiles(files);
}

Status Gazetteer::LoadFiles(const std::vector<std::string>& files) {
  // Room for every entry up front (a line is rarely under 32 bytes): the
  // entries are large, and moving them as the vector grows cost a third of
  // the load. Pages never written are never touched.
  std::error_code ec;
  uintmax_t bytes = 0;
  for (const std::string& f : files) {
    uintmax_t size = std::filesystem::file_size(f, ec);
    if (!ec) bytes += size;
  }
  if (from_image_) return Status::InvalidArgument("a gazetteer image cannot grow");
  loaded_.reserve(loaded_.size() + static_cast<size_t>(bytes / 32));
  Status s;
  for (const std::string& f : files) {
    s = LoadOneFile(f);
    if (!s.ok()) break;
  }
  Seal();
  return s;
}

}  // namespace newsgraph::gazetteer

// The flat form of a Gazetteer's entries (gazetteer.h): built from the
// loaded TSV entries by Seal, written to and viewed in a compiled image.
#include <algorithm>
#include <cassert>

#include "gazetteer/gazetteer.h"
#include "text/tokenizer.h"

namespace newsgraph::gazetteer {
namespace {

// The tables of the flat form while they are built.
struct Tables {
  std::string pool;
  std::vector<EntryRecord> entries;
  std::vector<NameRecord> names;
  std::vector<RoleRecord> roles;
  std::vector<uint32_t> id_slots;
  std::vector<uint32_t> role_entries;
  StringIdMap last_names;
  std::vector<uint32_t> last_name_first;
  std::vector<uint32_t> last_name_people;

  StrRef Put(std::string_view s) {
    if (s.empty()) return StrRef();
    StrRef r{static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(s.size())};
    pool.append(s);
    return r;
  }
};

size_t TableSize(size_t n) {
  size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  return cap;
}

void BuildTables(const std::vector<Entry>& loaded, Tables* t) {
  t->entries.reserve(loaded.size());
  t->id_slots.assign(TableSize(loaded.size()), 0);
  const size_t mask = t->id_slots.size() - 1;
  std::vector<std::pair<uint32_t, uint32_t>> people;  // (last-name key, entry)
  std::string first, last;
  for (uint32_t i = 0; i < loaded.size(); ++i) {
    const Entry& e = loaded[i];
    EntryRecord r;
    r.id = t->Put(e.id);
    r.type = t->Put(e.type);
    r.name = t->Put(e.name);
    r.parent = t->Put(e.parent);
    r.country = t->Put(e.country);
    r.kind = t->Put(e.kind);
    r.source = t->Put(e.source);
    r.first_name = static_cast<uint32_t>(t->names.size());
    r.num_names = static_cast<uint32_t>(e.names.size());
    for (const Name& n : e.names) {
      t->names.push_back(NameRecord{t->Put(n.text), n.kind, n.policy, n.ambiguous, 0});
    }
    r.first_role = static_cast<uint32_t>(t->roles.size());
    r.num_roles = static_cast<uint32_t>(e.roles.size());
    for (const Role& role : e.roles) {
      t->roles.push_back(RoleRecord{t->Put(role.title), t->Put(role.affiliation),
                                    t->Put(role.start), t->Put(role.end)});
    }
    if (!e.roles.empty()) t->role_entries.push_back(i);
    t->entries.push_back(r);
    size_t s = HashString(e.id) & mask;
    while (t->id_slots[s] != 0) s = (s + 1) & mask;
    t->id_slots[s] = i + 1;
    if (e.type == "PERSON" && NameEndKeys(e.name, &first, &last)) {
      people.emplace_back(t->last_names.Insert(last), i);
    }
  }
  // People by last name: a counting sort that keeps entry order.
  t->last_name_first.assign(t->last_names.size() + 2, 0);
  for (const auto& [key, entry] : people) ++t->last_name_first[key + 1];
  for (size_t k = 1; k < t->last_name_first.size(); ++k) {
    t->last_name_first[k] += t->last_name_first[k - 1];
  }
  t->last_name_people.resize(people.size());
  std::vector<uint32_t> next(t->last_name_first.begin(), t->last_name_first.end() - 1);
  for (const auto& [key, entry] : people) t->last_name_people[next[key]++] = entry;
}

}  // namespace

bool NameEndKeys(std::string_view name, std::string* first, std::string* last) {
  text::Document d;
  d.text = std::string(name);
  text::Tokenize(&d);
  int words = 0;
  uint32_t first_word = 0, last_word = 0;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    const text::Token& t = d.tokens[i];
    if (!t.Is(text::kWord) || !t.Is(text::kCapital)) continue;
    // A hyphenated part continues the word before it ("Tae-yul").
    if (i >= 2 && d.tokens[i - 1].Is(text::kHyphen)) continue;
    if (words++ == 0) first_word = i;
    last_word = i;
  }
  if (words < 2) return false;
  *first = d.tokens[first_word].norm;
  *last = d.tokens[last_word].norm;
  return true;
}

void Gazetteer::Seal() {
  Tables t;
  BuildTables(loaded_, &t);
  auto bytes = std::make_shared<std::string>();
  FlatWriter out(bytes.get());
  // Written through the same code as an image, then viewed: a built
  // gazetteer and a read one are one form.
  pool_ = t.pool;
  entries_ = t.entries;
  names_ = t.names;
  roles_ = t.roles;
  id_slots_ = t.id_slots;
  role_entries_ = t.role_entries;
  last_names_ = t.last_names.view();
  last_name_first_ = t.last_name_first;
  last_name_people_ = t.last_name_people;
  Write(&out);
  FlatReader in(bytes->data(), bytes->size());
  Status s = Read(&in, bytes);
  assert(s.ok() && in.remaining() == 0);
  (void)s;
  from_image_ = false;
}

void Gazetteer::Write(FlatWriter* out) const {
  out->Bytes(pool_);
  out->Array(entries_);
  out->Array(names_);
  out->Array(roles_);
  out->Array(id_slots_);
  out->Array(role_entries_);
  out->Array(last_names_.slots());
  out->Bytes(last_names_.arena());
  out->Array(last_name_first_);
  out->Array(last_name_people_);
}

Status Gazetteer::Read(FlatReader* in, std::shared_ptr<const void> backing) {
  pool_ = in->Bytes();
  entries_ = in->Array<EntryRecord>();
  names_ = in->Array<NameRecord>();
  roles_ = in->Array<RoleRecord>();
  id_slots_ = in->Array<uint32_t>();
  role_entries_ = in->Array<uint32_t>();
  std::span<const StringSlot> slots = in->Array<StringSlot>();
  last_names_ = StringIdView(slots, in->Bytes());
  last_name_first_ = in->Array<uint32_t>();
  last_name_people_ = in->Array<uint32_t>();
  backing_ = std::move(backing);
  const size_t ids = id_slots_.size();
  if (!in->ok() || ids == 0 || (ids & (ids - 1)) != 0 || ids < entries_.size() ||
      !last_names_.Valid() || last_name_first_.empty()) {
    *this = Gazetteer();
    return Status::Corruption("gazetteer image: bad entry tables");
  }
  from_image_ = true;
  return Status::OK();
}

EntryView Gazetteer::entry(uint32_t i) const {
  if (i >= entries_.size()) return EntryView();
  const EntryRecord& r = entries_[i];
  EntryView v{PoolString(pool_, r.id),
              PoolString(pool_, r.type),
              PoolString(pool_, r.name),
              PoolString(pool_, r.parent),
              PoolString(pool_, r.country),
              PoolString(pool_, r.kind),
              PoolString(pool_, r.source),
              {},
              {}};
  if (r.first_name <= names_.size() && r.num_names <= names_.size() - r.first_name) {
    v.names = {names_.subspan(r.first_name, r.num_names), pool_};
  }
  if (r.first_role <= roles_.size() && r.num_roles <= roles_.size() - r.first_role) {
    v.roles = {roles_.subspan(r.first_role, r.num_roles), pool_};
  }
  return v;
}

int64_t Gazetteer::Find(std::string_view id) const {
  if (id_slots_.empty()) return -1;
  const size_t mask = id_slots_.size() - 1;
  size_t s = HashString(id) & mask;
  for (size_t n = 0; n < id_slots_.size(); ++n, s = (s + 1) & mask) {
    const uint32_t v = id_slots_[s];
    if (v == 0) return -1;
    if (v <= entries_.size() && PoolString(pool_, entries_[v - 1].id) == id) return v - 1;
  }
  return -1;
}

std::span<const uint32_t> Gazetteer::PeopleWithLastName(std::string_view key) const {
  const uint32_t k = last_names_.Find(key);
  if (k == 0 || k + 1 >= last_name_first_.size()) return {};
  const uint32_t b = last_name_first_[k], e = last_name_first_[k + 1];
  if (b > e || e > last_name_people_.size()) return {};
  return last_name_people_.subspan(b, e - b);
}

}  // namespace newsgraph::gazetteer

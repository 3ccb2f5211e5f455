// The Store's smaller jobs: counts and types, the analyst's corrections,
// remembered gazetteers, the stored texts.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "store/internal/store_internal.h"
#include "store/store.h"

namespace newsgraph::store {

using internal::Conn;
using internal::Query;
using internal::Stmt;

Status Store::Stats(StoreStats* stats) {
  const Conn c{db_, path_};
  Query q(c, stmts_->stats);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "count rows"));
  if (!row) return Status::Internal(path_ + ": count rows: no result");
  stats->documents = q.ColInt(0);
  stats->entities = q.ColInt(1);
  stats->mentions = q.ColInt(2);
  stats->relations = q.ColInt(3);
  stats->relation_mentions = q.ColInt(4);
  return Status::OK();
}

namespace internal {

Status ReadCorrections(const Conn& c, std::vector<Correction>* log) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c, "SELECT id, action, entity_key, IFNULL(value, ''), created_at FROM curation ORDER BY id",
      false));
  Query q(c, stmt);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read corrections"));
    if (!row) return Status::OK();
    log->push_back({q.ColInt(0), q.ColText(1), q.ColText(2), q.ColText(3), q.ColText(4)});
  }
}

Status BumpGraphGeneration(const Conn& c) {
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c,
      "INSERT INTO meta (key, value) VALUES ('graph_generation', '1') ON CONFLICT (key) "
      "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
      false));
  return Query(c, stmt).Run("bump graph generation");
}

}  // namespace internal

Status Store::AddCorrection(Correction* correction) {
  NG_RETURN_IF_ERROR(CheckCorrection(*correction));
  if (read_only_ || schema_version_ < 5) {
    return Status::IOError(path_ + ": cannot record a correction in a read-only database");
  }
  const Conn c{db_, path_};
  NG_RETURN_IF_ERROR(internal::BumpGraphGeneration(c));
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c,
      "INSERT INTO curation (action, entity_key, value, created_at) "
      "VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) RETURNING id, created_at",
      false));
  Query q(c, stmt);
  q.Text(correction->action).Text(correction->entity_key).TextOrNull(correction->value);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "record a correction"));
  if (row) {
    correction->id = q.ColInt(0);
    correction->created_at = q.ColText(1);
  }
  return q.Next(&row, "record a correction");
}

Status Store::Corrections(std::vector<Correction>* log) {
  log->clear();
  if (schema_version_ < 5) return Status::OK();
  return internal::ReadCorrections(Conn{db_, path_}, log);
}

Status Store::RemoveCorrection(int64_t id) {
  if (read_only_)
    return Status::IOError(path_ + ": cannot remove a correction from a read-only database");
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "DELETE FROM curation WHERE id = ?1", false));
  NG_RETURN_IF_ERROR(Query(c, stmt).Int(id).Run("remove correction"));
  if (c.Changes() == 0) return Status::NotFound("no correction " + std::to_string(id));
  NG_RETURN_IF_ERROR(internal::BumpGraphGeneration(c));
  return Status::OK();
}

Status Store::StoredTexts(std::vector<StoredText>* texts, int64_t* without_text) {
  texts->clear();
  *without_text = 0;
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(
      c,
      std::string("SELECT name, ") + (schema_version_ >= 7 ? "text" : "NULL") +
          ", IFNULL(date, ''), " +
          (schema_version_ >= 4 ? "IFNULL(url, ''), IFNULL(title, ''), IFNULL(source, '')"
                                : "'', '', ''") +
          " FROM documents WHERE duplicate_of IS NULL AND hash <> '' ORDER BY name",
      false));
  Query q(c, stmt);
  for (;;) {
    bool row;
    NG_RETURN_IF_ERROR(q.Next(&row, "read stored texts"));
    if (!row) return Status::OK();
    if (q.ColIsNull(1)) {
      ++*without_text;
      continue;
    }
    texts->push_back(
        {q.ColText(0), q.ColText(1), q.ColText(2), q.ColText(3), q.ColText(4), q.ColText(5)});
  }
}

Status Store::RememberedGazetteers(std::vector<std::string>* paths) {
  paths->clear();
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(
      stmt.Prepare(c, "SELECT value FROM meta WHERE key = 'extra_gazetteers'", false));
  Query q(c, stmt);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "read remembered gazetteers"));
  if (!row) return Status::OK();
  const std::string value = q.ColText(0);
  size_t pos = 0;
  while (pos < value.size()) {
    size_t nl = value.find('\n', pos);
    if (nl == std::string::npos) nl = value.size();
    if (nl > pos) paths->push_back(value.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return Status::OK();
}

Status Store::RememberGazetteers(const std::vector<std::string>& paths) {
  if (read_only_)
    return Status::IOError(path_ + ": cannot remember gazetteers in a read-only database");
  std::vector<std::string> kept;
  NG_RETURN_IF_ERROR(RememberedGazetteers(&kept));
  const size_t before = kept.size();
  for (const std::string& p : paths) {
    if (std::find(kept.begin(), kept.end(), p) == kept.end()) kept.push_back(p);
  }
  if (kept.size() == before) return Status::OK();
  std::string value;
  for (const std::string& p : kept) value += p + "\n";
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c,
                                  "INSERT INTO meta (key, value) VALUES ('extra_gazetteers', ?1) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                  false));
  return Query(c, stmt).Text(value).Run("remember gazetteers");
}

Status Store::ForgetGazetteers() {
  if (read_only_)
    return Status::IOError(path_ + ": cannot forget gazetteers in a read-only database");
  const Conn c{db_, path_};
  Stmt stmt;
  NG_RETURN_IF_ERROR(stmt.Prepare(c, "DELETE FROM meta WHERE key = 'extra_gazetteers'", false));
  return Query(c, stmt).Run("forget gazetteers");
}

Status Store::UndatedDocuments(int64_t* count) {
  const Conn c{db_, path_};
  Query q(c, stmts_->undated);
  bool row;
  NG_RETURN_IF_ERROR(q.Next(&row, "count undated documents"));
  *count = row ? q.ColInt(0) : 0;
  return Status::OK();
}

Status Store::Types(std::vector<std::string>* entity_types,
                    std::vector<std::string>* relation_types) {
  const Conn c{db_, path_};
  for (auto [stmt, out] : {std::pair{&stmts_->entity_types, entity_types},
                           std::pair{&stmts_->relation_types, relation_types}}) {
    out->clear();
    Query q(c, *stmt);
    bool row;
    while (true) {
      NG_RETURN_IF_ERROR(q.Next(&row, "list types"));
      if (!row) break;
      out->push_back(q.ColText(0));
    }
  }
  return Status::OK();
}

}  // namespace newsgraph::store

#include "output/entity_report.h"

#include "format/json_forms.h"
#include "text/terminal.h"

namespace newsgraph::output {
namespace {

using text::TerminalSafe;

void WriteJson(const query::EntityReport& r, std::ostream& out) {
  format::Json rels = format::Json::array();
  for (const query::EntityRelation& e : r.relations) {
    rels.push_back({{"type", e.type},
                    {"direction", e.direction},
                    {"other", e.other},
                    {"other_key", e.other_key},
                    {"documents", e.documents},
                    {"first_seen", e.first_seen},
                    {"last_seen", e.last_seen}});
  }
  format::Json fixes = format::Json::array();
  for (const store::Correction& c : r.corrections) {
    fixes.push_back({{"id", c.id},
                     {"action", c.action},
                     {"entity", c.entity_key},
                     {"value", c.value},
                     {"created_at", c.created_at}});
  }
  format::Json j = format::NodeJson(
      r.node, {format::NodeField::kName, format::NodeField::kKey, format::NodeField::kType,
               format::NodeField::kDiscovered, format::NodeField::kAliases,
               format::NodeField::kMentions, format::NodeField::kDocuments});
  j["first_seen"] = r.first_seen;
  j["last_seen"] = r.last_seen;
  j["relations"] = std::move(rels);
  j["corrections"] = std::move(fixes);
  out << format::JsonText(j) << "\n";
}

void WriteText(const query::EntityReport& r, std::ostream& out) {
  const model::Node& n = r.node;
  out << TerminalSafe(n.name) << " (" << TerminalSafe(n.key) << ", " << TerminalSafe(n.type)
      << (n.discovered ? ", found by a name rule" : "") << ")\n";
  out << "  mentions " << n.mentions << " in " << n.documents << " document(s)";
  if (!r.first_seen.empty()) out << "; relations seen " << r.first_seen << " to " << r.last_seen;
  out << "\n";
  if (!n.aliases.empty()) {
    out << "  aliases:";
    for (size_t i = 0; i < n.aliases.size(); ++i) {
      out << (i ? ", " : " ") << TerminalSafe(n.aliases[i]);
    }
    out << "\n";
  }
  out << "  relations: " << r.relations.size() << "\n";
  for (const query::EntityRelation& e : r.relations) {
    out << "    " << e.direction << " " << TerminalSafe(e.type) << " " << e.direction << " "
        << TerminalSafe(e.other) << "  [" << e.documents << " document(s)";
    if (!e.first_seen.empty()) {
      out << ", " << e.first_seen;
      if (e.last_seen != e.first_seen) out << " to " << e.last_seen;
    }
    out << "]\n";
  }
  for (const store::Correction& c : r.corrections) {
    out << "  correction " << c.id << " (" << c.created_at << "): " << c.action << " "
        << TerminalSafe(c.entity_key);
    if (!c.value.empty()) out << (c.action == "merge" ? " into " : " -> ") << TerminalSafe(c.value);
    out << "\n";
  }
}

}  // namespace

void WriteEntityReport(const query::EntityReport& r, bool json, std::ostream& out) {
  if (json) {
    WriteJson(r, out);
  } else {
    WriteText(r, out);
  }
}

}  // namespace newsgraph::output

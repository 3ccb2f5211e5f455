#include "output/corrections.h"

#include <string>

#include "text/terminal.h"

namespace newsgraph::output {
namespace {

using text::TerminalSafe;

std::string Done(const store::Correction& c, const model::Node& entity, const model::Node* into) {
  if (c.action == "merge") {
    return "merged " + EntityLabel(entity) + " into " +
           (into ? EntityLabel(*into) : "(" + c.value + ")");
  }
  if (c.action == "rename") return "renamed " + EntityLabel(entity) + " to \"" + c.value + "\"";
  if (c.action == "alias") return "added the alias \"" + c.value + "\" to " + EntityLabel(entity);
  if (c.action == "block") return "blocked " + EntityLabel(entity) + " and its relations";
  return c.action + " " + EntityLabel(entity);
}

}  // namespace

std::string EntityLabel(const model::Node& n) { return "\"" + n.name + "\" (" + n.key + ")"; }

void WriteCorrectionLog(const std::vector<store::Correction>& log, std::ostream& out) {
  if (log.empty()) out << "no corrections\n";
  for (const store::Correction& c : log) {
    out << c.id << "  " << c.created_at << "  " << c.action << "  " << TerminalSafe(c.entity_key);
    if (!c.value.empty()) out << (c.action == "merge" ? "  into  " : "  ") << TerminalSafe(c.value);
    out << "\n";
  }
}

void WriteCorrectionAdded(const store::Correction& c, const model::Node& entity,
                          const model::Node* into, std::ostream& out) {
  out << TerminalSafe(Done(c, entity, into)) << " (correction " << c.id
      << "; `newsgraph entity undo " << c.id << "` takes it back)\n";
}

void WriteCorrectionRemoved(int64_t id, std::ostream& out) {
  out << "removed correction " << id << "\n";
}

}  // namespace newsgraph::output

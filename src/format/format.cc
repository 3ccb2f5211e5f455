#include "format/format.h"

#include <utility>

namespace newsgraph::format {

bool ParseFormat(std::string_view name, Format* format) {
  static constexpr std::pair<std::string_view, Format> kFormats[] = {
      {"table", Format::kTable}, {"json", Format::kJson}, {"csv", Format::kCsv}};
  for (const auto& [known, value] : kFormats) {
    if (name == known) {
      *format = value;
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::format

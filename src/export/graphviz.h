// Rendering DOT with Graphviz's `dot` program (SVG, PNG), for
// `newsgraph export --format svg|png`.
//
//   std::string svg;
//   Status s = RenderWithGraphviz(dot_text, "svg", &svg);
//   // s.IsNotFound(): "graphviz is not installed: apt-get install graphviz"
//
// `dot` is looked up on PATH and run directly (no shell), on a temporary
// file, so nothing in the graph reaches a command line. Safe for concurrent
// use (each call has its own temporary files).
#ifndef NEWSGRAPH_EXPORT_GRAPHVIZ_H_
#define NEWSGRAPH_EXPORT_GRAPHVIZ_H_

#include <string>

#include "util/status.h"

namespace newsgraph::exporter {

// The full path of executable `program` in the directories of $PATH, or ""
// when there is none.
std::string FindOnPath(const std::string& program);

// Renders `dot_source` to *output in Graphviz output format `format` ("svg",
// "png", or any other -T format). Errors: NotFound "graphviz is not
// installed: apt-get install graphviz" when `dot` is not on PATH;
// InvalidArgument for a format that is not a plain word; IOError for
// temporary files; Internal when `dot` fails (its own message goes to
// stderr).
Status RenderWithGraphviz(const std::string& dot_source, const std::string& format,
                          std::string* output);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_GRAPHVIZ_H_

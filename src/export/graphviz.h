// Rendering DOT with Graphviz (SVG, PNG), for
// `newsgraph export --format svg|png [--layout dot|sfdp|neato|circo]`.
//
//   RenderOptions opt;
//   opt.layout = "sfdp";
//   std::string svg, warnings;
//   Status s = RenderWithGraphviz(dot_text, "svg", opt, &svg, &warnings);
//   // s.IsNotFound(): "graphviz is not installed: apt-get install graphviz"
//   // warnings: what Graphviz said on stderr, for --verbose
//
// `dot` is looked up on PATH and run directly (no shell) as
// `dot -K<layout> -T<format> -o OUT IN` on temporary files, so nothing in the
// graph reaches a command line; its standard error goes to a temporary file
// too and never to ours. Safe for concurrent use (each call has its own
// temporary files).
//
// Interrupts: while Graphviz runs, SIGINT, SIGTERM and SIGHUP are held back
// on the calling thread (util/deferred_signals.h). When one comes, `dot` is
// stopped (SIGTERM, then SIGKILL after two seconds) and reaped, the
// temporary files are removed, and only then does the signal act: by
// default it ends the process as it would have; when the process handles
// it, the call returns Internal "graphviz `...` stopped: Terminated".
#ifndef NEWSGRAPH_EXPORT_GRAPHVIZ_H_
#define NEWSGRAPH_EXPORT_GRAPHVIZ_H_

#include <string>
#include <vector>

#include "util/status.h"

namespace newsgraph::exporter {

struct RenderOptions {
  // Option  Default  Meaning
  // layout  "dot"    layout engine, one of GraphvizLayouts(); a `layout`
  //                  attribute in the DOT text itself takes precedence
  std::string layout = "dot";
};

// The layout engines RenderWithGraphviz runs: dot, sfdp, neato, circo.
const std::vector<std::string>& GraphvizLayouts();

// The full path of executable `program` in the directories of $PATH, or ""
// when there is none.
std::string FindOnPath(const std::string& program);

// Renders `dot_source` to *output in Graphviz output format `format` ("svg",
// "png", or any other -T format) with layout engine opt.layout. On success
// sets *warnings (when not null) to what Graphviz wrote on stderr, often
// "". Errors: InvalidArgument for a format that is not a plain word or a
// layout not in GraphvizLayouts(); NotFound "graphviz is not installed:
// apt-get install graphviz" when `dot` is not on PATH; IOError for
// temporary files; Internal when `dot` fails, with its exit status and the
// start of its error message ("graphviz `dot -Kdot -Tsvg` failed (exit 1):
// Error: ... syntax error in line 1 ..."). *output is set only on success.
Status RenderWithGraphviz(const std::string& dot_source, const std::string& format,
                          const RenderOptions& opt, std::string* output,
                          std::string* warnings = nullptr);

// The same with the default options, warnings dropped.
Status RenderWithGraphviz(const std::string& dot_source, const std::string& format,
                          std::string* output);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_GRAPHVIZ_H_

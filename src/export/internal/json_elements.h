// Internal to export/: the node and edge objects of `export --format json`
// (export/json_writer.h), shared by the in-memory WriteJson and the
// streaming JsonStreamWriter so that both write the same bytes.
#ifndef NEWSGRAPH_EXPORT_INTERNAL_JSON_ELEMENTS_H_
#define NEWSGRAPH_EXPORT_INTERNAL_JSON_ELEMENTS_H_

#include "format/json_forms.h"
#include "model/graph.h"

namespace newsgraph::exporter {

// A node's object, keys in the documented order.
format::Json ExportNodeJson(const model::Node& n);
// An edge's object; "days" and "evidence" only when `with_evidence`.
format::Json ExportEdgeJson(const model::Edge& e, bool with_evidence);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_INTERNAL_JSON_ELEMENTS_H_

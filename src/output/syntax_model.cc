#include "output/syntax_model.h"

namespace newsgraph::output {

void WriteModelSummary(const std::string& path, const syntax::ModelInfo& info, std::ostream& out) {
  out << "wrote " << path << ": " << info.file_bytes << " bytes, " << info.tags << " tags, "
      << info.labels << " labels, " << info.tagger_features << " tagger features, "
      << info.parser_features << " parser features (" << info.parser_weights << " weights)\n";
}

void WriteParseScores(const syntax::ParseScores& scores, std::ostream& out) {
  out << "dev: UPOS " << scores.upos << " XPOS " << scores.xpos << " lemma " << scores.lemma
      << " UAS " << scores.uas << " LAS " << scores.las << " (" << scores.words << " words)\n";
}

}  // namespace newsgraph::output

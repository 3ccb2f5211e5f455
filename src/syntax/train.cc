#include "syntax/train.h"

#include <map>
#include <set>

#include "syntax/internal/lemmatizer.h"
#include "syntax/internal/model_impl.h"
#include "syntax/internal/word_features.h"

namespace newsgraph::syntax {
namespace {

std::vector<std::string_view> Forms(const ConlluSentence& s) {
  std::vector<std::string_view> forms;
  forms.reserve(s.words.size());
  for (const ConlluWord& w : s.words) forms.push_back(w.form);
  return forms;
}

std::string UniversalPart(const std::string& label) { return label.substr(0, label.find(':')); }

// Attachment scores of `parser` on `dev` with the tags in `dev_tags`.
std::pair<double, double> AttachmentScores(const Parser& parser,
                                           const std::vector<ParserSentence>& dev,
                                           const std::vector<std::string>& labels) {
  size_t words = 0, uas = 0, las = 0;
  std::vector<int> heads;
  std::vector<uint8_t> out_labels;
  for (const ParserSentence& s : dev) {
    parser.Parse(s.words, s.tags, &heads, &out_labels);
    for (size_t i = 0; i < heads.size(); ++i) {
      ++words;
      if (heads[i] != s.heads[i]) continue;
      ++uas;
      las += UniversalPart(labels[out_labels[i]]) == UniversalPart(labels[s.labels[i]]);
    }
  }
  if (words == 0) return {0, 0};
  return {static_cast<double>(uas) / words, static_cast<double>(las) / words};
}

}  // namespace

Status TrainModel(const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
                  const TrainOptions& options, std::unique_ptr<Model>* result) {
  auto log = [&](const std::string& line) {
    if (options.log) options.log(line);
  };
  auto impl = std::make_unique<Model::Impl>();
  impl->description = options.description;
  // Tag set and labels, sorted: the model does not depend on sentence order.
  std::set<std::string> tag_set, label_set;
  size_t n_words = 0;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      tag_set.insert(w.upos + " " + w.xpos);
      label_set.insert(w.deprel);
      ++n_words;
    }
  }
  if (n_words == 0) return Status::InvalidArgument("training treebank has no words");
  if (tag_set.size() > 255) return Status::InvalidArgument("more than 255 UPOS/XPOS pairs");
  if (label_set.size() > 127) return Status::InvalidArgument("more than 127 dependency labels");
  if (!label_set.count("root")) return Status::InvalidArgument("treebank has no 'root' label");
  impl->tag_names.assign(tag_set.begin(), tag_set.end());
  impl->labels.assign(label_set.begin(), label_set.end());
  if (!impl->IndexTags()) return Status::InvalidArgument("treebank uses an unknown UPOS tag");
  std::map<std::string, int> tag_id, label_id;
  for (size_t i = 0; i < impl->tag_names.size(); ++i)
    tag_id[impl->tag_names[i]] = static_cast<int>(i);
  for (size_t i = 0; i < impl->labels.size(); ++i) label_id[impl->labels[i]] = static_cast<int>(i);

  auto convert = [&](const std::vector<ConlluSentence>& in, std::vector<TaggedWords>* tagged,
                     std::vector<ParserSentence>* parsed) {
    for (const ConlluSentence& s : in) {
      TaggedWords t;
      ComputeWordHashes(Forms(s), &t.words);
      ParserSentence p;
      p.words = t.words;
      const int n = static_cast<int>(s.words.size());
      for (const ConlluWord& w : s.words) {
        auto tag = tag_id.find(w.upos + " " + w.xpos);
        t.tags.push_back(tag == tag_id.end() ? 0 : static_cast<uint8_t>(tag->second));
        p.heads.push_back(w.head <= 0 ? n : w.head - 1);
        auto label = label_id.find(w.deprel);
        p.labels.push_back(label == label_id.end() ? 0 : static_cast<uint8_t>(label->second));
      }
      p.tags = t.tags;
      tagged->push_back(std::move(t));
      parsed->push_back(std::move(p));
    }
  };
  std::vector<TaggedWords> tagged;
  std::vector<ParserSentence> parsed;
  convert(train, &tagged, &parsed);
  const int n_tags = static_cast<int>(impl->tag_names.size());

  // Jackknifed tags for the parser's training data.
  if (options.jackknife_folds > 1) {
    const size_t folds = static_cast<size_t>(options.jackknife_folds);
    for (size_t fold = 0; fold < folds; ++fold) {
      std::vector<TaggedWords> rest;
      for (size_t i = 0; i < tagged.size(); ++i) {
        if (i % folds != fold) rest.push_back(tagged[i]);
      }
      Tagger t = Tagger::Train(rest, n_tags, options.tagger, nullptr);
      size_t right = 0, total = 0;
      for (size_t i = fold; i < tagged.size(); i += folds) {
        t.Tag(tagged[i].words, &parsed[i].tags);
        for (size_t k = 0; k < parsed[i].tags.size(); ++k)
          right += parsed[i].tags[k] == tagged[i].tags[k];
        total += parsed[i].tags.size();
      }
      log("jackknife fold " + std::to_string(fold + 1) + "/" + std::to_string(folds) +
          ": tag accuracy " +
          std::to_string(static_cast<double>(right) / std::max<size_t>(total, 1)));
    }
  }
  impl->tagger = Tagger::Train(tagged, n_tags, options.tagger, options.log);

  std::vector<LemmaExample> lemmas;
  for (const ConlluSentence& s : train) {
    for (const ConlluWord& w : s.words) {
      Upos u;
      ParseUpos(w.upos, &u);
      lemmas.push_back({w.form, static_cast<int>(u), w.lemma});
    }
  }
  impl->lemmatizer = Lemmatizer::Train(lemmas);
  log("lemmatizer: " + std::to_string(impl->lemmatizer.num_rules()) + " suffix rules, " +
      std::to_string(impl->lemmatizer.num_exceptions()) + " exceptions");

  std::vector<ParserSentence> dev_parsed;
  if (dev != nullptr) {
    std::vector<TaggedWords> dev_tagged;
    convert(*dev, &dev_tagged, &dev_parsed);
    for (ParserSentence& p : dev_parsed) impl->tagger.Tag(p.words, &p.tags);
  }
  ParserTrainOptions popts = options.parser;
  if (!dev_parsed.empty()) {
    popts.after_epoch = [&](int epoch, const Parser& parser) {
      auto [uas, las] = AttachmentScores(parser, dev_parsed, impl->labels);
      log("  dev after epoch " + std::to_string(epoch) + ": UAS " + std::to_string(uas) + " LAS " +
          std::to_string(las));
    };
  }
  std::vector<uint8_t> coarse;
  for (Upos u : impl->tag_upos) coarse.push_back(static_cast<uint8_t>(u));
  impl->parser = Parser::Train(parsed, static_cast<int>(impl->labels.size()), label_id["root"],
                               coarse, popts, options.log);
  *result = ModelBuilder::Build(std::move(impl));
  return Status::OK();
}

ParseScores ScoreModel(const Model& model, const std::vector<ConlluSentence>& gold) {
  ParseScores sc;
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  ParsedSentence p;
  for (const ConlluSentence& s : gold) {
    model.Analyze(Forms(s), &p);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& g = s.words[i];
      ++sc.words;
      upos += UposName(p.upos[i]) == g.upos;
      xpos += model.TagName(p.tag[i]) == g.xpos;
      lemma += LowerCase(p.lemma[i]) == LowerCase(g.lemma);
      if (p.head[i] + 1 != g.head) continue;
      ++uas;
      las += UniversalPart(std::string(model.LabelName(p.label[i]))) == UniversalPart(g.deprel);
    }
  }
  if (sc.words > 0) {
    double n = static_cast<double>(sc.words);
    sc.upos = upos / n;
    sc.xpos = xpos / n;
    sc.lemma = lemma / n;
    sc.uas = uas / n;
    sc.las = las / n;
  }
  return sc;
}

void AnnotateConllu(const Model& model, ConlluSentence* sentence) {
  ParsedSentence p;
  model.Analyze(Forms(*sentence), &p);
  for (size_t i = 0; i < sentence->words.size(); ++i) {
    ConlluWord& w = sentence->words[i];
    w.lemma = p.lemma[i];
    w.upos = std::string(UposName(p.upos[i]));
    w.xpos = std::string(model.TagName(p.tag[i]));
    w.head = p.head[i] + 1;
    w.deprel = std::string(model.LabelName(p.label[i]));
  }
}

}  // namespace newsgraph::syntax

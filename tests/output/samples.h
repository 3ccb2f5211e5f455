// Small model values for the output/ tests: two entities, one of them named
// with a terminal escape sequence, and the evidence that they met.
#ifndef NEWSGRAPH_TESTS_OUTPUT_SAMPLES_H_
#define NEWSGRAPH_TESTS_OUTPUT_SAMPLES_H_

#include "model/graph.h"

namespace newsgraph::output::samples {

// ESC [31m turns a terminal's text red; BEL rings it.
inline constexpr char kRedCorp[] = "Red\x1b[31mCorp\x07";
inline constexpr char kRedCorpOnTerminal[] = "Red\\x1b[31mCorp\\x07";

inline model::Node Borrell() {
  model::Node n;
  n.id = 1;
  n.key = "person:josep-borrell";
  n.name = "Josep Borrell";
  n.type = "PERSON";
  n.aliases = {"Borrell"};
  n.mentions = 12;
  n.documents = 3;
  return n;
}

inline model::Node RedCorp() {
  model::Node n;
  n.id = 2;
  n.key = "org:red-corp";
  n.name = kRedCorp;
  n.type = "ORG";
  n.discovered = true;
  n.confidence = 0.5;
  n.mentions = 2;
  n.documents = 1;
  return n;
}

// "Borrell met\nRed Corp." (a line break inside), sentence 4 of a.txt at
// bytes 100-..., trigger "met".
inline model::Evidence Meeting() {
  model::Evidence ev;
  ev.document = "a.txt";
  ev.date = "2024-11-04";
  ev.sentence = 4;
  ev.begin = 100;
  ev.text = std::string("Borrell met\n") + kRedCorp + ".";
  ev.end = ev.begin + static_cast<uint32_t>(ev.text.size());
  ev.rule = "meet-with";
  ev.modality = "asserted";
  ev.confidence = 0.75;
  ev.trigger_begin = 108;
  ev.trigger_end = 111;
  return ev;
}

}  // namespace newsgraph::output::samples

#endif  // NEWSGRAPH_TESTS_OUTPUT_SAMPLES_H_

// JsonStreamWriter: WriteJson's document written element by element, laid
// out as nlohmann's dump(indent) lays it out, without building a JSON tree:
// Printer below writes the frame, the keys and the scalars. Strings that
// are not plain ASCII, and doubles (but a repeat of the previous one), go
// through nlohmann's own serializer, so their bytes come from the same code
// as WriteJson's. tests/export/stream_export_test.cc checks the two byte for
// byte.
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "export/json_writer.h"
#include "format/json_forms.h"

namespace newsgraph::exporter {

// Appends JSON text to *out as nlohmann's dump(indent) would: with indent
// >= 0 each member and element on a line of its own, `indent` spaces a
// level, "key": value; with indent < 0 on one line without spaces. Empty
// objects and arrays are "{}" and "[]".
class JsonStreamWriter::Printer {
 public:
  Printer(int indent, std::string* out)
      : pretty_(indent >= 0),
        step_(indent >= 0 ? indent : 0),
        out_(out),
        serializer_(nlohmann::detail::output_adapter<char, std::string>(*out), ' ',
                    nlohmann::detail::error_handler_t::replace) {}

  void BeginObject() { Open('{'); }
  void BeginArray() { Open('['); }
  void End() {
    const Level level = levels_.back();
    levels_.pop_back();
    if (level.count > 0) NewLine(levels_.size());
    out_->push_back(level.object ? '}' : ']');
  }
  // The name of the next member of the object being written.
  void Key(std::string_view key) {
    Separate();
    WriteString(key);
    out_->append(pretty_ ? ": " : ":");
    after_key_ = true;
  }
  void String(std::string_view s) {
    BeforeValue();
    WriteString(s);
  }
  void Int(int64_t v) {
    BeforeValue();
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    out_->append(buf, res.ptr);
  }
  void Double(double v) {
    BeforeValue();
    // A confidence mostly repeats the last one (compared bit for bit: -0.0).
    if (std::bit_cast<uint64_t>(v) != last_double_ || last_double_text_.empty()) {
      last_double_ = std::bit_cast<uint64_t>(v);
      last_double_text_.clear();
      std::string* text = &last_double_text_;
      nlohmann::detail::serializer<format::Json> serializer(
          nlohmann::detail::output_adapter<char, std::string>(*text), ' ');
      serializer.dump(format::Json(v), false, false, 0);
    }
    out_->append(last_double_text_);
  }
  void Bool(bool v) {
    BeforeValue();
    out_->append(v ? "true" : "false");
  }
  void Null() {
    BeforeValue();
    out_->append("null");
  }

 private:
  struct Level {
    bool object;
    int64_t count = 0;  // members or elements written
  };
  // `s` quoted and escaped.
  void WriteString(std::string_view s) {
    // Printable ASCII without quotes or backslashes (nearly every string)
    // goes as it is; other ASCII is escaped below.
    bool plain = true, ascii = true;
    for (char c : s) {
      const auto u = static_cast<unsigned char>(c);
      plain = plain && u >= 0x20 && c != '"' && c != '\\';
      ascii = ascii && u < 0x80;
    }
    if (!ascii) {  // nlohmann's UTF-8 checks and U+FFFD replacement
      serializer_.dump(format::Json(std::string(s)), false, false, 0);
      return;
    }
    out_->push_back('"');
    if (plain) {
      out_->append(s);
      out_->push_back('"');
      return;
    }
    for (char c : s) {
      switch (c) {
        case '"':
          out_->append("\\\"");
          break;
        case '\\':
          out_->append("\\\\");
          break;
        case '\b':
          out_->append("\\b");
          break;
        case '\f':
          out_->append("\\f");
          break;
        case '\n':
          out_->append("\\n");
          break;
        case '\r':
          out_->append("\\r");
          break;
        case '\t':
          out_->append("\\t");
          break;
        default:
          if (static_cast<unsigned char>(c) <= 0x1F) {
            constexpr char kHex[] = "0123456789abcdef";
            out_->append("\\u00");
            out_->push_back(kHex[(c >> 4) & 0xF]);
            out_->push_back(kHex[c & 0xF]);
          } else {
            out_->push_back(c);
          }
      }
    }
    out_->push_back('"');
  }
  void Open(char bracket) {
    BeforeValue();
    out_->push_back(bracket);
    levels_.push_back({bracket == '{'});
  }
  // A value: after its key in an object, else the next element of an array
  // (or the document).
  void BeforeValue() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!levels_.empty()) Separate();
  }
  // The comma and line break before a member or element.
  void Separate() {
    if (levels_.back().count++ > 0) out_->push_back(',');
    NewLine(levels_.size());
  }
  void NewLine(size_t depth) {
    if (!pretty_) return;
    out_->push_back('\n');
    out_->append(depth * step_, ' ');
  }

  const bool pretty_;
  const size_t step_;
  std::string* out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
  uint64_t last_double_ = 0;      // the bits of the last double written
  std::string last_double_text_;  // it as nlohmann writes it
  nlohmann::detail::serializer<format::Json> serializer_;
};

namespace {

constexpr size_t kFlushAt = 1 << 16;  // bytes buffered before they go to the file

}  // namespace

JsonStreamWriter::JsonStreamWriter(const JsonOptions& opt, std::FILE* out)
    : opt_(opt), out_(out), printer_(std::make_unique<Printer>(opt.indent, &buffer_)) {
  printer_->BeginObject();
  printer_->Key("nodes");
  printer_->BeginArray();
}

JsonStreamWriter::~JsonStreamWriter() = default;

Status JsonStreamWriter::Flush(bool always) {
  if (!always && buffer_.size() < kFlushAt) return Status::OK();
  Status s = WriteBytes(buffer_, out_);
  buffer_.clear();
  return s;
}

// The fields of ExportNodeJson (export/json_writer.cc), in its order.
Status JsonStreamWriter::Node(const model::Node& n) {
  Printer& p = *printer_;
  p.BeginObject();
  p.Key("id");
  p.String(format::NodeId(n.id));
  p.Key("name");
  p.String(n.name);
  p.Key("type");
  p.String(n.type);
  p.Key("aliases");
  p.BeginArray();
  for (const std::string& alias : n.aliases) p.String(alias);
  p.End();
  p.Key("key");
  p.String(n.key);
  p.Key("discovered");
  p.Bool(n.discovered);
  p.Key("confidence");
  p.Double(n.confidence);
  p.Key("mentions");
  p.Int(n.mentions);
  p.Key("documents");
  p.Int(n.documents);
  p.End();
  return Flush(false);
}

// The fields of ExportEdgeJson and format::kEvidenceItem, in their order.
Status JsonStreamWriter::Edge(const model::Edge& e) {
  Printer& p = *printer_;
  if (!in_edges_) {
    p.End();
    p.Key("edges");
    p.BeginArray();
    in_edges_ = true;
  }
  p.BeginObject();
  p.Key("id");
  p.String(format::EdgeId(e.id));
  p.Key("source");
  p.String(format::NodeId(e.source));
  p.Key("target");
  p.String(format::NodeId(e.target));
  p.Key("type");
  p.String(e.type);
  p.Key("symmetric");
  p.Bool(e.symmetric);
  p.Key("modality");
  p.String(e.modality);
  p.Key("support");
  p.BeginObject();
  p.Key("documents");
  p.Int(e.support_documents);
  p.Key("mentions");
  p.Int(e.support_mentions);
  p.End();
  for (const auto& [key, date] :
       {std::pair{"first_seen", &e.first_seen}, std::pair{"last_seen", &e.last_seen}}) {
    p.Key(key);
    if (date->empty()) {
      p.Null();
    } else {
      p.String(*date);
    }
  }
  if (opt_.with_evidence) {
    std::map<std::string_view, int64_t> days;  // dated evidence sentences per day
    for (const model::Evidence& ev : e.evidence) {
      if (!ev.date.empty()) ++days[ev.date];
    }
    p.Key("days");
    p.BeginObject();
    for (const auto& [day, count] : days) {
      p.Key(day);
      p.Int(count);
    }
    p.End();
    p.Key("evidence");
    p.BeginArray();
    for (const model::Evidence& ev : e.evidence) WriteEvidence(ev);
    p.End();
  }
  p.End();
  return Flush(false);
}

void JsonStreamWriter::WriteEvidence(const model::Evidence& ev) {
  Printer& p = *printer_;
  p.BeginObject();
  for (const auto& [key, value] :
       {std::pair{"document", &ev.document}, std::pair{"date", &ev.date}}) {
    p.Key(key);
    p.String(*value);
  }
  p.Key("sentence");
  p.Int(ev.sentence);
  p.Key("begin");
  p.Int(ev.begin);
  p.Key("end");
  p.Int(ev.end);
  for (const auto& [key, value] : {std::pair{"text", &ev.text}, std::pair{"rule", &ev.rule},
                                   std::pair{"modality", &ev.modality}}) {
    p.Key(key);
    p.String(*value);
  }
  p.Key("confidence");
  p.Double(ev.confidence);
  for (const auto& [key, value] :
       {std::pair{"cameo", &ev.cameo}, std::pair{"event_date", &ev.event_date},
        std::pair{"url", &ev.url}, std::pair{"title", &ev.title},
        std::pair{"source", &ev.source}}) {
    if (value->empty()) continue;
    p.Key(key);
    p.String(*value);
  }
  p.End();
}

Status JsonStreamWriter::Finish() {
  if (!in_edges_) {
    printer_->End();
    printer_->Key("edges");
    printer_->BeginArray();
    in_edges_ = true;
  }
  printer_->End();
  printer_->End();
  buffer_ += '\n';
  return Flush(true);
}

}  // namespace newsgraph::exporter

// Status is the one error mechanism of the library: a code and a message that
// says where ("gazetteers/org.tsv:214: expected 9 fields, got 8").
// Functions that can fail return Status; results go through out-parameters.
#ifndef NEWSGRAPH_UTIL_STATUS_H_
#define NEWSGRAPH_UTIL_STATUS_H_

#include <string>
#include <utility>

namespace newsgraph {

class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kCorruption, kIOError, kInternal, kBusy };

  Status() = default;  // ok
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }
  // The database is locked by another process.
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  bool IsInvalidArgument() const { return code_ == Code::kInvalidArgument; }
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  bool IsIOError() const { return code_ == Code::kIOError; }
  bool IsBusy() const { return code_ == Code::kBusy; }

  // "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace newsgraph

// Returns from the calling function when `expr` yields a non-ok Status.
#define NG_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::newsgraph::Status ng_status_ = (expr); \
    if (!ng_status_.ok()) return ng_status_; \
  } while (0)

#endif  // NEWSGRAPH_UTIL_STATUS_H_

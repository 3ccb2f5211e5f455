// DeferTerminationSignals holds SIGINT, SIGTERM and SIGHUP back from the
// calling thread while it lives, so that code which leaves something behind
// when cut short (a temporary file, a child process) can finish or undo it
// before the signal takes effect:
//
//   {
//     util::DeferTerminationSignals defer;  // declared first: destroyed last
//     TempFile tmp;                         // removed before the signal acts
//     ...
//   }  // a signal that came meanwhile is delivered here, once tmp is gone
//
// On destruction the previous signal mask is restored; a signal that arrived
// in between (or that Wait() took) is then delivered, so a default action
// still ends the process with that signal, only a moment later, and an
// installed handler still runs. Signals the process ignores stay ignored.
//
// SIGCHLD is held too, so that Wait() wakes when a child exits; one that
// Wait() consumes is not delivered again (the caller reaps its child), any
// other is delivered on destruction like the termination signals.
//
// The mask is per thread: in a process whose other threads leave these
// signals unblocked, the kernel may hand a signal to one of them instead.
// Not copyable; create and destroy it on the same thread.
#ifndef NEWSGRAPH_UTIL_DEFERRED_SIGNALS_H_
#define NEWSGRAPH_UTIL_DEFERRED_SIGNALS_H_

#include <signal.h>

namespace newsgraph::util {

class DeferTerminationSignals {
 public:
  DeferTerminationSignals();
  ~DeferTerminationSignals();
  DeferTerminationSignals(const DeferTerminationSignals&) = delete;
  DeferTerminationSignals& operator=(const DeferTerminationSignals&) = delete;

  // Waits up to `timeout_ms` milliseconds for SIGCHLD or a termination
  // signal. Returns the termination signal (SIGINT, SIGTERM or SIGHUP) when
  // one came, which is then also taken(); 0 after SIGCHLD, a timeout or an
  // interruption. A taken signal is delivered again on destruction.
  int Wait(int timeout_ms);

  // The termination signal Wait() took, or 0.
  int taken() const { return taken_; }

  // The signal mask the thread had before, for a child process to start
  // with (posix_spawnattr_setsigmask).
  const sigset_t& previous_mask() const { return previous_mask_; }

 private:
  sigset_t previous_mask_;
  int taken_ = 0;
  bool blocked_ = false;
};

}  // namespace newsgraph::util

#endif  // NEWSGRAPH_UTIL_DEFERRED_SIGNALS_H_

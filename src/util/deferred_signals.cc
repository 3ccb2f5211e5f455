#include "util/deferred_signals.h"

#include <pthread.h>

#include <cerrno>
#include <ctime>

namespace newsgraph::util {
namespace {

sigset_t HeldSignals(bool with_child) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  if (with_child) sigaddset(&set, SIGCHLD);
  return set;
}

}  // namespace

DeferTerminationSignals::DeferTerminationSignals() {
  sigemptyset(&previous_mask_);
  const sigset_t held = HeldSignals(true);
  blocked_ = pthread_sigmask(SIG_BLOCK, &held, &previous_mask_) == 0;
}

DeferTerminationSignals::~DeferTerminationSignals() {
  if (!blocked_) return;
  // Pending for this thread while it is still blocked, delivered (to this
  // thread) as soon as the old mask is back.
  if (taken_ != 0) pthread_kill(pthread_self(), taken_);
  pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

int DeferTerminationSignals::Wait(int timeout_ms) {
  if (!blocked_) {
    struct timespec pause = {timeout_ms / 1000, (timeout_ms % 1000) * 1000000L};
    nanosleep(&pause, nullptr);
    return 0;
  }
  const sigset_t wanted = HeldSignals(true);
  struct timespec timeout = {timeout_ms / 1000, (timeout_ms % 1000) * 1000000L};
  int sig = sigtimedwait(&wanted, nullptr, &timeout);
  if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP) {
    if (taken_ == 0) taken_ = sig;
    return sig;
  }
  return 0;
}

}  // namespace newsgraph::util

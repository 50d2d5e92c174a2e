// tempmon-ship: the outbox of the report spool (see --help).
#include <signal.h>

#include "ship/options.h"
#include "ship/shipper.h"

int main(int argc, char** argv) {
  // Signals wait for the event loop's signalfd from the first instruction.
  sigset_t s;
  sigemptyset(&s);
  for (int sig : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&s, sig);
  pthread_sigmask(SIG_BLOCK, &s, nullptr);
  tempmon::ship::Options o;
  int rc = 0;
  if (!tempmon::ship::ParseOptions(argc, argv, &o, &rc)) return rc;
  return tempmon::ship::Shipper(std::move(o)).Run();
}

// tempmon-capture: see --help.
#include <iostream>

#include "capture/app/capture_daemon.h"
#include "capture/app/options.h"

int main(int argc, char** argv) {
  using namespace tempmon::capture;
  Options o;
  int rc = kExitOk;
  if (!ParseOptions(argc, argv, &o, &rc)) return rc;
  try {
    CaptureDaemon d(std::move(o));
    return d.Run();
  } catch (const std::exception& e) {
    std::cerr << "tempmon-capture: " << e.what() << "\n";
    return kExitFailure;
  }
}

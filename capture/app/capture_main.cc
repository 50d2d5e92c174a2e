// tempmon-capture: see --help.
#include <iostream>

#include "capture/app/capture_daemon.h"
#include "capture/app/options.h"
#include "capture/kmsg/kmsg_source.h"
#include "signatures.h"

int main(int argc, char** argv) {
  using namespace tempmon::capture;
  Options o;
  int rc = kExitOk;
  if (!ParseOptions(argc, argv, &o, &rc)) return rc;
  if (!o.test_signature.empty()) {
    // A field engineer's end-to-end check: a running capture sees this line,
    // triggers on it like a real one, and its bundle is labelled a test.
    auto line = tempmon::signatures::TestLine(o.test_signature);
    try {
      kmsg::WriteRecord(o.kmsg, 4, *line);
    } catch (const std::exception& e) {
      std::cerr << "tempmon-capture: " << e.what() << "\n";
      return kExitFailure;
    }
    std::cout << *line << std::endl;
    return kExitOk;
  }
  try {
    CaptureDaemon d(std::move(o));
    return d.Run();
  } catch (const std::exception& e) {
    std::cerr << "tempmon-capture: " << e.what() << "\n";
    return kExitFailure;
  }
}

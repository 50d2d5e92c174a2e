// `tempmon-report health`: the node's verdict from the capture's spool, for
// the schedulers that decide whether a node takes work (Slurm's
// HealthCheckProgram, prolog and epilog; Kubernetes node-problem-detector).
// A node is unhealthy while a bundle of this boot (or since --since) holds a
// critical kernel-log verdict of a chosen class that nobody cleared.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tempmon/bundle/read_limits.h"

namespace tempmon::report {

struct HealthOptions {
  std::string spool = "/var/lib/tempmon/reports";
  std::string format = "text";       // text | npd (one bounded line)
  std::vector<std::string> classes;  // empty: the catalogue's hang classes
  std::string since = "boot";        // boot | all | a wall time in seconds since the epoch
  bool include_tests = false;        // bundles of --test-signature count too
  bool clear = false;                // record "cleared now" and report healthy
  // Slurm: drain the node (once per verdict) with the verdict as reason.
  bool drain = false;
  std::string node;                  // default: the short host name
  std::string scontrol = "scontrol";
  unsigned scontrol_timeout_s = 10;
  size_t max_message = 256;          // bytes of the npd line (NPD's max_output_length)
  bundle::ReadLimits limits;
};

int Health(const HealthOptions& o);

}  // namespace tempmon::report

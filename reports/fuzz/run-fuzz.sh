#!/bin/bash
# Builds the bundle-reader fuzzer with clang (libFuzzer + ASan + UBSan) and
# runs it for a bounded time over a seed corpus of real bundles from the
# writer. Used by the reports_fuzz test; also handy by hand:
#   reports/fuzz/run-fuzz.sh build-reports/fuzz build-reports/reports/synth/tempmon-bundle-synth 300
# usage: run-fuzz.sh WORKDIR TEMPMON_BUNDLE_SYNTH SECONDS
# FUZZ_EXTRA_SOURCES: generated sources the reader links (the embedded
# signature catalogue, reports/signatures/signatures_data.cc in the build).
set -eu
W=$1 SYNTH=$2 SECS=${3:-30}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
CXX=${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++)}
mkdir -p "$W/obj" "$W/seeds" "$W/corpus"
FLAGS=(-std=c++20 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
       -I"$SRC/reports/bundle" -I"$SRC/reports/viewer" -I"$SRC/reports/signatures" -I"$SRC/kmod/uapi")
SOURCES=("$SRC"/reports/bundle/{analysis,json_fields,members_json,reader,records,redact,sample_summary,samples_csv,sha256,summary,tar_zst,writer}.cc
         "$SRC"/reports/viewer/html_data.cc "$SRC"/reports/fuzz/bundle_fuzz.cc
         "$SRC"/reports/signatures/signatures.cc ${FUZZ_EXTRA_SOURCES:-})
# Rebuild only what changed; two jobs (the machine is shared).
compile() {
  local src=$1 obj="$W/obj/$(basename "${1%.cc}").o"
  if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "$SRC/reports/bundle" -name '*.h' -newer "$obj")" ]; then
    "$CXX" "${FLAGS[@]}" -c "$src" -o "$obj"
  fi
}
export -f compile; export CXX W SRC
FLAGS_STR="${FLAGS[*]}"
printf '%s\n' "${SOURCES[@]}" | xargs -P2 -I{} bash -c "FLAGS=($FLAGS_STR); $(declare -f compile); compile {}"
"$CXX" -fsanitize=fuzzer,address,undefined "$W"/obj/*.o -larchive -lcrypto -lzstd -o "$W/bundle_fuzz"

# Seeds: real bundles of several sizes, a redacted one, and their members.
for n in 0 20 300; do "$SYNTH" "$W/seeds/bundle-$n.tar.zst" "$n"; done
rm -rf "$W/x" && mkdir -p "$W/x" && tar --zstd -xf "$W/seeds/bundle-20.tar.zst" -C "$W/x"
for f in "$W"/x/*; do cp "$f" "$W/seeds/member-$(basename "$f")"; done

ASAN_OPTIONS=detect_leaks=1 "$W/bundle_fuzz" -max_total_time="$SECS" -rss_limit_mb=2048 -max_len=262144 \
  -timeout=20 -print_final_stats=1 -artifact_prefix="$W/" "$W/corpus" "$W/seeds"

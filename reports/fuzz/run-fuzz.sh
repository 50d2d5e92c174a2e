#!/bin/bash
# Builds the bundle-reader fuzzer with clang (libFuzzer + ASan + UBSan) and
# runs it for a bounded time over a seed corpus of real bundles. The
# reports_fuzz test runs it for 30 s; a meaningful run is by hand, niced,
# for ten minutes or more (results: docs/benchmarks.md, ## Bundle reader fuzzing):
#   FUZZ_SEED_DIRS=build nice -n 10 reports/fuzz/run-fuzz.sh build/fuzz-long \
#     build/reports/synth/tempmon-bundle-synth 600
# usage: run-fuzz.sh WORKDIR TEMPMON_BUNDLE_SYNTH SECONDS
# FUZZ_EXTRA_SOURCES: generated sources the reader links (the embedded
# signature catalogue and table of causes, lib/signatures/signatures_data.cc
# and lib/causes/causes_data.cc in the build), separated by spaces.
set -eu
W=$1 SYNTH=$2 SECS=${3:-30}
SRC=$(cd "$(dirname "$0")/../.." && pwd)
CXX=${FUZZ_CXX:-$(command -v clang++-14 || command -v clang++)}
mkdir -p "$W/obj" "$W/seeds" "$W/corpus"
FLAGS=(-std=c++20 -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
       -I"$SRC/lib/bundle/include" -I"$SRC/reports/viewer" -I"$SRC/lib/signatures/include" -I"$SRC/kmod/uapi"
       -I"$SRC/lib/sys/include" -I"$SRC/lib/causes/include" -I"$SRC")
# The whole bundle library (every source of its folder, so a new file needs
# no edit here), the page's data builder and what they link.
SOURCES=("$SRC"/lib/bundle/*.cc
         "$SRC"/reports/viewer/html_data.cc "$SRC"/reports/viewer/html_crash.cc "$SRC"/reports/fuzz/bundle_fuzz.cc
         "$SRC"/lib/signatures/signatures.cc "$SRC"/lib/causes/causes.cc "$SRC"/lib/sys/dir.cc
         ${FUZZ_EXTRA_SOURCES:-})
# Rebuild only what changed; two jobs (the machine is shared).
compile() {
  local src=$1 obj="$W/obj/$(basename "${1%.cc}").o"
  if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "$SRC/lib/bundle" "$SRC/lib/sys" -name '*.h' -newer "$obj")" ]; then
    "$CXX" "${FLAGS[@]}" -c "$src" -o "$obj"
  fi
}
export -f compile; export CXX W SRC
FLAGS_STR="${FLAGS[*]}"
printf '%s\n' "${SOURCES[@]}" | xargs -P2 -I{} bash -c "FLAGS=($FLAGS_STR); $(declare -f compile); compile {}"
"$CXX" -fsanitize=fuzzer,address,undefined "$W"/obj/*.o -larchive -lcrypto -lzstd -o "$W/bundle_fuzz"

# Seeds: real bundles: the writer's at several sizes, the golden bundle
# the viewer's tests read, any bundle found under FUZZ_SEED_DIRS (e.g. the
# build folder after the capture tests wrote theirs), and their members.
for n in 0 20 300; do "$SYNTH" "$W/seeds/bundle-$n.tar.zst" "$n"; done
cp "$SRC/tests/reports/golden/small.tar.zst" "$W/seeds/golden-small.tar.zst"
for d in ${FUZZ_SEED_DIRS:-}; do
  find "$d" -name '*.tar.zst' -size -256k 2>/dev/null | head -50 | while read -r f; do
    cp "$f" "$W/seeds/found-$(echo "$f" | sha256sum | cut -c1-12).tar.zst"
  done
done
rm -rf "$W/x" && mkdir -p "$W/x" && tar --zstd -xf "$W/seeds/bundle-20.tar.zst" -C "$W/x"
for f in "$W"/x/*; do cp "$f" "$W/seeds/member-$(basename "$f")"; done

# The target reads with the real limits scaled to a 64 MiB budget; 512 MB
# of RSS (ASan included) and 256 MB in one allocation are what a run may
# use before libFuzzer calls it a finding.
ASAN_OPTIONS=detect_leaks=1 "$W/bundle_fuzz" -max_total_time="$SECS" -rss_limit_mb=512 -malloc_limit_mb=256 \
  -max_len=262144 -timeout=20 -print_final_stats=1 -artifact_prefix="$W/" "$W/corpus" "$W/seeds"

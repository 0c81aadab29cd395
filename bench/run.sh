#!/usr/bin/env bash
# Compare wirecap process with exiftool -j -r on the same folder.
# Usage: bench/run.sh [PHOTOS]   (default 1200). Needs exiftool (libimage-exiftool-perl).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1200}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/wirecap" ./cmd/wirecap
go run ./bench/gen -n "$n" -out "$dir/photos" >/dev/null
du -sh "$dir/photos" | awk '{print "folder: " $1}'
sync # the generated photos are not part of what is measured
cat "$dir"/photos/*/*.jpg > /dev/null # warm the page cache for both tools

measure() { # label, command...
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/env time -f "%M" -o "$dir/rss" "$@" > /dev/null 2>"$dir/err" || true
  t1=$(date +%s.%N)
  local secs rss
  secs=$(echo "$t1 - $t0" | bc -l)
  rss=$(tail -1 "$dir/rss")
  printf '%-28s %8.2f s  %8.0f photos/s  peak RSS %6d KiB\n' "$label" "$secs" "$(echo "$n / $secs" | bc -l)" "$rss"
  echo "$secs" > "$dir/$label.secs"
}

measure wirecap "$dir/wirecap" process --force --fail-on never --progress never "$dir/photos"
measure wirecap-inspect-only sh -c "find '$dir/photos' -name '*.jpg' | xargs '$dir/wirecap' inspect >/dev/null"
if command -v exiftool >/dev/null; then
  measure exiftool exiftool -j -r -q "$dir/photos"
  echo "ratio (wirecap process vs exiftool -j -r): $(echo "$(cat "$dir/exiftool.secs") / $(cat "$dir/wirecap.secs")" | bc -l | cut -c1-5)x"
else
  echo "exiftool not installed: apt-get install libimage-exiftool-perl"
fi

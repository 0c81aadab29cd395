#!/bin/sh
# Time `wirecap parse --input ndjson` end to end, pinned to one core, over N
# captions of the shared corpus (bench/captions), and print captions per
# second and per CPU-second (the steadier figure on a shared machine). With
# OLD, a wirecap binary to compare, the two alternate run by run, RUNS
# times (default 3), and the medians of each close the output.
#
# Usage: bench/parse.sh [N] [OLD] [RUNS]   (default 50000, none, 3)
# Needs: Go, taskset (util-linux), GNU time (/usr/bin/time), and the caption
# corpus in ../shared/corpus/captions beside the repository.
set -eu
cd "$(dirname "$0")/.."
n="${1:-50000}"
old="${2:-}"
runs="${3:-3}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/wirecap" ./cmd/wirecap
go run ./bench/captions -n "$n" >"$dir/caps.ndjson"
for run in $(seq "$runs"); do
	for bin in ${old:+"$old"} "$dir/wirecap"; do
		taskset -c 0 /usr/bin/time -f "%e %U %S" -o "$dir/t" "$bin" parse --input ndjson <"$dir/caps.ndjson" >/dev/null
		name=new
		[ "$bin" = "$old" ] && name=old
		awk -v n="$n" -v name="$name" -v run="$run" '{ printf "%s run %d: %.0f captions/s, %.0f captions/cpu-s (%.2f s wall, %.2f s CPU)\n", name, run, n/$1, n/($2+$3), $1, $2+$3 }' "$dir/t" | tee -a "$dir/all"
	done
done
for name in ${old:+old} new; do
	grep "^$name " "$dir/all" | awk '{ print $6 }' | sort -n | awk -v name="$name" '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%s median: %.0f captions/cpu-s (range %.0f-%.0f, %d runs)\n", name, m, v[1], v[NR], NR }'
done

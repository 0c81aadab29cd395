#!/bin/sh
# Instructions per caption of caption.Parse (BenchmarkParse), counted by
# cachegrind on one core: the run of 30 rounds of the corpus minus the run
# of 5, over the 25 rounds' captions. Counts are steady where wall time on
# a shared machine is not. With GOGC=off (the figure the notes compare)
# and with the collector on: allocation costs show in the second only,
# which varies by about 1.5% from run to run with the collector's timing.
# With OLD, a test binary of caption to compare (go test -c), both are
# counted.
#
# Usage: bench/instr.sh [OLD]
# Needs: Go, valgrind, and the caption corpus in ../shared beside the
# repository.
set -eu
cd "$(dirname "$0")/../caption"
old="${1:-}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go test -c -o "$dir/new.test" .
# A round is every caption of the corpus files BenchmarkParse reads.
captions=$(cat ../../shared/corpus/captions/dev.jsonl ../../shared/corpus/captions/dev2.jsonl | grep -c .)
refs() { # binary gogc rounds
	GOMAXPROCS=1 GOGC=$2 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$1" \
		-test.run '^$' -test.bench 'BenchmarkParse$' -test.benchtime "$3x" 2>&1 |
		awk '/I *refs/ { gsub(",", "", $NF); print $NF }'
}
for bin in ${old:+"$old"} "$dir/new.test"; do
	name=new
	[ "$bin" = "$old" ] && name=old
	for gogc in off 100; do
		a=$(refs "$bin" "$gogc" 30)
		b=$(refs "$bin" "$gogc" 5)
		echo "$name GOGC=$gogc: $(( (a - b) / (25 * captions) )) instructions per caption"
	done
done

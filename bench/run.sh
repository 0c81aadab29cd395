#!/bin/sh
# Compare wirecap with exiv2 and ExifTool on a folder of rich wire photos
# (bench/gen: EXIF, IPTC IIM, XMP and extended XMP in JPEG, TIFF, PNG and
# WebP), in one run, and print the ratios.
#
# Usage: bench/run.sh [PHOTOS]   (default 1100)
# Needs: Go, and the tools compared: exiv2 (Debian package exiv2) and
# exiftool (libimage-exiftool-perl); a missing tool is reported and skipped.
set -eu
cd "$(dirname "$0")/.."
n="${1:-1100}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/wirecap" ./cmd/wirecap
go build -o "$dir/compare" ./bench/compare
go run ./bench/gen -n "$n" -out "$dir/photos" >/dev/null
"$dir/compare" -wirecap "$dir/wirecap" -photos "$dir/photos" -work "$dir"

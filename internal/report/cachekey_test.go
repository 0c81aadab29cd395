package report

import (
	"testing"

	"github.com/wirecap/wirecap/internal/sidecar"
)

// TestThumbnailCacheKeyedByIdentity: a photo replaced by another of the
// same name, size and time (a new inode or ctime) does not get the old
// photo's cached preview.
func TestThumbnailCacheKeyedByIdentity(t *testing.T) {
	const photo = "../../testdata/photos/wires/afp-embargo.jpg"
	cache := t.TempDir()
	o := Options{CacheDir: func(string) string { return cache }}
	rec := func(inode uint64) *sidecar.Record {
		return &sidecar.Record{File: &sidecar.FileInfo{Size: 175898, Modified: "2024-01-01T00:00:00Z"},
			Image:  &sidecar.Image{Format: "jpeg", Width: 1600, Height: 1067},
			Inputs: &sidecar.Inputs{Photo: sidecar.Stamp{Inode: inode, Changed: "2024-01-01T00:00:00.5Z"}}}
	}
	if _, how, why := thumbnail(photo, rec(7), o); how == "cached" || how == "failed" {
		t.Fatalf("first preview: %s (%s)", how, why)
	}
	if _, how, _ := thumbnail(photo, rec(7), o); how != "cached" {
		t.Fatalf("the same photo again: %s, want cached", how)
	}
	if _, how, _ := thumbnail(photo, rec(8), o); how == "cached" {
		t.Error("a replaced photo (another inode) got the old cached preview")
	}
}

package imagemeta

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wirecap/wirecap/internal/metawrite"
)

// TestSidecarNames covers every naming convention ReadFile probes and the
// listing-based lookup a folder walker uses instead.
func TestSidecarNames(t *testing.T) {
	cases := []struct{ photo, sidecar string }{
		{"photo.jpg", "photo.jpg.xmp"},
		{"photo.jpg", "photo.xmp"},
		{"IMG_1.JPG", "IMG_1.XMP"},
		{"IMG_2.JPG", "IMG_2.JPG.XMP"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		photo := filepath.Join(dir, c.photo)
		os.WriteFile(photo, metawrite.JPEG(metawrite.Photo{IIM: baseIIM(true, "Lyon")}), 0o644)
		os.WriteFile(filepath.Join(dir, c.sidecar), baseXMP("Villeurbanne", nil), 0o644)
		m, err := ReadFile(photo)
		if err != nil {
			t.Fatal(err)
		}
		if m.XMPSidecar["photoshop:City"] != "Villeurbanne" {
			t.Errorf("%s with %s: sidecar not probed: %v", c.photo, c.sidecar, m.XMPSidecar)
		}
		listed := map[string]bool{c.photo: true, c.sidecar: true}
		got := SidecarFor(c.photo, func(n string) bool { return listed[n] })
		if got != c.sidecar {
			t.Errorf("SidecarFor(%s) = %q, want %q", c.photo, got, c.sidecar)
		}
		m, err = ReadFileWith(photo, ReadOptions{Sidecar: got})
		if err != nil || m.XMPSidecar["photoshop:City"] != "Villeurbanne" {
			t.Errorf("ReadFileWith(%s, Sidecar %s): %v %v", c.photo, got, err, m.XMPSidecar)
		}
		m, _ = ReadFileWith(photo, ReadOptions{})
		if m.XMPSidecar != nil {
			t.Errorf("ReadFileWith without Sidecar or ProbeSidecar read one: %v", m.XMPSidecar)
		}
	}
}

// TestBrokenSidecarIsIncomplete: a sidecar that is there but unreadable is
// data lost, not a silent absence.
func TestBrokenSidecarIsIncomplete(t *testing.T) {
	dir := t.TempDir()
	photo := filepath.Join(dir, "photo.jpg")
	os.WriteFile(photo, metawrite.JPEG(metawrite.Photo{IIM: baseIIM(true, "Lyon")}), 0o644)
	cases := map[string]ReadOptions{
		"garbage probed": {ProbeSidecar: true},
		"listed missing": {Sidecar: "gone.xmp"},
	}
	os.WriteFile(filepath.Join(dir, "photo.xmp"), []byte("\x00\x01 this is not XMP at all"), 0o644)
	for name, opt := range cases {
		m, err := ReadFileWith(photo, opt)
		if err != nil {
			t.Fatal(err)
		}
		if !hasIncomplete(m, "xmp_sidecar") {
			t.Errorf("%s: no incomplete note: %+v", name, m.Notes)
		}
	}
}

func hasIncomplete(m *Metadata, kind string) bool {
	for _, n := range m.Notes {
		if n.Incomplete && n.Kind == kind {
			return true
		}
	}
	return false
}

// TestSidecarOfDamagedPhoto: the sidecar of a photo that cannot be fully
// read is still read.
func TestSidecarOfDamagedPhoto(t *testing.T) {
	dir := t.TempDir()
	photo := filepath.Join(dir, "photo.jpg")
	os.WriteFile(photo, []byte("\xff\xd8\xff\xe1\x40\x00Exif"), 0o644)
	os.WriteFile(filepath.Join(dir, "photo.xmp"), baseXMP("Villeurbanne", nil), 0o644)
	m, err := ReadFile(photo)
	if err == nil || m == nil || m.XMPSidecar["photoshop:City"] != "Villeurbanne" {
		t.Errorf("err %v, sidecar %v", err, m)
	}
}

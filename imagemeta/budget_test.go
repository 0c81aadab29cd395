package imagemeta

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBudgetSpend(t *testing.T) {
	cases := []struct {
		name  string
		steps []struct {
			blocks bool
			n      int64
		}
		want []bool
	}{
		{"blocks take half", []struct {
			blocks bool
			n      int64
		}{{true, 500}, {true, 1}, {false, 10}}, []bool{true, false, true}},
		{"decoded values take the rest", []struct {
			blocks bool
			n      int64
		}{{true, 400}, {false, 600}, {false, 1}, {true, 1}, {true, 0}}, []bool{true, true, false, false, true}},
		{"a refusal refuses what follows", []struct {
			blocks bool
			n      int64
		}{{false, 2000}, {false, 1}, {true, 1}}, []bool{false, false, true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := budget{limit: 1000}
			for i, s := range c.steps {
				if got := b.spend(s.blocks, s.n); got != c.want[i] {
					t.Errorf("step %d (%v, %d): %v, want %v (spent %d)", i, s.blocks, s.n, got, c.want[i], b.spent)
				}
			}
			if b.spent > b.limit {
				t.Errorf("spent %d of %d", b.spent, b.limit)
			}
		})
	}
}

// TestNotesCapped: a fault repeated a thousand times gives a few notes and
// one that counts the others, Incomplete if any of them was.
func TestNotesCapped(t *testing.T) {
	m := &Metadata{}
	for i := 0; i < 1000; i++ {
		if i%2 == 0 {
			m.note("xmp", "stray text %d", i)
		} else {
			m.incomplete("xmp", "unreadable tag %d", i)
		}
	}
	m.incomplete("exif", "IFD0 cut")
	m.flushNotes()
	kinds := map[string]int{}
	for _, n := range m.Notes {
		kinds[n.Kind]++
	}
	last := m.Notes[len(m.Notes)-1]
	if kinds["xmp"] != maxNotesPerKind+1 || kinds["exif"] != 1 || last.Kind != "xmp" || !last.Incomplete ||
		!strings.HasPrefix(last.Message, "984 more xmp notes") {
		t.Errorf("notes %v, last %+v", kinds, last)
	}
}

// TestBudgetSidecarAndExtended: the sidecar and the extended XMP are paid
// from the photo's budget, and named when it cannot pay.
func TestBudgetSidecarAndExtended(t *testing.T) {
	dir := t.TempDir()
	photo := filepath.Join(dir, "photo.jpg")
	os.WriteFile(photo, fixtures()[2].data, 0o644) // jpeg-xmp-first
	side := baseXMP("Lyon", map[string]any{"photoshop:Instructions": strings.Repeat("No sales. ", 3000)})
	os.WriteFile(filepath.Join(dir, "photo.xmp"), side, 0o644)
	m, err := ReadFileWith(photo, ReadOptions{ProbeSidecar: true, budget: 40 << 10})
	if err != nil || m.XMPSidecar != nil || !noteSays(m, "xmp_sidecar", "sidecar photo.xmp not read: over") || m.XMP["photoshop:Credit"] != "AFP" {
		t.Errorf("sidecar over the budget: err %v sidecar %v xmp %d notes %+v", err, m.XMPSidecar != nil, len(m.XMP), m.Notes)
	}
	m, _ = ReadFileWith(photo, ReadOptions{ProbeSidecar: true})
	if m.XMPSidecar == nil || incompleteIn(m.Notes) {
		t.Errorf("sidecar within the budget: %v %+v", m.XMPSidecar != nil, m.Notes)
	}

	ext := fixtures()[3].data // jpeg-extended-xmp: the Instructions are in the extended packet
	m, _ = ReadWith(bytes.NewReader(ext), int64(len(ext)), ReadOptions{budget: 200 << 10})
	if m.XMP["photoshop:Instructions"] != nil || !noteSays(m, "xmp_extended", "not read: over") || m.XMP["photoshop:Credit"] != "AFP" {
		t.Errorf("extended XMP over the budget: %v %+v", m.XMP["photoshop:Instructions"] != nil, m.Notes)
	}
	m = readPhoto(t, ext)
	if m.XMP["photoshop:Instructions"] == nil || incompleteIn(m.Notes) {
		t.Errorf("extended XMP within the budget: %+v", m.Notes)
	}
}

func noteSays(m *Metadata, kind, text string) bool {
	for _, n := range m.Notes {
		if n.Incomplete && n.Kind == kind && strings.Contains(n.Message, text) {
			return true
		}
	}
	return false
}

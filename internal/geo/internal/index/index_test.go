package index

import (
	"encoding/binary"
	"strings"
	"testing"
)

// sample is a gazetteer of invented places: two cities, three names,
// one division, two region names.
const sample = "Velmora\tZZ\t\t1.0000\t2.0000\t50000\t\t1\nDrastovo\tZZ\t\t3.0000\t4.0000\t20000\tt\t2\n\n" +
	"drastovo\t\t1\nvelmora\tw\t0\nvelmora city\t\t0\n\nZZ\t1\tQuillan\tquillan\tZZ-QU\n\n" +
	"marquell\t\t0\nquillan\tZZ\t1\n"

func sampleIndex(t *testing.T) (Gazetteer, Index) {
	t.Helper()
	sec2 := strings.Index(sample, "\n\n") + 2
	sec3 := strings.Index(sample[sec2:], "\n\n") + 2 + sec2
	sec4 := strings.LastIndex(sample, "\n\n") + 2
	g := Gazetteer{Text: sample, Sec2: uint32(sec2), Sec3: uint32(sec3), Sec4: uint32(sec4), Extra: []string{"quillan", "marquell"}}
	g.Cities = []uint32{0, uint32(strings.Index(sample, "Drastovo")), uint32(sec2 - 1)}
	for i := sec2; i < sec3-1; i += strings.IndexByte(sample[i:], '\n') + 1 {
		g.Keys = append(g.Keys, uint32(i-sec2))
	}
	ix, err := Parse(Build(g))
	if err != nil {
		t.Fatal(err)
	}
	return g, ix
}

// find is how package geo reads a table: linear probing from the hash's
// top bits.
func find(slots []byte, bits uint, text, k string) (string, bool) {
	mask := uint64(len(slots)/4 - 1)
	for i := Hash(k) >> (64 - bits); ; i = (i + 1) & mask {
		s := binary.LittleEndian.Uint32(slots[4*i:])
		if s == 0 {
			return "", false
		}
		if NameAt(text, s-1) == k {
			line := text[s-1:]
			return line[:strings.IndexByte(line, '\n')], true
		}
	}
}

// TestBuildParse: every name is found at its own line, in section 2 or
// in section 4, names not held (prefixes, extensions, the other section's)
// are not, every name and extra key passes the filter, and the cities'
// offsets are kept.
func TestBuildParse(t *testing.T) {
	g, ix := sampleIndex(t)
	for k, want := range map[string][2]string{
		"velmora":      {"velmora\tw\t0", ""},
		"drastovo":     {"drastovo\t\t1", ""},
		"velmora city": {"velmora city\t\t0", ""},
		"quillan":      {"", "quillan\tZZ\t1"},
		"marquell":     {"", "marquell\t\t0"},
		"velmor":       {}, "velmora c": {}, "": {}, "quill": {},
	} {
		for i, tb := range []struct {
			slots []byte
			bits  uint
			text  string
		}{{ix.Slots, ix.SlotBits, sample[g.Sec2:]}, {ix.RegionSlots, ix.RegionBits, sample[g.Sec4:]}} {
			got, ok := find(tb.slots, tb.bits, tb.text, k)
			if got != want[i] || ok != (want[i] != "") {
				t.Errorf("table %d: find(%q) = %q, %v; want %q", i, k, got, ok, want[i])
			}
		}
	}
	nw := len(ix.Words) / 8
	for _, k := range []string{"velmora", "drastovo", "velmora city", "quillan", "marquell"} {
		w, bits := FilterAt(Hash(k), nw)
		if binary.LittleEndian.Uint64(ix.Words[8*w:])&bits != bits {
			t.Errorf("filter refuses %q", k)
		}
	}
	for i, want := range g.Cities {
		if got := binary.LittleEndian.Uint32(ix.Cities[4*i:]); got != want {
			t.Errorf("city offset %d = %d, want %d", i, got, want)
		}
	}
	if ix.Sec2 != g.Sec2 || ix.Sec3 != g.Sec3 || ix.Sec4 != g.Sec4 || ix.SlotBits != SlotBits(len(g.Keys)) || ix.RegionBits != SlotBits(2) {
		t.Errorf("header: sections %d, %d, %d, slot bits %d, %d", ix.Sec2, ix.Sec3, ix.Sec4, ix.SlotBits, ix.RegionBits)
	}
}

// TestParseRejects: a truncated, extended or foreign encoding is an error.
func TestParseRejects(t *testing.T) {
	g, _ := sampleIndex(t)
	b := Build(g)
	for name, bad := range map[string][]byte{
		"empty": nil, "magic": append([]byte("GZX0"), b[4:]...), "short": b[:len(b)-1],
		"long": append(append([]byte{}, b...), 0), "header": b[:HeaderLen-1],
	} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("%s: Parse accepted it", name)
		}
	}
}

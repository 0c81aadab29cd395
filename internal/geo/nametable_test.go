package geo

import (
	"strings"
	"testing"
)

// TestNameTable: every name of the gazetteer's section 2 is found at the
// flag of its own line (the last line, where a name repeats), and names it
// does not hold, including prefixes and extensions of held ones, are not.
func TestNameTable(t *testing.T) {
	gazOnce.Do(loadGazetteer)
	want := map[string]uint32{}
	for i := 0; i < len(keyText); {
		line := keyText[i : strings.IndexByte(keyText[i:], '\n')+i]
		tab := strings.IndexByte(line, '\t')
		want[line[:tab]] = uint32(i + tab + 1)
		i += len(line) + 1
	}
	if keyIdx.len() != len(want) {
		t.Errorf("table holds %d names, section 2 %d", keyIdx.len(), len(want))
	}
	for k, off := range want {
		if got, ok := keyIdx.find([]byte(k)); !ok || got != off {
			t.Fatalf("find(%q) = %d, %v; want %d", k, got, ok, off)
		}
	}
	for _, k := range []string{"velmora", "drastovo qx", "", "a coruna x", "a corun", "6th of october cit"} {
		if _, ok := want[k]; ok {
			continue
		}
		if off, ok := keyIdx.find([]byte(k)); ok {
			t.Errorf("find(%q) = %d, want not found", k, off)
		}
	}
}

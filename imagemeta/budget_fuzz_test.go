package imagemeta

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// budgetSeeds are small files of every format and of the hostile
// classes, shrunk: the budget of the fuzz input makes them hit it.
func budgetSeeds() [][]byte {
	var seeds [][]byte
	for _, fx := range fixtures() {
		if len(fx.data) < maxSeed {
			seeds = append(seeds, fx.data)
		}
	}
	credit := xmpOpen + `<photoshop:Credit>Studio Nord</photoshop:Credit>` + xmpClose
	small := []*virtualFile{
		newVirtual(once(jpegSharedEXIFBlock(200, 2000))),
		newVirtual(once(tiffSharedEXIF(40, 4096))),
		tiffSharedBlock(tagXMP, 8, 512, []byte(credit+strings.Repeat(" ", 512-len(credit)))),
		tiffSharedBlock(tagIPTC, 2, 5*100, []byte{0x1c, 2, 25, 0, 0}),
		pngOf(once(pngXMPChunk(credit)), piece{compressedXMPChunk(bytes.Repeat([]byte(" "), 4096)), 4}),
		pngOf(once(compressedXMPChunk(xmpProps("n", 20))), once(compressedXMPChunk(xmpProps("o", 20)))),
		webpOf(piece{webpChunk("ANMF", make([]byte, 4)), 20}, once(webpChunk("EXIF", metawriteEXIF())), once(webpChunk("XMP ", []byte(credit)))),
		pngOf(piece{pngChunk("IDAT", make([]byte, 8)), 20}, once(pngXMPChunk(credit))),
	}
	for _, v := range small {
		seeds = append(seeds, v.bytes())
	}
	return seeds
}

// FuzzBudget reads mutated files with a small memory budget (the second
// input, in units of 64 bytes): the read never spends more than the
// budget, whatever the budget refused is named in an Incomplete note, and
// the notes stay few.
func FuzzBudget(f *testing.F) {
	for i, b := range budgetSeeds() {
		f.Add(b, uint16(i*37%512))
	}
	f.Fuzz(func(t *testing.T, b []byte, units uint16) {
		limit := 64 * (int64(units) + 1)
		m, err := ReadWith(bytes.NewReader(b), int64(len(b)), ReadOptions{budget: limit})
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("panic: %v", err)
		}
		if m == nil {
			t.Fatal("nil metadata")
		}
		if m.budget.spent > limit {
			t.Fatalf("spent %d bytes of a %d-byte budget", m.budget.spent, limit)
		}
		if (m.budget.refused[0] || m.budget.refused[1]) && !incompleteIn(m.Notes) {
			t.Fatalf("the budget refused something, yet no Incomplete note: %+v", m.Notes)
		}
		kinds := map[string]int{}
		for _, n := range m.Notes {
			if kinds[n.Kind]++; kinds[n.Kind] > maxNotesPerKind+1 {
				t.Fatalf("%d notes of kind %s", kinds[n.Kind], n.Kind)
			}
		}
		out, jerr := json.Marshal(record(m))
		if jerr != nil || !utf8.Valid(out) {
			t.Fatalf("bad JSON: %v", jerr)
		}
	})
}

package imagemeta

import (
	"errors"
	"fmt"
)

// MaxMetadataMemory is the memory budget of one photo's metadata: the
// blocks its readers take from the file and the values decoded from them,
// each counted as often as it is read (a thousand EXIF entries pointing at
// one block cost a thousand blocks). The blocks may use half of it, so
// that decoding always has the other half. What the budget cannot pay for
// is not read, and an Incomplete note names it; the record, made of the
// decoded values, stays bounded with it.
//
// The per-block limits (MaxXMPSize, MaxEXIFSize…) bound one block; the
// budget bounds their sum, which a hostile file multiplies.
const MaxMetadataMemory = 64 << 20

// maxNotesPerKind bounds the notes of one kind a photo keeps; the others
// are counted in one last note of that kind.
const maxNotesPerKind = 16

// Costs of what the decoders keep beyond the bytes of the values: a map
// entry, an interface, a string header.
const (
	valueCost   = 64
	datasetCost = 48
)

// budget is what a photo's readers have spent of their memory budget.
type budget struct {
	limit int64 // 0: MaxMetadataMemory
	spent int64
	// refused[blocks] is set once a block (or a decoded value) was
	// refused: those after it are refused too, so that a file of a
	// thousand zlib bombs or XMP packets does not have each one
	// decompressed or parsed before it is refused.
	refused [2]bool
}

func (b *budget) max() int64 {
	if b.limit > 0 {
		return b.limit
	}
	return MaxMetadataMemory
}

// left is what may still be spent on blocks (blocks) or decoded values.
func (b *budget) left(blocks bool) int64 {
	if b.refused[btoi(blocks)] {
		return 0
	}
	limit := b.max()
	if blocks {
		limit /= 2
	}
	return max(limit-b.spent, 0)
}

func (b *budget) refuse(blocks bool) { b.refused[btoi(blocks)] = true }

func btoi(v bool) int {
	if v {
		return 1
	}
	return 0
}

// spend charges n bytes of blocks read from the file (blocks) or of
// decoded values. When the budget cannot pay, it returns false, and the
// caller does not read what it was about to and says so (overBudget);
// what comes after it is refused too. The caller formats its note only
// then: a read within the budget costs two comparisons.
func (b *budget) spend(blocks bool, n int64) bool {
	if n >= 0 && n <= b.left(blocks) {
		b.spent += n
		return true
	}
	b.refuse(blocks)
	return false
}

// errOverBudget says that a part was not read for want of memory budget.
var errOverBudget = errors.New("over the photo's metadata memory budget")

// overBudget notes that what was not read for want of memory budget.
func (m *Metadata) overBudget(kind, what string) {
	m.incomplete(kind, "%s not read: over the photo's metadata memory budget (%d MiB)", what, m.budget.max()>>20)
}

// droppedNotes counts the notes of one kind past maxNotesPerKind.
type droppedNotes struct {
	kind       string
	n          int
	incomplete bool
}

// addNote keeps a note, or counts it once maxNotesPerKind of its kind are
// kept: a file that repeats one fault a million times gets a few notes,
// not a million.
func (m *Metadata) addNote(n Note) {
	same := 0
	for i := range m.Notes {
		if m.Notes[i].Kind == n.Kind {
			same++
		}
	}
	if same < maxNotesPerKind {
		m.Notes = append(m.Notes, n)
		return
	}
	for i := range m.dropped {
		if d := &m.dropped[i]; d.kind == n.Kind {
			d.n++
			d.incomplete = d.incomplete || n.Incomplete
			return
		}
	}
	m.dropped = append(m.dropped, droppedNotes{kind: n.Kind, n: 1, incomplete: n.Incomplete})
}

// flushNotes ends the notes with one per kind that had too many to list.
func (m *Metadata) flushNotes() {
	for _, d := range m.dropped {
		msg := fmt.Sprintf("%d more %s notes like these not listed", d.n, d.kind)
		if d.incomplete {
			msg += ", some about data not read"
		}
		m.Notes = append(m.Notes, Note{Kind: d.kind, Message: msg, Incomplete: d.incomplete})
	}
	m.dropped = nil
}

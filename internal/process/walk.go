package process

import (
	"github.com/wirecap/wirecap/record"
	"slices"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// Walked is what the walker found under the paths of a batch, with its
// tallies.
type Walked struct {
	Items              []batch.Item
	Photos, Unreadable int
	Skipped, Ignored   int
}

// Walk lists the photos under paths that belong to the shard (the zero
// Shard holds all): every path once, in argument order, what is not read
// as an item with Skip or Err (batch.Walk).
func Walk(paths []string, shard batch.Shard) Walked {
	items, counts := batch.Walk(paths)
	items = slices.DeleteFunc(items, func(it batch.Item) bool { return !shard.Has(it.Path) })
	w := Walked{Items: items, Ignored: counts.Ignored}
	for _, it := range items {
		switch {
		case it.Err != nil:
			w.Unreadable++
		case it.Skip != "":
			w.Skipped++
		default:
			w.Photos++
		}
	}
	return w
}

// SkipFindings are the findings of a path that was not read as a photo:
// none for a file that is no photo, a file.unreadable error for one that
// could not be read at all (check and process records, and wirecap.Process,
// give every path its findings).
func SkipFindings(it batch.Item) []sidecar.Finding {
	if it.Err == nil {
		return []sidecar.Finding{}
	}
	return []sidecar.Finding{{Rule: record.FileUnreadable, Severity: check.Error, Message: it.Err.Error(), Evidence: sidecar.Evidence{}}}
}

package process

import (
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

// Plan gives every photo its sidecar path (with Write) and finds the
// photos that would write the same one (compared by absolute path, and
// without case where the file system ignores it: probed once per folder,
// see sidecar.FoldsCase). A sidecar path that would leave OutDir makes its
// item an error.
func (e *Engine) Plan(items []batch.Item) []Job {
	jobs := make([]Job, len(items))
	byOut := map[string][]int{}
	folds := map[string]bool{}
	for i, it := range items {
		jobs[i].Item = it
		if !it.Photo() || !e.o.Write {
			continue
		}
		dst, err := sidecar.Path(it.Path, it.Root, e.o.OutDir, e.o.Naming)
		if err != nil {
			jobs[i].Item.Err = err
			continue
		}
		jobs[i].Out = dst
		k := outKey(dst, folds)
		byOut[k] = append(byOut[k], i)
	}
	for _, idx := range byOut {
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			var others []string
			for _, k := range idx {
				if k != i {
					others = append(others, items[k].Path)
				}
			}
			jobs[i].Collision = strings.Join(others, ", ")
		}
	}
	return jobs
}

// outKey compares sidecar places: by absolute path, without case where
// the folder ignores it (probed once per folder); an object's key as it
// is (S3 keys are case-sensitive).
func outKey(dst string, folds map[string]bool) string {
	if store.IsS3(dst) {
		return dst
	}
	k, _ := filepath.Abs(dst)
	dir := filepath.Dir(k)
	f, ok := folds[dir]
	if !ok {
		f = sidecar.FoldsCase(dir)
		folds[dir] = f
	}
	if f {
		k = strings.ToLower(k) // photo.JPG and photo.jpg are one sidecar here
	}
	return k
}

package batch

import (
	"context"
	"path"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/internal/store"
)

// object lists an s3://bucket/prefix argument as the walker lists a
// folder: every object under the prefix (a single key names one object),
// classified by extension, hidden names and companions ignored, a
// folder's objects before its sub-prefixes. A URL named like a photo
// (s3://desk/story/a.jpg, as an Inventory lists keys) is that one object,
// taken without a LIST request: one missing is an error when it is read.
func (w *walker) object(url string) {
	if w.seen[url] {
		return
	}
	w.seen[url] = true
	if _, key, err := store.SplitS3(url); err == nil && key != "" && PhotoExts[strings.ToLower(path.Ext(key))] != "" {
		w.add(Item{Path: url, Root: url[:strings.LastIndexByte(url, '/')]})
		return
	}
	s, prefix, err := store.For(context.Background(), url)
	if err != nil {
		w.add(Item{Path: url, Root: url, Err: err})
		return
	}
	bucket := strings.TrimPrefix(s.String(), "s3://")
	root := strings.TrimSuffix(url, "/")
	if !strings.HasSuffix(url, "/") && !strings.HasSuffix(prefix, "/") && prefix != "" {
		root = url[:strings.LastIndexByte(url, '/')] // an object or a partial name: its "folder"
	}
	var keys []string
	err = s.List(context.Background(), prefix, func(e store.Entry) error {
		keys = append(keys, e.Key)
		return nil
	})
	if err != nil {
		w.add(Item{Path: url, Root: root, Err: err})
	}
	if err == nil && len(keys) == 0 {
		w.add(Item{Path: url, Root: root, Err: errNoObjects(url)})
	}
	slices.SortFunc(keys, folderOrder)
	for _, k := range keys {
		if hiddenKey(k) {
			w.counts.Ignored++
			continue
		}
		w.add(w.file("s3://"+bucket+"/"+k, root, k == prefix))
	}
}

type errNoObjects string

func (e errNoObjects) Error() string { return string(e) + ": no object under this prefix" }

// hiddenKey: a name starting with a dot, in any component.
func hiddenKey(k string) bool {
	return strings.HasPrefix(k, ".") || strings.Contains(k, "/.")
}

// folderOrder sorts keys as the walker orders a tree: a folder's files,
// then its subfolders, each lexically.
func folderOrder(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		aFile, bFile := i == len(as)-1, i == len(bs)-1
		switch {
		case aFile && !bFile:
			return -1
		case bFile && !aFile:
			return 1
		}
		return strings.Compare(as[i], bs[i])
	}
	return len(as) - len(bs)
}

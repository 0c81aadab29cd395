// Package benchcorpus reads the hand-labelled caption corpus
// (../shared/corpus/captions beside the repository, never copied into it)
// for the speed benchmarks of `wirecap parse`.
package benchcorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Captions reads the captions (the "caption" field) of dir's *.jsonl
// files, in name order.
func Captions(dir string) ([]string, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) == 0 {
		return nil, fmt.Errorf("no caption corpus (*.jsonl) in %s: give its folder with -corpus", dir)
	}
	var caps []string
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var e struct {
				Caption string `json:"caption"`
			}
			if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %v", path, err)
			}
			caps = append(caps, e.Caption)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
	}
	if len(caps) == 0 {
		return nil, fmt.Errorf("no captions in %s", dir)
	}
	return caps, nil
}

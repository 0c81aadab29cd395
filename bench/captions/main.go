// Command captions writes an --input ndjson stream of N captions for
// timing `wirecap parse` (bench/parse.sh calls it): the hand-labelled
// captions of the shared corpus (dev.jsonl, dev2.jsonl), repeated in order
// until there are N, one {"text": …} record a line. The corpus lives beside
// the repository and is never copied into it; without it the command says
// where it looked and exits 2.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	n := flag.Int("n", 50000, "records to write")
	dir := flag.String("corpus", "../shared/corpus/captions", "folder of the caption corpus (*.jsonl with a \"caption\" field)")
	flag.Parse()
	caps, err := corpusCaptions(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "captions:", err)
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	for i := range *n {
		rec, _ := json.Marshal(struct {
			Text string `json:"text"`
		}{caps[i%len(caps)]})
		w.Write(append(rec, '\n'))
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "captions:", err)
		os.Exit(2)
	}
}

// corpusCaptions reads the captions of dir's *.jsonl files, in name order.
func corpusCaptions(dir string) ([]string, error) {
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

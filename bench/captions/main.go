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

	"github.com/wirecap/wirecap/internal/benchcorpus"
)

func main() {
	n := flag.Int("n", 50000, "records to write")
	dir := flag.String("corpus", "../shared/corpus/captions", "folder of the caption corpus (*.jsonl with a \"caption\" field)")
	flag.Parse()
	caps, err := benchcorpus.Captions(*dir)
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

// Command compare times wirecap against exiv2 and ExifTool on one folder of
// photos, in one run, and prints the ratios (bench/run.sh calls it):
//
//   - wirecap check FILES      vs  exiv2 -pa FILES  vs  exiftool -j FILES
//   - wirecap process --out-dir OUT DIR  vs  a bare writer that creates the
//     same number of sidecars of the same size in the same tree (temporary
//     file + rename, one syncfs at the end, as wirecap does), on as many
//     goroutines as wirecap uses.
//
// Each command runs -runs times (after one warm-up run that fills the page
// cache); the fastest run is kept, which is the least disturbed by other
// work on a shared machine. Only Go and the compared tools are needed.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func main() {
	bin := flag.String("wirecap", "", "wirecap binary")
	dir := flag.String("photos", "", "folder of photos (bench/gen)")
	work := flag.String("work", "", "scratch folder for the sidecars")
	runs := flag.Int("runs", 3, "timed runs per command (fastest kept)")
	bare := flag.Bool("bare-writer", false, "internal: be the bare writer (-photos, -work, -size)")
	size := flag.Int("size", 0, "internal: bytes per sidecar for -bare-writer")
	flag.Parse()
	if *bare {
		bareWriter(*dir, *work, *size)
		return
	}
	if *bin == "" || *dir == "" || *work == "" {
		fmt.Fprintln(os.Stderr, "usage: compare -wirecap BIN -photos DIR -work DIR [-runs N]")
		os.Exit(2)
	}
	files := photos(*dir)
	fmt.Printf("photos: %d in %s (%s), %d cores, runs: fastest of %d\n", len(files), *dir, folderSize(*dir), runtime.NumCPU(), *runs)

	m := &measurer{runs: *runs, n: len(files)}
	check, checkCPU := m.time("wirecap check FILES", append([]string{*bin, "check", "--format", "json", "--fail-on", "never"}, files...))
	exiv2, exiv2CPU := m.time("exiv2 -pa FILES", append([]string{"exiv2", "-pa"}, files...))
	exiftool, exiftoolCPU := m.time("exiftool -j FILES", append([]string{"exiftool", "-j", "-q"}, files...))

	out := filepath.Join(*work, "sidecars")
	process, processCPU := m.time("wirecap process --out-dir", []string{*bin, "process", "--force", "--fail-on", "never", "--progress", "never", "--out-dir", out, *dir})
	avg := averageSize(out)
	self, _ := os.Executable()
	writer, writerCPU := m.time("bare writer (temp+rename)", []string{self, "-bare-writer", "-photos", *dir, "-work", filepath.Join(*work, "bare"), "-size", fmt.Sprint(avg)})

	fmt.Println()
	ratio := func(label string, a, b float64) {
		if a > 0 && b > 0 {
			fmt.Printf("%-52s %6.2fx\n", label, a/b)
		}
	}
	ratio("wirecap check speed / exiv2 -pa speed (wall)", exiv2, check)
	ratio("wirecap check speed / exiv2 -pa speed (CPU)", exiv2CPU, checkCPU)
	ratio("wirecap check speed / exiftool -j speed (wall)", exiftool, check)
	ratio("wirecap check speed / exiftool -j speed (CPU)", exiftoolCPU, checkCPU)
	ratio("wirecap process time / bare writer time (wall)", process, writer)
	ratio("wirecap process time / bare writer time (CPU)", processCPU, writerCPU)
	fmt.Printf("(sidecars: %d bytes on average)\n", avg)
}

// measurer runs commands and prints their fastest time and peak memory.
type measurer struct {
	runs, n int
}

// time returns the fastest wall time in seconds and the CPU time (user +
// system) of that run, or zeros when the command is missing or fails. On a
// shared machine the CPU time is the steadier figure.
func (m *measurer) time(label string, argv []string) (float64, float64) {
	if _, err := exec.LookPath(argv[0]); err != nil {
		fmt.Printf("%-28s not installed (%s)\n", label, argv[0])
		return 0, 0
	}
	best, bestCPU, peak := time.Duration(0), time.Duration(0), int64(0)
	for i := 0; i <= m.runs; i++ { // run 0 warms the page cache and is not counted
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Stdout = nil // discarded, as > /dev/null
		var stderr strings.Builder
		cmd.Stderr = &stderr
		start := time.Now()
		err := cmd.Run()
		d := time.Since(start)
		if err != nil && cmd.ProcessState != nil && cmd.ProcessState.ExitCode() > 1 {
			fmt.Printf("%-28s failed: %v\n%s\n", label, err, tail(stderr.String()))
			return 0, 0
		}
		cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			peak = max(peak, int64(ru.Maxrss))
		}
		if i > 0 && (best == 0 || d < best) {
			best, bestCPU = d, cpu
		}
	}
	s := best.Seconds()
	fmt.Printf("%-28s %7.3f s  %8.0f photos/s  CPU %7.3f s  peak RSS %7d KiB\n", label, s, float64(m.n)/s, bestCPU.Seconds(), peak)
	return s, bestCPU.Seconds()
}

func tail(s string) string {
	if len(s) > 400 {
		return "…" + s[len(s)-400:]
	}
	return s
}

// photos lists the photos under dir, as wirecap's walker finds them.
func photos(dir string) []string {
	items, _ := batch.Walk([]string{dir})
	var out []string
	for _, it := range items {
		if it.Photo() {
			out = append(out, it.Path)
		}
	}
	return out
}

func folderSize(dir string) string {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return fmt.Sprintf("%.0f MB", float64(n)/1e6)
}

func averageSize(dir string) int {
	var total, count int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".json") {
			if info, err := d.Info(); err == nil {
				total += info.Size()
				count++
			}
		}
		return nil
	})
	if count == 0 {
		return 0
	}
	return int(total / count)
}

// bareWriter creates, for every photo under dir, a sidecar of size bytes
// mirrored under out: a temporary file in the target folder, written,
// closed and renamed, on GOMAXPROCS goroutines, then one sync, i.e. the
// file system work of process without reading or checking anything.
func bareWriter(dir, out string, size int) {
	files := photos(dir)
	sort.Strings(files)
	body := []byte(strings.Repeat("x", max(size-1, 0)) + "\n")
	work := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				rel, _ := filepath.Rel(dir, p)
				dst := filepath.Join(out, rel+".json")
				d := filepath.Dir(dst)
				os.MkdirAll(d, 0o755) // as sidecar.Write does for every file
				f, err := os.CreateTemp(d, ".bare-*.tmp")
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(2)
				}
				f.Write(body)
				f.Close()
				os.Rename(f.Name(), dst)
			}
		}()
	}
	for _, p := range files {
		work <- p
	}
	close(work)
	wg.Wait()
	sidecar.SyncDir(out)
}

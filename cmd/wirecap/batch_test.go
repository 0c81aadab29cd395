package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/metawrite"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "wirecap")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func fixturePhotos(t *testing.T, dir string, n int) {
	t.Helper()
	var data [][]byte
	for name, b := range metawrite.DeskFixtures() {
		if !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".html") {
			data = append(data, b)
		}
	}
	exts := map[byte]string{0xFF: ".jpg", 0x89: ".png", 'R': ".webp", 'M': ".tif"}
	for i := 0; i < n; i++ {
		b := data[i%len(data)]
		ext := exts[b[0]]
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%20))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("p%05d%s", i, ext)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkSidecars validates every sidecar under dir and returns how many.
func checkSidecars(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		n++
		b, err := os.ReadFile(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			return nil
		}
		if err := sidecar.Validate(b); err != nil {
			t.Errorf("%s is not a complete, valid sidecar: %v", p, err)
		}
		return nil
	})
	return n
}

// TestKillMidBatch kills process with SIGKILL in the middle of a batch and
// finds every sidecar on disk complete and valid.
func TestKillMidBatch(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	fixturePhotos(t, dir, 3000)
	cmd := exec.Command(bin, "process", "--progress", "never", "--fail-on", "never", dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		m, _ := filepath.Glob(filepath.Join(dir, "d0*", "*.json"))
		if len(m) >= 50 {
			break
		}
		time.Sleep(2 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	n := checkSidecars(t, dir)
	t.Logf("killed after %d of 3000 sidecars; all valid", n)
	if n == 0 || n >= 3000 {
		t.Logf("the kill did not land mid-batch (%d sidecars); the check still ran", n)
	}
}

// TestMalformedBatch runs process over damaged files (truncations, flipped
// bytes, lying sizes, deep XMP, IFD loops) and good ones: every input gets
// a valid sidecar, nothing panics, the originals are untouched.
func TestMalformedBatch(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(1))
	var seeds [][]byte
	for name, b := range metawrite.DeskFixtures() {
		if !strings.HasSuffix(name, ".txt") && !strings.HasSuffix(name, ".html") && len(b) > 100 {
			seeds = append(seeds, b)
		}
	}
	deep := metawrite.JPEG(metawrite.Photo{XMP: []byte(`<x:xmpmeta xmlns:x="adobe:ns:meta/">` + strings.Repeat("<a>", 5000) + `</x:xmpmeta>`)})
	bomb := metawrite.JPEG(metawrite.Photo{XMP: []byte(`<!DOCTYPE x [<!ENTITY a "AAAAAAAAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>&b;</dc:format></rdf:Description></rdf:RDF></x:xmpmeta>`)})
	long := metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true, metawrite.Set(120, strings.Repeat("Very long caption. ", 3000)))})
	loop := []byte("\xff\xd8\xff\xe1\x00\x2aExif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x01\x00\x00\x00\x00\x00\x08\xff\xd9")
	special := [][]byte{deep, bomb, long, loop, {}, []byte("not an image")}
	sums := map[string][32]byte{}
	write := func(name string, b []byte) {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		sums[p] = sha256.Sum256(b)
	}
	for i, b := range special {
		write(fmt.Sprintf("special%02d.jpg", i), b)
	}
	exts := map[byte]string{0xFF: ".jpg", 0x89: ".png", 'R': ".webp", 'M': ".tif"}
	for i := 0; i < 100; i++ {
		b := append([]byte(nil), seeds[i%len(seeds)]...)
		ext := exts[b[0]]
		switch i % 4 {
		case 0: // truncate
			b = b[:rng.Intn(len(b))]
		case 1: // flip bytes
			for k := 0; k < 1+rng.Intn(20); k++ {
				b[rng.Intn(len(b))] ^= byte(1 + rng.Intn(255))
			}
		case 2: // lie about a size field near the start
			at := 4 + rng.Intn(min(60, len(b)-8))
			copy(b[at:], []byte{0x7f, 0xff, 0xff, 0xff})
		}
		write(fmt.Sprintf("m%03d%s", i, ext), b)
	}
	cmd := exec.Command(bin, "process", "--progress", "never", "--fail-on", "never", dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	// Photos that cannot be read exit 2 whatever --fail-on, once the batch
	// is done; nothing else may fail it.
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(stderr.String(), "photo(s) unreadable, 0 sidecar(s) not written") {
		t.Fatalf("process: %v (want exit 2 for the unreadable photos)\n%s\n%s", err, out, stderr.String())
	}
	if strings.Contains(stderr.String(), "panic") || strings.Contains(string(out), "internal error") {
		t.Errorf("panic in batch:\n%s", stderr.String())
	}
	n := checkSidecars(t, dir)
	if n != len(sums) {
		t.Errorf("%d sidecars for %d inputs", n, len(sums))
	}
	for p, sum := range sums {
		b, _ := os.ReadFile(p)
		if sha256.Sum256(b) != sum {
			t.Errorf("%s was modified", p)
		}
	}
	t.Logf("%s", out)
}

// tempFiles lists the temporary sidecars left under dir.
func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	var left []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasPrefix(info.Name(), ".wirecap-") && strings.HasSuffix(info.Name(), ".tmp") {
			left = append(left, p)
		}
		return nil
	})
	return left
}

// TestInterrupt sends SIGINT and SIGTERM mid-batch: process stops taking
// photos, finishes the sidecars in flight, prints its summary and exits
// 130/143, leaving no temporary file and only complete sidecars.
func TestInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX signals")
	}
	bin := buildBinary(t)
	for _, tc := range []struct {
		sig  syscall.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			fixturePhotos(t, dir, 2000)
			cmd := exec.Command(bin, "process", "--progress", "never", "--fail-on", "never", "--jobs", "2", dir)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(20 * time.Second)
			for time.Now().Before(deadline) {
				if m, _ := filepath.Glob(filepath.Join(dir, "d0*", "*.json")); len(m) >= 20 {
					break
				}
				time.Sleep(2 * time.Millisecond)
			}
			cmd.Process.Signal(tc.sig)
			err := cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			n := checkSidecars(t, dir)
			if n >= 2000 {
				t.Skipf("the batch finished before the signal (%v)", err)
			}
			if code != tc.code {
				t.Errorf("exit %d, want %d\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), "sidecars written") || !strings.Contains(stderr.String(), "interrupted after") {
				t.Errorf("no summary:\nstdout: %s\nstderr: %s", stdout.String(), stderr.String())
			}
			if left := tempFiles(t, dir); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
			var written int
			fmt.Sscanf(stdout.String()[strings.Index(stdout.String(), "photos, ")+len("photos, "):], "%d", &written)
			if written != n {
				t.Errorf("summary says %d sidecars written, %d on disk", written, n)
			}
			t.Logf("stopped after %d of 2000 sidecars", n)
		})
	}
}

// TestClosedStdout is `process --format ndjson … | head -n 1`: the run ends
// cleanly (exit 141, no panic, no temporary file, the summary on stderr).
func TestClosedStdout(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("EPIPE")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	fixturePhotos(t, dir, 1000)
	cmd, out, stderr := startReading(t, bin, "process", "--format", "ndjson", "--progress", "never", "--fail-on", "never", dir)
	out.Close() // what head does after its line
	cmd.Wait()
	code := cmd.ProcessState.ExitCode()
	if n := checkSidecars(t, dir); n >= 1000 {
		t.Skipf("the batch finished before stdout closed")
	}
	if code != closedOutput {
		t.Errorf("exit %d, want %d\n%s", code, closedOutput, stderr.String())
	}
	if strings.Contains(stderr.String(), "panic") || !strings.Contains(stderr.String(), "sidecars written") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
	if left := tempFiles(t, dir); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// startReading starts the binary with its standard output piped and waits
// until the first record begins (a '{'): the run is under way.
func startReading(t *testing.T, bin string, args ...string) (*exec.Cmd, io.ReadCloser, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	stderr := &bytes.Buffer{}
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	first := make([]byte, 1)
	if _, err := out.Read(first); err != nil || first[0] != '{' {
		t.Fatalf("first byte %q, %v", first, err)
	}
	return cmd, out, stderr
}

func TestFileURI(t *testing.T) {
	for in, want := range map[string]string{
		"photos/a b#1/été.jpg": "photos/a%20b%231/%C3%A9t%C3%A9.jpg",
		"/srv/wire 1/100%.jpg": "file:///srv/wire%201/100%25.jpg",
		"a:b.jpg":              "./a:b.jpg",
		"q?.jpg":               "q%3F.jpg",
	} {
		if got := fileURI(in); got != want {
			t.Errorf("fileURI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestInterruptCheck: check stops taking photos on SIGINT, prints the
// records of the photos it checked and says how far it got, exit 130.
func TestInterruptCheck(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX signals")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	fixturePhotos(t, dir, 2000)
	cmd, out, stderr := startReading(t, bin, "check", "--format", "json", "--fail-on", "never", "--jobs", "2", dir)
	cmd.Process.Signal(syscall.SIGINT)
	rest, _ := io.ReadAll(out)
	cmd.Wait()
	lines := bytes.Count(rest, []byte("\n"))
	if lines >= 2000 {
		t.Skip("the batch finished before the signal")
	}
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit %d, want 130\n%s", code, stderr.String())
	}
	var done, total int
	if i := strings.Index(stderr.String(), "interrupted: "); i < 0 {
		t.Fatalf("no summary: %s", stderr.String())
	} else {
		fmt.Sscanf(stderr.String()[i:], "interrupted: %d of %d paths checked", &done, &total)
	}
	if done != lines || total != 2000 {
		t.Errorf("summary %d of %d, %d records printed", done, total, lines)
	}
}

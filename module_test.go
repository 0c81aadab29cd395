package wirecap_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestFromOwnModule is the library as an editorial developer meets it: a
// program in a module of its own, importing only github.com/wirecap/wirecap
// (replaced by this checkout), must get for the seed's case the decision,
// agency, credit and findings that `wirecap check` prints.
func TestFromOwnModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs; not in -short")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH to build the example module")
	}
	repo, _ := filepath.Abs(".")
	photo := filepath.Join(repo, seedPhoto)
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/desk\n\ngo 1.26\n\nrequire github.com/wirecap/wirecap v0.0.0\n\nreplace github.com/wirecap/wirecap => "+repo+"\n")
	write("desk.toml", "default_use = \"marketing\"\ndefault_territory = \"FR\"\n")
	write("main.go", `package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/wirecap/wirecap"
)

// The seed's case twice: one photo with Check, its folder with Process
// (sidecars under a folder of their own, the use and territory from the
// desk's policy). One JSON record per line.
func main() {
	ctx := context.Background()
	asOf, _ := time.Parse("2006-01-02", "2022-03-10")
	out := json.NewEncoder(os.Stdout)
	rec, err := wirecap.Check(ctx, os.Args[1], wirecap.Options{Use: "marketing", Territory: "FR", AsOf: asOf})
	if err != nil {
		panic(err)
	}
	out.Encode(rec)
	pol, err := wirecap.LoadPolicy("desk.toml")
	if err != nil {
		panic(err)
	}
	o := wirecap.ProcessOptions{Options: wirecap.Options{AsOf: asOf, Policy: pol}, OutDir: os.Args[2]}
	err = wirecap.Process(ctx, []string{filepath.Dir(os.Args[1])}, o, func(r *wirecap.Record) error { return out.Encode(r) })
	if err != nil {
		panic(err)
	}
}
`)
	// The checkout's go.sum vouches for the same dependencies; nothing is
	// fetched (GOPROXY=off): they are in the module cache already, and the
	// replaced module's go.mod brings its requirements into the build.
	sum, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	write("go.sum", string(sum))
	sidecars := t.TempDir()
	lib := bytes.Split(bytes.TrimSpace(run(t, dir, goBin, "run", ".", photo, sidecars)), []byte("\n"))
	cli := run(t, repo, goBin, "run", "./cmd/wirecap", "check", "--use", "marketing", "--territory", "FR",
		"--as-of", "2022-03-10", "--format", "json", "--fail-on", "never", photo)
	want := essentials(t, cli)
	if len(lib) != 2 {
		t.Fatalf("the library program printed %d records, want 2 (Check, Process):\n%s", len(lib), bytes.Join(lib, []byte("\n")))
	}
	for i, call := range []string{"Check", "Process"} {
		if got := essentials(t, lib[i]); got != want {
			t.Errorf("wirecap.%s:\n%s\nwirecap check:\n%s", call, got, want)
		}
	}
	if !bytes.Contains([]byte(want), []byte(`"decision":"deny"`)) || !bytes.Contains([]byte(want), []byte(`"agency":"AFP"`)) {
		t.Errorf("the seed's case for marketing should be AFP's and denied: %s", want)
	}
	if _, err := os.Stat(filepath.Join(sidecars, filepath.Base(photo)+".json")); err != nil {
		t.Errorf("Process wrote no sidecar: %v", err)
	}
}

func run(t *testing.T, dir, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = offline()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return out
}

func offline() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off")
}

// essentials keeps what the issue names: decision (and its reasons),
// agency, credit (as supplied and as printed) and the findings' rules and
// severities.
func essentials(t *testing.T, out []byte) string {
	t.Helper()
	var r struct {
		Summary struct {
			Agency      *string `json:"agency"`
			Credit      *string `json:"credit"`
			CreditPrint *string `json:"credit_print"`
		} `json:"summary"`
		Verdict struct {
			Decision string   `json:"decision"`
			Reasons  []string `json:"reasons"`
		} `json:"verdict"`
		Findings []struct{ Rule, Severity string } `json:"findings"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	b, _ := json.Marshal(r)
	return string(b)
}

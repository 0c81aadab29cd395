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
	write("main.go", `package main

import (
	"context"
	"encoding/json"
	"os"
	"time"

	"github.com/wirecap/wirecap"
)

func main() {
	asOf, _ := time.Parse("2006-01-02", "2022-03-10")
	rec, err := wirecap.Check(context.Background(), os.Args[1], wirecap.Options{Use: "marketing", Territory: "FR", AsOf: asOf})
	if err != nil {
		panic(err)
	}
	json.NewEncoder(os.Stdout).Encode(rec)
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
	lib := run(t, dir, goBin, "run", ".", photo)
	cli := run(t, repo, goBin, "run", "./cmd/wirecap", "check", "--use", "marketing", "--territory", "FR",
		"--as-of", "2022-03-10", "--format", "json", "--fail-on", "never", photo)
	got, want := essentials(t, lib), essentials(t, cli)
	if got != want {
		t.Errorf("library program:\n%s\nwirecap check:\n%s", got, want)
	}
	if !bytes.Contains([]byte(got), []byte(`"decision":"deny"`)) {
		t.Errorf("the seed's case for marketing should be denied: %s", got)
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

// essentials keeps what the issue names: decision, agency, credit and the
// findings' rules and severities.
func essentials(t *testing.T, out []byte) string {
	t.Helper()
	var r struct {
		Summary struct {
			Agency, Credit *string
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

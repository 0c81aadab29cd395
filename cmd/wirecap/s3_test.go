package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/wirecap/wirecap/internal/store/s3test"
)

// s3Server is the real S3 server the [s3] scripts talk to: one versitygw
// per TestScript run (or the one .ci/run started), serving a folder ($S3ROOT: a bucket is a
// folder there, an object a file), or none when it is not installed.
var s3Server *s3test.Server

func startS3(t *testing.T) {
	if s3Server = s3test.Shared(); s3Server != nil || s3test.Binary() == "" {
		return
	}
	s3Server = s3test.Start(t, t.TempDir())
	t.Cleanup(s3Server.Stop)
}

// s3Env gives a script the AWS configuration of the server and its root.
func s3Env(env *testscript.Env) {
	if s3Server == nil {
		return
	}
	for k, v := range s3Server.Env() {
		env.Setenv(k, v)
	}
	env.Setenv("S3ROOT", s3Server.Root)
}

// essentials FILE writes, for every NDJSON record of the last command's
// stdout, what must not depend on where the photo was read from: the
// photo's base name, its image, summary, findings' rules and verdict.
func essentials(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: essentials FILE")
	}
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(ts.ReadFile("stdout")), "\n") {
		var rec struct {
			SourceFile string                  `json:"source_file"`
			Image      json.RawMessage         `json:"image"`
			Summary    json.RawMessage         `json:"summary"`
			Findings   []struct{ Rule string } `json:"findings"`
			Verdict    struct {
				Decision string   `json:"decision"`
				Reasons  []string `json:"reasons"`
			} `json:"verdict"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			ts.Fatalf("not an NDJSON record: %q: %v", line, err)
		}
		name := rec.SourceFile[strings.LastIndexAny(rec.SourceFile, "/\\")+1:]
		fmt.Fprintf(&out, "%s %s %s %v %s %q\n", name, rec.Image, rec.Summary, rec.Findings, rec.Verdict.Decision, rec.Verdict.Reasons)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte(out.String()), 0o644))
}

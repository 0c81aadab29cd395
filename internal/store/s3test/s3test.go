// Package s3test starts the real S3 server the tests use: versitygw
// (Apache-2.0), which serves a folder as buckets (a bucket is a folder,
// an object a file). .ci/run installs it; tests skip with a message when
// it is absent.
package s3test

import (
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Access key and secret of the test server.
const (
	Access = "wirecap"
	Secret = "wirecap-secret"
)

// Server is a running versitygw.
type Server struct {
	Endpoint string // http://127.0.0.1:PORT
	Root     string // the folder it serves: Root/BUCKET/KEY
	cmd      *exec.Cmd
}

// Binary is the versitygw command, or "" when it is not installed.
func Binary() string {
	if b := os.Getenv("VERSITYGW"); b != "" {
		return b
	}
	b, _ := exec.LookPath("versitygw")
	return b
}

// Shared is the server .ci/run started for the whole run, named by
// WIRECAP_TEST_S3 (its endpoint) and WIRECAP_TEST_S3_ROOT (the folder it
// serves); nil when they are not set.
func Shared() *Server {
	ep, root := os.Getenv("WIRECAP_TEST_S3"), os.Getenv("WIRECAP_TEST_S3_ROOT")
	if ep == "" || root == "" {
		return nil
	}
	return &Server{Endpoint: ep, Root: root}
}

// Start starts a server on a free port of 127.0.0.1 serving root;
// Stop ends it. It skips tb when versitygw is not installed.
func Start(tb testing.TB, root string) *Server {
	tb.Helper()
	if Binary() == "" {
		tb.Skip("versitygw (a real S3 server) is not installed: .ci/run installs it (go install github.com/versity/versitygw/cmd/versitygw@v1.8.0)")
	}
	s, err := StartServer(root)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// StartServer is Start outside a test (benchmarks' commands).
func StartServer(root string) (*Server, error) {
	bin := Binary()
	if bin == "" {
		return nil, errors.New("versitygw is not installed")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	s := &Server{Endpoint: "http://" + addr, Root: root}
	s.cmd = exec.Command(bin, "--port", addr, "--access", Access, "--secret", Secret, "--keep-alive", "posix", root)
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return s, nil
		}
		if time.Now().After(deadline) {
			s.Stop()
			return nil, errors.New("versitygw did not start within 10 s")
		}
	}
}

// Stop ends the server (not a shared one).
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	s.cmd.Process.Kill()
	s.cmd.Wait()
}

// Env is the standard AWS configuration that points at the server, and
// at no configuration file of the machine's.
func (s *Server) Env() map[string]string {
	return map[string]string{
		"AWS_ENDPOINT_URL": s.Endpoint, "AWS_ACCESS_KEY_ID": Access, "AWS_SECRET_ACCESS_KEY": Secret,
		"AWS_REGION": "us-east-1", "AWS_CONFIG_FILE": filepath.Join(s.Root, ".no-config"),
		"AWS_SHARED_CREDENTIALS_FILE": filepath.Join(s.Root, ".no-credentials"),
	}
}

// Use points the test's AWS configuration (environment) at a real S3
// server — the shared one, else one started for the test — and returns
// it; it skips tb when versitygw is not installed.
func Use(tb testing.TB) *Server {
	tb.Helper()
	srv := Shared()
	if srv == nil {
		srv = Start(tb, tb.TempDir())
		tb.Cleanup(srv.Stop)
	}
	for k, v := range srv.Env() {
		tb.Setenv(k, v)
	}
	return srv
}

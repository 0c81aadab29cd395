// Command wirecap reads news photos' captions and metadata, checks them
// against each other and against the article, and says whether a planned
// use is allowed. See README.md for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // embargo zones resolve on machines without zoneinfo

	"github.com/urfave/cli/v2"
)

// Version is the release of wirecap; sidecars name it in "generator".
const Version = "0.1.0"

// exitError carries an exit code through urfave/cli without it printing.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageErr(format string, args ...any) error {
	return &exitError{2, fmt.Sprintf(format, args...)}
}

func main() {
	// A closed stdout (`wirecap … | head -n 1`) must end the run cleanly
	// instead of killing it mid-write: writes then fail with EPIPE, which the
	// commands handle (see outWriter).
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := signalContext()
	defer stop()
	os.Exit(runContext(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// interrupted is the cause of a context cancelled by a signal.
type interrupted struct{ sig syscall.Signal }

func (i interrupted) Error() string { return "interrupted by " + i.sig.String() }

// code is the shell's convention for a process ended by a signal.
func (i interrupted) code() int { return 128 + int(i.sig) }

// graceAfterSignal is how long a run may take to finish the photos in
// flight after the first SIGINT or SIGTERM. Opens never block on a FIFO
// (internal/safefile), but a read from a hung network mount can: past this,
// wirecap exits with the signal's code anyway. A sidecar is then never half
// written (temporary file and rename); a temporary file left behind is
// swept by the next run that writes in its folder.
var graceAfterSignal = 30 * time.Second

// exitNow ends the process; a test replaces it.
var exitNow = os.Exit

// signalContext is cancelled, with an interrupted cause, by the first
// SIGINT or SIGTERM; a second one, or graceAfterSignal, ends the process
// at once.
func signalContext() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		s, ok := <-ch
		if !ok {
			return
		}
		signal.Stop(ch)
		sig, _ := s.(syscall.Signal)
		cancel(interrupted{sig})
		time.AfterFunc(graceAfterSignal, func() {
			fmt.Fprintf(os.Stderr, "wirecap: %s: photos in flight did not finish within %s; exiting\n", sig, graceAfterSignal)
			exitNow(interrupted{sig}.code())
		})
	}()
	return ctx, func() { signal.Stop(ch); cancel(nil) }
}

// stopCode is the exit code of a run that ctx stopped, or 0.
func stopCode(ctx context.Context) int {
	var i interrupted
	if errors.As(context.Cause(ctx), &i) {
		return i.code()
	}
	return 0
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &outWriter{w: stdout}
	app := newApp(stdin, out, stderr)
	args, err := arrange(app, args)
	if err != nil {
		fmt.Fprintln(stderr, "wirecap:", err)
		return 2
	}
	err = app.RunContext(ctx, args)
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "wirecap:", cleanMessage(ee.msg))
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "wirecap:", cleanMessage(err.Error()))
	return 2
}

// outWriter remembers the first write error on stdout (EPIPE when the
// reader went away) so that a batch stops taking photos instead of
// computing records nobody reads.
type outWriter struct {
	w   io.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// closedOutput is the exit code of a run whose stdout was closed: what a
// shell reports for a process ended by SIGPIPE, without the abrupt end.
const closedOutput = 141

// outputErr returns the error that ends a run whose stdout failed, or nil.
func outputErr(w io.Writer) error {
	if o, ok := w.(*outWriter); ok && o.err != nil {
		if errors.Is(o.err, syscall.EPIPE) {
			return &exitError{closedOutput, ""}
		}
		return &exitError{2, "writing output: " + o.err.Error()}
	}
	return nil
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:    "wirecap",
		Usage:   "read, check and clear news photos for publication",
		Version: Version,
		Description: `wirecap parses wire captions (AFP, AP, Reuters, Getty, EPA, Xinhua, dpa, PA…),
reads EXIF, IPTC and XMP, checks caption, metadata and article against each
other and gives a verdict for a planned use.

Flags may come before or after the paths; "--" ends them.
Run 'wirecap help COMMAND' (or 'wirecap COMMAND --help') for a command's flags and examples.`,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*cli.Command{
			parseCommand(),
			inspectCommand(),
			checkCommand(),
			processCommand(),
			reportCommand(),
			feedCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageErr("%s\nRun 'wirecap --help' for usage.", flagMessage(err))
		},
	}
}

// subUsageError makes a command's flag errors exit 2 like the app's, naming
// the flag as it is typed and saying where the usage is.
func subUsageError(c *cli.Context, err error, _ bool) error {
	return usageErr("%s: %s\nRun 'wirecap %s --help' for usage.", c.Command.Name, flagMessage(err), c.Command.Name)
}

// The flag package names flags with one dash ("flag provided but not
// defined: -jobz", "invalid value \"x\" for flag -jobs: parse error");
// wirecap's flags are written with two.
var flagNameRe = regexp.MustCompile(`(^|flag |defined: )-([A-Za-z][\w-]+)`)

func flagMessage(err error) string {
	msg := strings.TrimSpace(err.Error())
	return flagNameRe.ReplaceAllStringFunc(msg, func(m string) string {
		i := strings.LastIndex(m, "-")
		for i > 0 && m[i-1] == '-' {
			i--
		}
		prefix, name := m[:i], strings.TrimLeft(m[i:], "-")
		if len(name) == 1 {
			return prefix + "-" + name
		}
		return prefix + "--" + name
	})
}

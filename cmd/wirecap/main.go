// Command wirecap reads news photos' captions and metadata, checks them
// against each other and against the article, and says whether a planned
// use is allowed. See README.md for the commands.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

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

func main() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.Run(args)
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "wirecap:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "wirecap:", err)
	return 2
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:    "wirecap",
		Usage:   "read, check and clear news photos for publication",
		Version: Version,
		Description: `wirecap parses wire captions (AFP, AP, Reuters, Getty, EPA, Xinhua, dpa, PA…),
reads EXIF, IPTC and XMP, checks caption, metadata and article against each
other and gives a verdict for a planned use.`,
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*cli.Command{
			parseCommand(),
			inspectCommand(),
			checkCommand(),
			processCommand(),
			reportCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageErr("%v", err)
		},
		HideHelpCommand: true,
	}
}

// subUsageError makes a command's flag errors exit 2 like the app's.
func subUsageError(_ *cli.Context, err error, _ bool) error { return usageErr("%v", err) }

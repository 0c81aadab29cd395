package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/filelist"
)

// arrange puts every flag of the command line before its paths, so that
// `wirecap process photos/ --force` reads --force as a flag (urfave/cli, like
// the flag package, stops at the first argument that is not one). "--" ends
// the flags: what follows is kept as arguments, e.g. a caption starting
// with "-". An unknown command is an error naming it.
func arrange(app *cli.App, args []string) ([]string, error) {
	if len(args) < 2 {
		return args, nil
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" && args[i] != "--" {
		i++ // the app's own flags (--help, --version) take no value
	}
	if i >= len(args) || args[i] == "--" {
		return args, nil
	}
	name := args[i]
	if name == "help" {
		if i+1 < len(args) && app.Command(args[i+1]) == nil && args[i+1] != "help" {
			return nil, unknownCommand(app, args[i+1])
		}
		return args, nil
	}
	cmd := app.Command(name)
	if cmd == nil {
		return nil, unknownCommand(app, name)
	}
	flags := append([]cli.Flag{cli.HelpFlag}, cmd.Flags...)
	rest := reorder(args[i+1:], flags)
	for _, a := range rest {
		if a == "--" {
			break
		}
		if a == "-h" || a == "--help" || a == "-help" {
			// --help anywhere shows the command's help, whatever else is there.
			return []string{args[0], "help", cmd.Name}, nil
		}
	}
	return append(append([]string{}, args[:i+1]...), rest...), nil
}

// reorder returns args with the flags (and the values of the flags that take
// one) first, then "--" and the other arguments in their order.
func reorder(args []string, flags []cli.Flag) []string {
	takesValue := map[string]bool{}
	for _, f := range flags {
		dg, ok := f.(cli.DocGenerationFlag)
		for _, n := range f.Names() {
			takesValue[n] = ok && dg.TakesValue()
		}
	}
	var fl, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i+1:]...)
			i = len(args)
		case len(a) > 1 && a[0] == '-':
			fl = append(fl, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(args) {
				i++
				fl = append(fl, args[i])
			}
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) > 0 {
		fl = append(append(fl, "--"), pos...)
	}
	return fl
}

// unknownCommand names the command, suggests the nearest one and exits 2.
func unknownCommand(app *cli.App, name string) error {
	msg := fmt.Sprintf("unknown command %q", name)
	best, bestD := "", 3
	for _, c := range app.Commands {
		if d := editDistance(name, c.Name); d < bestD || strings.HasPrefix(c.Name, name) && bestD > 0 {
			best, bestD = c.Name, d
		}
	}
	if best != "" {
		msg += fmt.Sprintf("; did you mean %q?", best)
	}
	return usageErr("%s\nRun 'wirecap help' for the list of commands.", msg)
}

// editDistance is Levenshtein's distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// formatAliases name one format twice: "json" and "ndjson" are both one
// compact JSON record per line, whichever a command calls it.
var formatAliases = map[string]string{"ndjson": "json"}

// formatOf reads --format, one of choices (written with "json" for the
// NDJSON records); a usage error otherwise.
func formatOf(c *cli.Context, choices ...string) (string, error) {
	f := strings.ToLower(c.String("format"))
	if a, ok := formatAliases[f]; ok {
		f = a
	}
	if slices.Contains(choices, f) {
		return f, nil
	}
	names := slices.Clone(choices)
	if i := slices.Index(names, "json"); i >= 0 {
		names[i] = "json (or ndjson)"
	}
	return "", usageErr("%s: --format must be %s, not %q", c.Command.Name, strings.Join(names, ", "), c.String("format"))
}

// filesFromFlag names a list of paths to read, like ExifTool's -@.
func filesFromFlag() cli.Flag {
	return &cli.StringFlag{Name: "files-from", Usage: "also read the paths from FILE (local or s3://; - for standard input), one per line, blank lines and a byte-order mark ignored; or an S3 Inventory: its manifest.json or CSV files (.csv, .csv.gz)"}
}

// pathArgs are the paths a command works on: its arguments, then the lines
// of --files-from. At least one argument is needed without --files-from; a
// list may be empty (a search that found nothing).
func pathArgs(c *cli.Context) ([]string, error) {
	paths := c.Args().Slice()
	src := c.String("files-from")
	if src == "" {
		if len(paths) == 0 {
			return nil, usageErr("%s: name at least one file or folder (or --files-from FILE)", c.Command.Name)
		}
		return paths, nil
	}
	var list []string
	add := func(p string) error { list = append(list, p); return nil }
	var err error
	if src == "-" {
		if err = filelist.Read(c.App.Reader, filelist.Paths, filelist.DefaultColumns, add); err != nil {
			err = fmt.Errorf("-: %w", err)
		}
	} else {
		err = filelist.ReadFile(context.Background(), src, add)
	}
	if err != nil {
		return nil, usageErr("%s: --files-from: %v", c.Command.Name, err)
	}
	return append(paths, list...), nil
}

// readPathList reads a list of paths (filelist.Paths) from r.
func readPathList(r io.Reader) ([]string, error) {
	var out []string
	err := filelist.Read(r, filelist.Paths, filelist.DefaultColumns, func(p string) error { out = append(out, p); return nil })
	return out, err
}

package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
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

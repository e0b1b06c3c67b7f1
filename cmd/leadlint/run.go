package main

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// streams are the process's standard streams, passed to every command so
// tests can run the CLI in-process.
type streams struct {
	in  io.Reader
	out io.Writer
	err io.Writer
}

// colorOK: colour only for a person at a terminal who has not opted out
// (https://no-color.org).
func (s *streams) colorOK(noColor bool) bool {
	if noColor || os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := s.out.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// stderrIsTerminal reports whether progress output would reach a person.
func (s *streams) stderrIsTerminal() bool {
	f, ok := s.err.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// run executes the command line and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	st := &streams{in: stdin, out: stdout, err: stderr}
	root := newRootCommand(st)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteC()
	name := "leadlint"
	if cmd != nil {
		name = cmd.CommandPath()
	}
	return exitCode(err, stderr, name)
}

func newRootCommand(st *streams) *cobra.Command {
	root := &cobra.Command{
		Use:   "leadlint",
		Short: "Show where writing directs and controls, and where it empowers and sets a vision",
		Long: `leadlint reads the writing people lead with (emails, memos, meeting notes) and
shows, sentence by sentence, where it directs and controls and where it empowers
and sets a vision, using lexicons derived from two articles on leadership versus
management and grammar rules for orders, obligations, questions and invitations.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		// A bare "leadlint" prints help rather than failing.
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &usageError{err} })
	root.SetHelpTemplate(root.HelpTemplate() + "\n" + exitCodesHelp + "\n")
	// cobra's "completion" command writes bash, zsh, fish and PowerShell
	// completion scripts; README.md shows how to install them.
	root.AddCommand(
		newAnalyzeCommand(st, nil),
		newLexiconCommand(st),
		newCompareCommand(st, nil),
		newEvalCommand(st, nil),
		newSuggestCommand(st),
		newVersionCommand(st),
	)
	return root
}

// someArgs is cobra.MinimumNArgs(1) as a usage error saying what is
// missing ("suggest needs at least one file").
func someArgs(missing string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return &usageError{errors.New(missing)}
		}
		return nil
	}
}

// noArgs is cobra.NoArgs as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return &usageError{errorf("%s takes no arguments, got %q", cmd.CommandPath(), strings.Join(args, " "))}
	}
	return nil
}

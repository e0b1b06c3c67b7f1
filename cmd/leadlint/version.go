package main

import (
	"fmt"
	"runtime/debug"

	"github.com/leadlint/leadlint/lexicons"
	"github.com/spf13/cobra"
)

// version is set at release time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build information is used.
var version = ""

func toolVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

func newVersionCommand(st *streams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the tool and lexicon versions",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicons.Default()
			if err != nil {
				return &internalError{err}
			}
			_, err = fmt.Fprintf(st.out, "leadlint %s\nlexicon %s (%d entries, %d grammar rules, sha256 %s)\n",
				toolVersion(), lex.Version, len(lex.Entries), len(lex.Rules), lex.Hash)
			return err
		},
	}
}

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

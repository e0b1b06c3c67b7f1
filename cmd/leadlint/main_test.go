package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"leadlint": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end CLI scripts in testdata/script.
func TestScripts(t *testing.T) {
	docx, err := filepath.Abs("../../input/docx/testdata/delegation-memo.docx")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("DOCX", docx)
			env.Setenv("NO_COLOR", "")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"mkfile": mkfile,
		},
	})
}

// mkfile KIND PATH [SIZE] writes files a txtar archive cannot hold:
// png (an image header with NUL bytes), latin1 (Windows-1252 text), big
// (SIZE bytes of words without a line break).
func mkfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: mkfile png|latin1|big PATH [SIZE]")
	}
	var data []byte
	switch args[0] {
	case "png":
		data = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
	case "latin1":
		data = []byte("Caf\xe9 meeting at noon. Thanks for the \x93great\x94 work.\n")
	case "big":
		n := 200000
		if len(args) > 2 {
			var err error
			if n, err = strconv.Atoi(args[2]); err != nil {
				ts.Fatalf("size: %v", err)
			}
		}
		data = []byte(strings.Repeat("send the report ", n/16+1)[:n])
	default:
		ts.Fatalf("unknown kind %q", args[0])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), data, 0o644))
}

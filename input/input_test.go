package input

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		warning string
		err     error
	}{
		{"plain", []byte("Send it."), "Send it.", "", nil},
		{"utf-8 bom", []byte("\xEF\xBB\xBFSend it."), "Send it.", "", nil},
		{"utf-16le bom", []byte("\xFF\xFES\x00e\x00n\x00d\x00"), "Send", WarnUTF16, nil},
		{"utf-16be bom", []byte("\xFE\xFF\x00S\x00e\x00n\x00d"), "Send", WarnUTF16, nil},
		{"windows-1252", []byte("Caf\xe9 \x93quoted\x94"), "Café “quoted”", WarnWindows1252, nil},
		{"nul bytes", []byte("abc\x00def"), "", "", ErrBinary},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "", "", ErrBinary},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "", "", ErrBinary},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00"), "", "", ErrBinary},
		{"empty", []byte(""), "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warnings, err := decodeText(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("error %v, want %v", err, tt.err)
			}
			if got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			if w := strings.Join(warnings, ";"); w != tt.warning {
				t.Errorf("warnings %q, want %q", w, tt.warning)
			}
		})
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCollect(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b.txt"), "b")
	write(t, filepath.Join(dir, "a.md"), "a")
	write(t, filepath.Join(dir, "sub", "c.eml"), "c")
	write(t, filepath.Join(dir, "sub", "skip.csv"), "x")
	write(t, filepath.Join(dir, ".git", "d.txt"), "hidden")
	write(t, filepath.Join(dir, "outside", "e.vtt"), "WEBVTT")
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "sub", "link.txt")); err != nil {
		t.Skip("symbolic links not supported:", err)
	}
	// A link back up the tree is a loop; a self-link cannot be resolved.
	must(t, os.Symlink(dir, filepath.Join(dir, "sub", "up")))
	must(t, os.Symlink(filepath.Join(dir, "sub", "self.txt"), filepath.Join(dir, "sub", "self.txt")))

	sources, errs := Collect([]string{dir, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "b.txt") + "/", "-", filepath.Join(dir, "sub", "skip.csv")})
	var got []string
	for _, s := range sources {
		rel, _ := filepath.Rel(dir, s.Path)
		if s.Path == "-" {
			rel = "-"
		}
		got = append(got, rel+":"+string(s.Format))
	}
	want := "a.md:markdown b.txt:text outside/e.vtt:vtt sub/c.eml:email sub/link.txt:text -:text sub/skip.csv:text"
	if strings.Join(got, " ") != want {
		t.Errorf("sources\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	var reasons []string
	for _, e := range errs {
		var ie *Error
		if !errors.As(e, &ie) {
			t.Fatalf("error %v is not an *Error", e)
		}
		rel, _ := filepath.Rel(dir, ie.Path)
		reasons = append(reasons, rel+":"+Reason(e))
	}
	wantErrs := "sub/self.txt:symbolic link loop sub/up:symbolic link loop missing.txt:not found b.txt:not a directory"
	if strings.Join(reasons, " ") != wantErrs {
		t.Errorf("errors\n got %s\nwant %s", strings.Join(reasons, " "), wantErrs)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "big.txt"), strings.Repeat("word ", 100))
	write(t, filepath.Join(dir, "image.txt"), "\x89PNG\r\n\x1a\n\x00\x00")
	must(t, os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755))
	tests := []struct {
		path string
		opts Options
		want error
	}{
		{"big.txt", Options{MaxBytes: 100}, ErrTooLarge},
		{"image.txt", Options{}, ErrBinary},
		{"folder.txt", Options{}, ErrIsDirectory},
		{"nope.txt", Options{}, ErrNotFound},
	}
	for _, tt := range tests {
		err := Read(Source{Path: filepath.Join(dir, tt.path), Format: FormatText}, nil, tt.opts, func(Document) error { return nil })
		var ie *Error
		if !errors.Is(err, tt.want) || !errors.As(err, &ie) || !strings.HasSuffix(ie.Path, tt.path) {
			t.Errorf("%s: error %v, want %v naming the file", tt.path, err, tt.want)
		}
	}
	if os.Geteuid() != 0 { // root reads anything
		locked := filepath.Join(dir, "locked.txt")
		write(t, locked, "secret")
		must(t, os.Chmod(locked, 0))
		err := Read(Source{Path: locked, Format: FormatText}, nil, Options{}, func(Document) error { return nil })
		if !errors.Is(err, ErrPermission) {
			t.Errorf("unreadable file: %v", err)
		}
	}
}

func TestSplitBySpeaker(t *testing.T) {
	text := "Dana: Send it.\n\nSam: Why?\n\nDana: Because.\n"
	doc := Document{Path: "m.vtt", Text: text, Turns: []Turn{
		{"Dana", 6, 14}, {"Sam", 21, 25}, {"Dana", 33, 41},
	}}
	docs := splitBySpeaker(doc)
	if len(docs) != 2 || docs[0].Path != "m.vtt#Dana" || docs[1].Path != "m.vtt#Sam" {
		t.Fatalf("docs %+v", docs)
	}
	for _, d := range docs {
		if len(d.Text) != len(text) || strings.Count(d.Text, "\n") != strings.Count(text, "\n") {
			t.Errorf("%s: positions not preserved: %q", d.Path, d.Text)
		}
	}
	if strings.Contains(docs[0].Text, "Why") || !strings.Contains(docs[0].Text, "Because.") || !strings.Contains(docs[1].Text, "Why?") {
		t.Errorf("wrong words kept: %q / %q", docs[0].Text, docs[1].Text)
	}
}

// A 100 MB file (sparse, so the test is cheap) is refused at once under the
// default limit, without being read.
func TestHugeFileRefusedWithoutReading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	must(t, err)
	must(t, f.Truncate(100<<20))
	must(t, f.Close())
	called := false
	err = Read(Source{Path: path, Format: FormatText}, nil, Options{}, func(Document) error { called = true; return nil })
	if !errors.Is(err, ErrTooLarge) || called {
		t.Fatalf("error %v, emitted %v", err, called)
	}
}

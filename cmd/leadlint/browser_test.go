package main

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

var updateScreenshot = flag.Bool("update-screenshot", false, "write the rendered report to docs/report.png")

// chromiumFlags keep headless Chromium off the network and out of the
// user's profile (the flags the machine's environment notes prescribe).
var chromiumFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
	"--enable-logging=stderr", "--v=0"}

// TestBrowserReport renders the HTML report of the sample corpus in a real
// browser (headless Chromium, named by LEADLINT_CHROMIUM; .ci/run installs
// Debian's package) to a DOM dump and a screenshot, and checks that the
// charts and highlights are there, that the page logged no console error,
// and that the screenshot is not blank.
func TestBrowserReport(t *testing.T) {
	chromium := os.Getenv("LEADLINT_CHROMIUM")
	if chromium == "" {
		t.Skip("LEADLINT_CHROMIUM is not set (bash .ci/run sets it after installing chromium)")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var out, errs bytes.Buffer
	if code := run([]string{"analyze", "--samples", "--format", "html"}, strings.NewReader(""), &out, &errs); code != 0 {
		t.Fatalf("analyze exited %d: %s", code, errs.String())
	}
	if err := os.WriteFile(page, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	browse := func(name string, extra ...string) (stdout, stderr string) {
		args := append(append([]string{}, chromiumFlags...), "--user-data-dir="+filepath.Join(dir, "profile-"+name))
		args = append(append(args, extra...), "file://"+page)
		cmd := exec.Command(chromium, args...)
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		done := make(chan error, 1)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("chromium %s: %v\n%s", name, err, e.String())
			}
		case <-time.After(90 * time.Second):
			_ = cmd.Process.Kill()
			t.Fatalf("chromium %s did not finish", name)
		}
		return o.String(), e.String()
	}

	dom, log := browse("dom", "--dump-dom", "--virtual-time-budget=2000")
	for _, line := range strings.Split(log, "\n") {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Uncaught") {
			t.Errorf("console error: %s", line)
		}
	}
	root, err := html.Parse(strings.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	count := func(pred func(*html.Node) bool) int {
		n := 0
		var walk func(*html.Node)
		walk = func(x *html.Node) {
			if x.Type == html.ElementNode && pred(x) {
				n++
			}
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(root)
		return n
	}
	class := func(x *html.Node, c string) bool {
		for _, a := range x.Attr {
			if a.Key == "class" && strings.Contains(" "+a.Val+" ", " "+c+" ") {
				return true
			}
		}
		return false
	}
	docs := count(func(x *html.Node) bool { return x.Data == "section" && class(x, "doc") })
	charts := count(func(x *html.Node) bool { return x.Data == "svg" })
	bars := count(func(x *html.Node) bool { return x.Data == "rect" && class(x, "bar") })
	marks := count(func(x *html.Node) bool { return x.Data == "mark" })
	if docs < 12 || charts < 2*docs+2 || bars < docs || marks < docs {
		t.Errorf("the rendered page has %d documents, %d charts, %d bars, %d marks", docs, charts, bars, marks)
	}

	shot := filepath.Join(dir, "report.png")
	browse("shot", "--window-size=1200,1800", "--screenshot="+shot)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if colours, inked := inspect(img); colours < 16 || inked < 0.02 {
		t.Errorf("the screenshot looks blank: %d colours, %.1f%% non-white", colours, 100*inked)
	}
	if *updateScreenshot {
		data, err := os.ReadFile(shot)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("../../docs/report.png", data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// inspect counts distinct colours (up to a cap) and the share of pixels
// that are not near-white.
func inspect(img image.Image) (int, float64) {
	b := img.Bounds()
	seen := map[uint32]bool{}
	inked, total := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if len(seen) < 4096 {
				seen[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
			}
			if r < 0xF000 || g < 0xF000 || bl < 0xF000 {
				inked++
			}
			total++
		}
	}
	return len(seen), float64(inked) / float64(total)
}

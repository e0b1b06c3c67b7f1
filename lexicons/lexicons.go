package lexicons

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed data/*.yaml
var embedded embed.FS

// Data returns the embedded lexicon files (lexicon.yaml, rules.yaml and one
// file per dimension) as a file system, for tools that want to show them.
func Data() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder exists
	}
	return sub
}

// Pole is the side of a dimension a cue belongs to.
type Pole string

const (
	// Directive is the directing, controlling, managing side.
	Directive Pole = "directive"
	// Empowering is the empowering, inspiring, vision-setting side.
	Empowering Pole = "empowering"
)

// Opposite is the other pole: where a negated cue counts.
func (p Pole) Opposite() Pole {
	if p == Directive {
		return Empowering
	}
	return Directive
}

// Basis says how an entry relates to its source section.
type Basis string

const (
	// BasisWords means the phrase uses the article's own words.
	BasisWords Basis = "words"
	// BasisTheme means the phrase expands the section's theme into everyday
	// workplace phrasing the article does not use itself.
	BasisTheme Basis = "theme"
)

// Article is one of the two source articles.
type Article struct {
	ID    string `yaml:"id" json:"id"`
	File  string `yaml:"file" json:"file"`
	Title string `yaml:"title" json:"title"`
}

// Section is a section of a source article; entries cite sections by ID.
type Section struct {
	ID      string `yaml:"id" json:"id"`
	Article string `yaml:"article" json:"article"`
	Title   string `yaml:"title" json:"title"`
}

// Dimension is one of the seven leadership-versus-management themes.
type Dimension struct {
	ID string `yaml:"id" json:"id"`
	// Short is a label for charts: "Empowerment vs control".
	Short      string   `yaml:"short" json:"short"`
	Title      string   `yaml:"title" json:"title"`
	Directive  string   `yaml:"directive" json:"directive"`
	Empowering string   `yaml:"empowering" json:"empowering"`
	Sections   []string `yaml:"sections" json:"sections"`
}

// Cue holds what lexicon entries and grammar rules have in common: where a
// signal comes from, how strong it is, and what to say about it.
type Cue struct {
	ID         string  `yaml:"id" json:"id"`
	Pole       Pole    `yaml:"pole" json:"pole"`
	Dimension  string  `yaml:"dimension" json:"dimension"`
	Weight     float64 `yaml:"weight" json:"weight"`
	Source     string  `yaml:"source" json:"source"`
	Basis      Basis   `yaml:"basis" json:"basis"`
	Suggestion string  `yaml:"suggestion,omitempty" json:"suggestion,omitempty"`
	// Examples must trigger the cue; Counterexamples must not.
	Examples        []string `yaml:"examples" json:"examples"`
	Counterexamples []string `yaml:"counterexamples,omitempty" json:"counterexamples,omitempty"`

	// File and Line say where the cue is defined, for error messages.
	File string `yaml:"-" json:"file"`
	Line int    `yaml:"-" json:"line"`
}

// Entry is a lexicon entry: a phrase pattern and its cue.
type Entry struct {
	Cue     `yaml:",inline"`
	Pattern string `yaml:"pattern" json:"pattern"`
	// NotAfter lists words that, standing right before a match, mean the
	// phrase is not this cue: "to make sure you get it" states a purpose and
	// "I will make sure you get it" a promise, where "Make sure you get it"
	// orders. Words are written as normalisation leaves them ("will" for
	// "'ll").
	NotAfter []string `yaml:"not_after,omitempty" json:"not_after,omitempty"`
	// Courtesy marks thanks said with nothing after them ("thanks",
	// "much appreciated"): beside an order or a request, or in a sign-off,
	// they are its courtesy and the analyzer does not count them as
	// recognition. Only empowering entries can be courtesy.
	Courtesy bool `yaml:"courtesy,omitempty" json:"courtesy,omitempty"`
	// Slots is Pattern parsed; see ParsePattern.
	Slots []Slot `yaml:"-" json:"-"`
}

// Rule is a grammar rule's data: the logic lives in the analyze package,
// keyed by ID; its weight, dimension, source and suggestion live here so they
// can be reviewed and tuned like the lexicon.
type Rule struct {
	Cue         `yaml:",inline"`
	Description string `yaml:"description" json:"description"`
}

// Lexicon is the whole loaded lexicon.
type Lexicon struct {
	Version    string
	Hash       string // sha256 of every data file, in name order
	Articles   []Article
	Sections   []Section
	Dimensions []Dimension
	Entries    []Entry
	Rules      []Rule
}

// Dimension returns the dimension with the given ID.
func (l *Lexicon) Dimension(id string) (Dimension, bool) {
	for _, d := range l.Dimensions {
		if d.ID == id {
			return d, true
		}
	}
	return Dimension{}, false
}

// Section returns the section with the given ID.
func (l *Lexicon) Section(id string) (Section, bool) {
	for _, s := range l.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// Rule returns the grammar rule with the given ID.
func (l *Lexicon) Rule(id string) (Rule, bool) {
	for _, r := range l.Rules {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Count returns the number of entries per dimension and pole.
func (l *Lexicon) Count(dimension string, pole Pole) int {
	n := 0
	for _, e := range l.Entries {
		if e.Dimension == dimension && e.Pole == pole {
			n++
		}
	}
	return n
}

// Error is a problem with one place in a lexicon file.
type Error struct {
	File string
	Line int
	ID   string // the entry, when known
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.ID != "" {
		fmt.Fprintf(&b, ": entry %q", e.ID)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	if lex, ok := fromSnapshot(snapshot, Data()); ok {
		return lex, nil
	}
	return Load(Data())
})

// Default returns the embedded lexicon, loaded once per process: from its
// snapshot, which tests hold equal to what Load validates from the YAML
// files, or from the files themselves when the snapshot is stale.
func Default() (*Lexicon, error) { return defaultLexicon() }

const (
	manifestFile = "lexicon.yaml"
	rulesFile    = "rules.yaml"
)

// Load reads a lexicon from fsys: lexicon.yaml (the manifest), rules.yaml
// (grammar rules) and every other *.yaml file as a dimension file. Every
// problem found is returned, joined, as *Error values.
func Load(fsys fs.FS) (*Lexicon, error) {
	hash, files, err := hashFiles(fsys)
	if err != nil {
		return nil, err
	}
	names := slices.Sorted(maps.Keys(files))
	manifest, ok := files[manifestFile]
	if !ok {
		return nil, &Error{File: manifestFile, Msg: "missing"}
	}
	lex := &Lexicon{Hash: hash}
	if err := lex.parseManifest(manifest); err != nil {
		return nil, err
	}
	var errs []error
	if data, ok := files[rulesFile]; ok {
		errs = append(errs, lex.parseRules(data)...)
	}
	// The dimension files are decoded side by side (YAML decoding is most
	// of a command's start-up) and joined in name order.
	type parsed struct {
		entries []Entry
		errs    []error
	}
	results := make([]parsed, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		if name == manifestFile || name == rulesFile {
			continue
		}
		wg.Go(func() {
			results[i].entries, results[i].errs = lex.ParseEntries(name, files[name])
		})
	}
	wg.Wait()
	for _, r := range results {
		errs = append(errs, r.errs...)
		lex.Entries = append(lex.Entries, r.entries...)
	}
	errs = append(errs, lex.checkUnique()...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return lex, nil
}

// hashFiles reads every *.yaml file of fsys and returns their sha256, taken
// over name, length and content in name order, and the files by name.
func hashFiles(fsys fs.FS) (string, map[string][]byte, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return "", nil, err
	}
	sort.Strings(names)
	hash := sha256.New()
	files := map[string][]byte{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return "", nil, err
		}
		files[name] = data
		fmt.Fprintf(hash, "%s\x00%d\x00", name, len(data))
		hash.Write(data)
	}
	return hex.EncodeToString(hash.Sum(nil)), files, nil
}

func (l *Lexicon) parseManifest(data []byte) error {
	var m struct {
		Version    string      `yaml:"version"`
		Articles   []Article   `yaml:"articles"`
		Sections   []Section   `yaml:"sections"`
		Dimensions []Dimension `yaml:"dimensions"`
	}
	if err := decodeStrict(data, &m); err != nil {
		return &Error{File: manifestFile, Msg: err.Error()}
	}
	if m.Version == "" {
		return &Error{File: manifestFile, Msg: "version is empty"}
	}
	l.Version, l.Articles, l.Sections, l.Dimensions = m.Version, m.Articles, m.Sections, m.Dimensions
	return nil
}

func (l *Lexicon) parseRules(data []byte) []error {
	var f struct {
		Rules []yaml.Node `yaml:"rules"`
	}
	if err := decodeStrict(data, &f); err != nil {
		return []error{&Error{File: rulesFile, Msg: err.Error()}}
	}
	var errs []error
	for i := range f.Rules {
		node := &f.Rules[i]
		var r Rule
		if err := decodeNodeStrict(node, &r); err != nil {
			errs = append(errs, &Error{File: rulesFile, Line: node.Line, Msg: err.Error()})
			continue
		}
		r.File, r.Line = rulesFile, node.Line
		if r.Description == "" {
			errs = append(errs, r.errorf("description is empty"))
		}
		errs = append(errs, l.checkCue(&r.Cue)...)
		l.Rules = append(l.Rules, r)
	}
	return errs
}

// ParseEntries parses one dimension file (the schema of the embedded
// <dimension>.yaml files) and validates every entry against l's dimensions
// and sections. name is used in error messages.
func (l *Lexicon) ParseEntries(name string, data []byte) ([]Entry, []error) {
	var f struct {
		Dimension string      `yaml:"dimension"`
		Entries   []yaml.Node `yaml:"entries"`
	}
	if err := decodeStrict(data, &f); err != nil {
		return nil, []error{&Error{File: name, Msg: err.Error()}}
	}
	if _, ok := l.Dimension(f.Dimension); !ok {
		return nil, []error{&Error{File: name, Msg: fmt.Sprintf("unknown dimension %q (want one of %s)", f.Dimension, l.dimensionIDs())}}
	}
	var entries []Entry
	var errs []error
	for i := range f.Entries {
		node := &f.Entries[i]
		var e Entry
		if err := decodeNodeStrict(node, &e); err != nil {
			errs = append(errs, &Error{File: name, Line: node.Line, Msg: err.Error()})
			continue
		}
		e.File, e.Line = name, node.Line
		if e.Dimension == "" {
			e.Dimension = f.Dimension
		} else if e.Dimension != f.Dimension {
			errs = append(errs, e.errorf("dimension %q differs from the file's %q", e.Dimension, f.Dimension))
		}
		errs = append(errs, l.checkCue(&e.Cue)...)
		slots, err := ParsePattern(e.Pattern)
		if err != nil {
			errs = append(errs, e.errorf("pattern: %v", err))
		}
		e.Slots = slots
		if e.Courtesy && e.Pole != Empowering {
			errs = append(errs, e.errorf("courtesy: only an empowering entry can be a request's courtesy"))
		}
		for _, w := range e.NotAfter {
			if !notAfterWord.MatchString(w) {
				errs = append(errs, e.errorf("not_after: %q is not one lower-case word", w))
			}
		}
		entries = append(entries, e)
	}
	return entries, errs
}

var notAfterWord = regexp.MustCompile(`^[a-z][a-z']*$`)

var idPattern = regexp.MustCompile(`^[a-z][a-z0-9]*(\.[a-z0-9][a-z0-9-]*)+$`)

func (c *Cue) errorf(format string, args ...any) error {
	return &Error{File: c.File, Line: c.Line, ID: c.ID, Msg: fmt.Sprintf(format, args...)}
}

// checkCue validates the fields entries and rules share.
func (l *Lexicon) checkCue(c *Cue) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, c.errorf(format, args...)) }
	if !idPattern.MatchString(c.ID) {
		bad("id must look like dimension.some-name (lower case, dot-separated)")
	}
	if _, ok := l.Dimension(c.Dimension); !ok {
		bad("unknown dimension %q", c.Dimension)
	}
	if c.Pole != Directive && c.Pole != Empowering {
		bad("pole must be %q or %q, not %q", Directive, Empowering, c.Pole)
	}
	if c.Weight <= 0 || c.Weight > 2 {
		bad("weight %v is outside (0, 2]", c.Weight)
	}
	if _, ok := l.Section(c.Source); c.Source == "" {
		bad("source is empty: name the article section it comes from")
	} else if !ok {
		bad("unknown source section %q", c.Source)
	}
	if c.Basis != BasisWords && c.Basis != BasisTheme {
		bad("basis must be %q (the article's words) or %q (expands its theme)", BasisWords, BasisTheme)
	}
	if c.Pole == Directive && strings.TrimSpace(c.Suggestion) == "" {
		bad("a directive cue needs a suggestion: how to say it in an empowering way")
	}
	if len(c.Examples) == 0 {
		bad("needs at least one example sentence that triggers it")
	}
	for _, ex := range append(slices.Clone(c.Examples), c.Counterexamples...) {
		if strings.TrimSpace(ex) == "" {
			bad("has an empty example")
		}
	}
	return errs
}

func (l *Lexicon) dimensionIDs() string {
	ids := make([]string, len(l.Dimensions))
	for i, d := range l.Dimensions {
		ids[i] = d.ID
	}
	return strings.Join(ids, ", ")
}

// Extend returns a new lexicon with the entries of extra dimension files
// (name → content, the schema of the embedded <dimension>.yaml files)
// added. Every problem is returned, joined, as *Error values naming the
// file and line: a malformed entry, a duplicate of an embedded id or
// pattern. The hash covers the extra files too, so reports show that the
// lexicon differs from the embedded one.
func (l *Lexicon) Extend(files map[string][]byte) (*Lexicon, error) {
	out := *l
	out.Entries = slices.Clone(l.Entries)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	hash := sha256.New()
	hash.Write([]byte(l.Hash))
	var errs []error
	for _, name := range names {
		fmt.Fprintf(hash, "%s\x00%d\x00", name, len(files[name]))
		hash.Write(files[name])
		entries, ferrs := l.ParseEntries(name, files[name])
		errs = append(errs, ferrs...)
		out.Entries = append(out.Entries, entries...)
	}
	errs = append(errs, out.checkUnique()...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	out.Hash = hex.EncodeToString(hash.Sum(nil))
	return &out, nil
}

// checkUnique reports duplicate IDs and duplicate patterns.
func (l *Lexicon) checkUnique() []error {
	var errs []error
	ids := map[string]*Cue{}
	patterns := map[string]*Entry{}
	check := func(c *Cue) {
		if prev, ok := ids[c.ID]; ok {
			errs = append(errs, c.errorf("duplicate id (first defined at %s:%d)", prev.File, prev.Line))
			return
		}
		ids[c.ID] = c
	}
	for i := range l.Rules {
		check(&l.Rules[i].Cue)
	}
	for i := range l.Entries {
		e := &l.Entries[i]
		check(&e.Cue)
		key := strings.ToLower(strings.Join(strings.Fields(e.Pattern), " "))
		if prev, ok := patterns[key]; ok {
			errs = append(errs, e.errorf("duplicate pattern %q (also %s)", e.Pattern, prev.ID))
			continue
		}
		patterns[key] = e
	}
	return errs
}

func decodeStrict(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return err
	}
	return nil
}

// decodeNodeStrict decodes one mapping node, refusing keys the target does
// not have, so a misspelt field name is an error rather than a silently
// missing value. (yaml.Node.Decode has no strict mode; re-encoding every
// entry to decode it strictly made loading the lexicon ten times slower.)
func decodeNodeStrict(node *yaml.Node, v any) error {
	if node.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: want a mapping of fields", node.Line)
	}
	allowed := yamlKeys(reflect.TypeOf(v).Elem())
	for i := 0; i+1 < len(node.Content); i += 2 {
		if k := node.Content[i]; !allowed[k.Value] {
			return fmt.Errorf("line %d: field %s not found in type %s", k.Line, k.Value, reflect.TypeOf(v).Elem().Name())
		}
	}
	if err := node.Decode(v); err != nil {
		return fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return nil
}

var keyCache sync.Map // reflect.Type → map[string]bool

// yamlKeys lists the YAML field names of a struct type, inline fields included.
func yamlKeys(t reflect.Type) map[string]bool {
	if v, ok := keyCache.Load(t); ok {
		return v.(map[string]bool)
	}
	keys := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		name, opts, _ := strings.Cut(tag, ",")
		switch {
		case name == "-":
		case strings.Contains(opts, "inline"):
			for k := range yamlKeys(f.Type) {
				keys[k] = true
			}
		case name != "":
			keys[name] = true
		default:
			keys[strings.ToLower(f.Name)] = true
		}
	}
	keyCache.Store(t, keys)
	return keys
}

// SortedEntries returns the entries ordered by dimension (manifest order),
// pole (directive first) and ID.
func (l *Lexicon) SortedEntries() []Entry {
	order := map[string]int{}
	for i, d := range l.Dimensions {
		order[d.ID] = i
	}
	out := slices.Clone(l.Entries)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if order[a.Dimension] != order[b.Dimension] {
			return order[a.Dimension] < order[b.Dimension]
		}
		if a.Pole != b.Pole {
			return a.Pole == Directive
		}
		return a.ID < b.ID
	})
	return out
}

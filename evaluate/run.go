package evaluate

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/leadlint/leadlint/analyze"
)

// Kind is the kind of labels a set has.
type Kind string

const (
	// KindClasses: D (directive), E (empowering), N (neutral).
	KindClasses Kind = "classes"
	// KindBinary: two labels of interest (yes/no, empowering/disempowering).
	KindBinary Kind = "binary"
	// KindNumeric: a number per row (a rating).
	KindNumeric Kind = "numeric"
)

// Score names the document score a set is measured on.
type Score string

// Scores a set can be measured on; "-balance" is balance reversed.
const (
	ScoreDirective    Score = "directive"
	ScoreEmpowering   Score = "empowering"
	ScoreBalance      Score = "balance"
	ScoreNegBalance   Score = "-balance"
	defaultPositive         = "yes,empowering,true,positive,polite,1"
	defaultNegativeOf       = "no,disempowering,false,negative,impolite,0"
)

// Value returns the score of a document.
func (s Score) Value(d *analyze.Document) float64 {
	switch s {
	case ScoreDirective:
		return d.Scores.Directive
	case ScoreEmpowering:
		return d.Scores.Empowering
	case ScoreNegBalance:
		return -d.Scores.Balance
	}
	return d.Scores.Balance
}

// ParseScore validates a score name.
func ParseScore(s string) (Score, error) {
	switch Score(s) {
	case ScoreDirective, ScoreEmpowering, ScoreBalance, ScoreNegBalance:
		return Score(s), nil
	}
	return "", fmt.Errorf("unknown score %q (want directive, empowering, balance or -balance)", s)
}

// Options choose what to measure.
type Options struct {
	Score    Score  // default balance
	Positive string // binary sets: the label that should score high
	Negative string // binary sets: the label that should score low
	Entries  bool   // count how often every entry and rule fires per label
}

// Result is the evaluation of one labelled set.
type Result struct {
	Name  string `json:"name"`
	Rows  int    `json:"rows"`
	Kind  Kind   `json:"kind"`
	Score Score  `json:"score,omitempty"`
	// Classes: per-class metrics, macro-F1 and the confusion matrix.
	Classification *Classification `json:"classification,omitempty"`
	// Binary: AUC of the score for Positive vs Negative, and precision and
	// recall of the document label on the score's side.
	Positive  string  `json:"positive,omitempty"`
	Negative  string  `json:"negative,omitempty"`
	Skipped   int     `json:"skipped,omitempty"` // rows with other labels
	AUC       float64 `json:"auc,omitempty"`
	Precision float64 `json:"precision,omitempty"`
	Recall    float64 `json:"recall,omitempty"`
	// Numeric: Spearman correlation and top-vs-bottom-quartile AUC.
	Spearman    float64 `json:"spearman,omitempty"`
	QuartileAUC float64 `json:"quartile_auc,omitempty"`
	// Entries: how often each entry and rule fires on rows of each label,
	// the ones firing most on the wrong side first.
	Entries []EntryStats `json:"entries,omitempty"`
}

// EntryStats counts one entry's or rule's firings by row label (by quarter
// of the label for numeric sets: QuarterLowest ... QuarterHighest).
type EntryStats struct {
	ID      string         `json:"id"`
	Pole    string         `json:"pole"`
	ByLabel map[string]int `json:"by_label"`
	Total   int            `json:"total"`
	// Wrong counts firings on rows that should score the other way; Share
	// is Wrong / Total.
	Wrong int     `json:"wrong"`
	Share float64 `json:"wrong_share"`
}

// KindOf decides the kind of a set from its labels.
func KindOf(rows []Row) Kind {
	classes, numeric := true, true
	for _, r := range rows {
		switch r.Label {
		case "D", "E", "N":
		default:
			classes = false
		}
		if _, err := strconv.ParseFloat(r.Label, 64); err != nil {
			numeric = false
		}
	}
	switch {
	case classes:
		return KindClasses
	case numeric:
		return KindNumeric
	}
	return KindBinary
}

// ClassOf maps a document's verdict to D / E / N: mixed counts for the side
// it leans to.
func ClassOf(d *analyze.Document) string {
	switch {
	case d.Label == analyze.LabelDirective, d.Label == analyze.LabelMixed && d.Scores.Balance < 0:
		return "D"
	case d.Label == analyze.LabelEmpowering, d.Label == analyze.LabelMixed && d.Scores.Balance > 0:
		return "E"
	}
	return "N"
}

// analyzeRow analyses one row; a panic in the analyzer becomes an error
// naming the row, so a bug surfaces as a message rather than a crash.
func analyzeRow(a Analyzer, name string, row Row) (d *analyze.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, err = nil, fmt.Errorf("line %d: internal error while analysing (please report it): %v", row.Line, r)
		}
	}()
	return a.Analyze(fmt.Sprintf("%s:%d", name, row.Line), row.Text), nil
}

// Analyzer scores one text as a document; *analyze.Analyzer is one.
type Analyzer interface {
	Analyze(path, text string) *analyze.Document
}

// Evaluate scores every row with the analyzer and measures agreement.
func Evaluate(a Analyzer, name string, rows []Row, opts Options) (*Result, error) {
	if opts.Score == "" {
		opts.Score = ScoreBalance
	}
	res := &Result{Name: name, Rows: len(rows), Kind: KindOf(rows)}
	docs := make([]*analyze.Document, len(rows))
	for i, r := range rows {
		d, err := analyzeRow(a, name, r)
		if err != nil {
			return nil, err
		}
		docs[i] = d
	}
	// wrongSide says whether a firing of pole on a row of label counts
	// against the entry; group names the label's column in the entry
	// counts (the label itself, or its quarter for numeric labels).
	var wrongSide func(pole, label string) bool
	group := func(label string) string { return label }
	switch res.Kind {
	case KindClasses:
		var truth, pred []string
		for i, r := range rows {
			truth = append(truth, r.Label)
			pred = append(pred, ClassOf(docs[i]))
		}
		c := Classify([]string{"D", "E", "N"}, truth, pred)
		res.Classification = &c
		wrongSide = func(pole, label string) bool {
			return pole == "directive" && label == "E" || pole == "empowering" && label == "D"
		}
	case KindNumeric:
		res.Score = opts.Score
		var labels, scores []float64
		for i, r := range rows {
			v, _ := strconv.ParseFloat(r.Label, 64)
			labels = append(labels, v)
			scores = append(scores, opts.Score.Value(docs[i]))
		}
		res.Spearman = round4(Spearman(labels, scores))
		res.QuartileAUC = round4(QuartileAUC(labels, scores))
		sorted := append([]float64(nil), labels...)
		sort.Float64s(sorted)
		median := sorted[len(sorted)/2]
		raises := opts.Score.raises()
		wrongSide = func(pole, label string) bool {
			v, _ := strconv.ParseFloat(label, 64)
			return pole == raises && v < median || pole != raises && v > median
		}
		// Counting firings per distinct number would give one column per
		// row; quarters of the label show the same thing readably.
		q1, q3 := sorted[len(sorted)/4], sorted[3*len(sorted)/4]
		group = func(label string) string {
			v, _ := strconv.ParseFloat(label, 64)
			switch {
			case v < q1:
				return QuarterLowest
			case v < median:
				return QuarterLow
			case v < q3:
				return QuarterHigh
			}
			return QuarterHighest
		}
	case KindBinary:
		res.Score = opts.Score
		pos, neg, err := binaryLabels(rows, opts)
		if err != nil {
			return nil, err
		}
		res.Positive, res.Negative = pos, neg
		var scores []float64
		var positive []bool
		tp, fp, fn := 0, 0, 0
		side := opts.Score.side()
		for i, r := range rows {
			if r.Label != pos && r.Label != neg {
				res.Skipped++
				continue
			}
			scores = append(scores, opts.Score.Value(docs[i]))
			positive = append(positive, r.Label == pos)
			predicted := docs[i].Label == side || docs[i].Label == analyze.LabelMixed && opts.Score.Value(docs[i]) > 0 && side == analyze.LabelEmpowering
			switch {
			case predicted && r.Label == pos:
				tp++
			case predicted:
				fp++
			case r.Label == pos:
				fn++
			}
		}
		res.AUC = round4(AUC(scores, positive))
		if tp+fp > 0 {
			res.Precision = round4(float64(tp) / float64(tp+fp))
		}
		if tp+fn > 0 {
			res.Recall = round4(float64(tp) / float64(tp+fn))
		}
		raises := opts.Score.raises()
		wrongSide = func(pole, label string) bool {
			return pole == raises && label == neg || pole != raises && label == pos
		}
	}
	if opts.Entries {
		res.Entries = entryStats(rows, docs, wrongSide, group)
	}
	return res, nil
}

// raises is the pole whose signals raise the score.
func (s Score) raises() string {
	if s == ScoreDirective || s == ScoreNegBalance {
		return "directive"
	}
	return "empowering"
}

// side is the document label that predicts a high score.
func (s Score) side() analyze.Label {
	if s.raises() == "directive" {
		return analyze.LabelDirective
	}
	return analyze.LabelEmpowering
}

func binaryLabels(rows []Row, opts Options) (string, string, error) {
	present := map[string]int{}
	var order []string
	for _, r := range rows {
		if present[r.Label] == 0 {
			order = append(order, r.Label)
		}
		present[r.Label]++
	}
	pos, neg := opts.Positive, opts.Negative
	if pos == "" {
		for _, p := range strings.Split(defaultPositive, ",") {
			if present[p] > 0 {
				pos = p
				break
			}
		}
	}
	if neg == "" {
		for _, n := range strings.Split(defaultNegativeOf, ",") {
			if present[n] > 0 && n != pos {
				neg = n
				break
			}
		}
	}
	if (pos == "" || neg == "") && len(order) == 2 {
		if pos == "" {
			pos = order[0]
			if order[0] == neg {
				pos = order[1]
			}
		}
		if neg == "" {
			neg = order[0]
			if order[0] == pos {
				neg = order[1]
			}
		}
	}
	switch {
	case pos == "" || neg == "":
		return "", "", fmt.Errorf("cannot tell the positive and negative labels among %v: give --positive and --negative", order)
	case present[pos] == 0:
		return "", "", fmt.Errorf("no row is labelled %q (labels: %v)", pos, order)
	case present[neg] == 0:
		return "", "", fmt.Errorf("no row is labelled %q (labels: %v)", neg, order)
	}
	return pos, neg, nil
}

// The columns of a numeric set's entry counts: the quarters of its label,
// named so that they sort in order.
const (
	QuarterLowest  = "q1 (lowest)"
	QuarterLow     = "q2"
	QuarterHigh    = "q3"
	QuarterHighest = "q4 (highest)"
)

func entryStats(rows []Row, docs []*analyze.Document, wrongSide func(pole, label string) bool, group func(label string) string) []EntryStats {
	stats := map[string]*EntryStats{}
	for i, d := range docs {
		seen := map[string]bool{}
		for _, s := range d.Sentences {
			for _, sig := range s.Signals {
				if seen[sig.ID] {
					continue
				}
				seen[sig.ID] = true
				st := stats[sig.ID]
				if st == nil {
					// The entry's own pole: a negated firing ("You don't
					// have to ...") counts for the other side, but the
					// entry is still the obligation rule.
					pole := sig.Pole
					if sig.Negated {
						pole = pole.Opposite()
					}
					st = &EntryStats{ID: sig.ID, Pole: string(pole), ByLabel: map[string]int{}}
					stats[sig.ID] = st
				}
				st.ByLabel[group(rows[i].Label)]++
				st.Total++
				if wrongSide != nil && wrongSide(string(sig.Pole), rows[i].Label) {
					st.Wrong++
				}
			}
		}
	}
	out := make([]EntryStats, 0, len(stats))
	for _, st := range stats {
		st.Share = round4(float64(st.Wrong) / float64(st.Total))
		out = append(out, *st)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Wrong != out[j].Wrong {
			return out[i].Wrong > out[j].Wrong
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// round4 rounds to four decimals; an undefined figure (NaN: a constant
// column, say) is reported as 0, since JSON has no NaN.
func round4(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	return math.Round(x*10000) / 10000
}

// Command wordbaseline measures how far a labelled set's own words predict
// its labels: a logistic regression over each row's words, word pairs and
// first word, fitted to nine tenths of the set and scored on the held-out
// tenth, ten times over (10-fold cross-validation, fixed seeds).
//
// leadlint is never trained on the shared sets, so its figures there are
// read against this in-domain reference (docs/validity.md): a target above
// what a model fitted to the set's own words reaches is out of reach of any
// general lexicon.
//
//	go run ./scripts/wordbaseline [-positive LABEL] FILE.tsv
//
// Numeric labels: trained on the top and bottom quartiles, reports the
// quartile AUC and the Spearman correlation over every row, as `leadlint
// eval` does. Two-valued labels: reports the AUC of the -positive label.
//
//	go run ./scripts/wordbaseline -train corpus/labelled/sentences.tsv FILE.tsv...
//
// With -train, one model per class (D, E, N, one against the rest) is
// fitted to the D/E/N rows of the training file and read on each FILE the
// way `leadlint eval` reads leadlint: macro-F1 on D/E/N sets, and on the
// others the AUC (or quartile AUC and Spearman) of -score, built from the
// models' probabilities (directive = P(D), empowering = P(E), balance =
// P(E) - P(D)). This asks whether a model learned from the project's own
// sentences would carry to text written by other people.
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/leadlint/leadlint/evaluate"
)

const (
	folds  = 10
	epochs = 15
	l2     = 0.01 // the figures move by < 0.003 from 1e-4 to 3e-2
)

var tokenRe = regexp.MustCompile(`[a-z0-9']+|[?!.,:;()]`)

// features lists a row's distinct words, word pairs and first word.
func features(text string) []string {
	words := tokenRe.FindAllString(strings.ToLower(text), -1)
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	prev := "<s>"
	for i, w := range words {
		add(w)
		add(prev + " " + w)
		if i == 0 {
			add("^" + w)
		}
		prev = w
	}
	return out
}

// model is a logistic regression over sparse binary features.
type model struct {
	weights map[string]float64
	bias    float64
}

func (m *model) score(fs []string) float64 {
	z := m.bias
	for _, f := range fs {
		z += m.weights[f]
	}
	return z
}

// fit trains by stochastic gradient descent with L2 regularisation.
func fit(x [][]string, y []float64, seed int64) *model {
	m := &model{weights: map[string]float64{}}
	order := make([]int, len(x))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	for epoch := 0; epoch < epochs; epoch++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		rate := 0.1 / float64(1+epoch)
		for _, i := range order {
			g := 1/(1+math.Exp(-m.score(x[i]))) - y[i]
			m.bias -= rate * g
			for _, f := range x[i] {
				m.weights[f] -= rate * (g + l2*m.weights[f])
			}
		}
	}
	return m
}

// crossValidate returns a held-out score for every row; train says which
// rows may be trained on and target gives their 0/1 label.
func crossValidate(x [][]string, train func(i int) bool, target func(i int) float64) []float64 {
	order := rand.New(rand.NewSource(1)).Perm(len(x))
	scores := make([]float64, len(x))
	for k := 0; k < folds; k++ {
		var tx [][]string
		var ty []float64
		for j, i := range order {
			if j%folds != k && train(i) {
				tx, ty = append(tx, x[i]), append(ty, target(i))
			}
		}
		m := fit(tx, ty, int64(k))
		for j, i := range order {
			if j%folds == k {
				scores[i] = m.score(x[i])
			}
		}
	}
	return scores
}

func readSet(path string) []evaluate.Row {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	rows, err := evaluate.ReadTSV(f)
	if err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return rows
}

func main() {
	positive := flag.String("positive", "", "the positive label of a two-valued set (default: yes, empowering, ...)")
	train := flag.String("train", "", "a D/E/N set to train on; each FILE is then only read")
	score := flag.String("score", "balance", "with -train: directive, empowering, balance or -balance")
	flag.Parse()
	if *train != "" && flag.NArg() > 0 {
		transfer(readSet(*train), flag.Args(), *score, *positive)
		return
	}
	if flag.NArg() != 1 {
		log.Fatal("usage: wordbaseline [-positive LABEL] FILE.tsv | wordbaseline -train FILE.tsv [-score S] FILE.tsv...")
	}
	rows := readSet(flag.Arg(0))
	var err error
	x := make([][]string, len(rows))
	for i, r := range rows {
		x[i] = features(r.Text)
	}
	switch evaluate.KindOf(rows) {
	case evaluate.KindNumeric:
		labels := make([]float64, len(rows))
		for i, r := range rows {
			if labels[i], err = strconv.ParseFloat(r.Label, 64); err != nil {
				log.Fatalf("%s: row %d: %v", flag.Arg(0), i+2, err)
			}
		}
		sorted := append([]float64(nil), labels...)
		sort.Float64s(sorted)
		low, high := sorted[len(sorted)/4], sorted[3*len(sorted)/4]
		scores := crossValidate(x,
			func(i int) bool { return labels[i] <= low || labels[i] >= high },
			func(i int) float64 { return b2f(labels[i] >= high) })
		fmt.Printf("%s: %d rows, held-out quartile AUC %.3f, Spearman %.3f\n",
			flag.Arg(0), len(rows), evaluate.QuartileAUC(labels, scores), evaluate.Spearman(labels, scores))
	case evaluate.KindBinary:
		pos := *positive
		if pos == "" {
			pos = defaultPositive(rows)
		}
		kept := []int{}
		for i, r := range rows {
			if r.Label != "neutral" {
				kept = append(kept, i)
			}
		}
		scores := crossValidate(x,
			func(i int) bool { return rows[i].Label != "neutral" },
			func(i int) float64 { return b2f(rows[i].Label == pos) })
		var s []float64
		var p []bool
		for _, i := range kept {
			s, p = append(s, scores[i]), append(p, rows[i].Label == pos)
		}
		fmt.Printf("%s: %d rows, held-out AUC for %q %.3f\n", flag.Arg(0), len(kept), pos, evaluate.AUC(s, p))
	default:
		log.Fatalf("%s: wordbaseline handles numeric and two-valued labels", flag.Arg(0))
	}
}

func defaultPositive(rows []evaluate.Row) string {
	for _, want := range []string{"yes", "empowering", "true", "1"} {
		for _, r := range rows {
			if r.Label == want {
				return want
			}
		}
	}
	log.Fatal("no -positive label given and none of yes, empowering, true, 1 in the set")
	return ""
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

var classes = []string{"D", "E", "N"}

// transfer fits one model per class to the training rows and reads each
// file with them.
func transfer(trainRows []evaluate.Row, paths []string, score, positive string) {
	var x [][]string
	var labels []string
	for _, r := range trainRows {
		if slices.Contains(classes, r.Label) {
			x, labels = append(x, features(r.Text)), append(labels, r.Label)
		}
	}
	if len(x) == 0 {
		log.Fatal("the -train set has no D, E or N rows")
	}
	models := make([]*model, len(classes))
	for k, c := range classes {
		y := make([]float64, len(x))
		for i := range labels {
			y[i] = b2f(labels[i] == c)
		}
		models[k] = fit(x, y, 1)
	}
	// probs gives P(D), P(E), P(N) for a text, each from its own model.
	probs := func(text string) []float64 {
		fs := features(text)
		out := make([]float64, len(models))
		for k, m := range models {
			out[k] = 1 / (1 + math.Exp(-m.score(fs)))
		}
		return out
	}
	value := func(text string) float64 {
		p := probs(text)
		switch score {
		case "directive":
			return p[0]
		case "empowering":
			return p[1]
		case "-balance":
			return p[0] - p[1]
		case "balance":
			return p[1] - p[0]
		}
		log.Fatalf("-score %q: want directive, empowering, balance or -balance", score)
		return 0
	}
	for _, path := range paths {
		rows := readSet(path)
		switch evaluate.KindOf(rows) {
		case evaluate.KindClasses:
			var truth, predicted []string
			for _, r := range rows {
				p := probs(r.Text)
				best := 0
				for k := range p {
					if p[k] > p[best] {
						best = k
					}
				}
				truth, predicted = append(truth, r.Label), append(predicted, classes[best])
			}
			fmt.Printf("%s: %d rows, macro-F1 %.3f\n", path, len(rows), evaluate.Classify(classes, truth, predicted).MacroF1)
		case evaluate.KindNumeric:
			var labels, scores []float64
			for i, r := range rows {
				v, err := strconv.ParseFloat(r.Label, 64)
				if err != nil {
					log.Fatalf("%s: row %d: %v", path, i+2, err)
				}
				labels, scores = append(labels, v), append(scores, value(r.Text))
			}
			fmt.Printf("%s: %d rows, %s: quartile AUC %.3f, Spearman %.3f\n", path, len(rows), score, evaluate.QuartileAUC(labels, scores), evaluate.Spearman(labels, scores))
		default:
			pos := positive
			if pos == "" {
				pos = defaultPositive(rows)
			}
			var scores []float64
			var isPos []bool
			for _, r := range rows {
				if r.Label != "neutral" {
					scores, isPos = append(scores, value(r.Text)), append(isPos, r.Label == pos)
				}
			}
			fmt.Printf("%s: %d rows, %s: AUC for %q %.3f\n", path, len(scores), score, pos, evaluate.AUC(scores, isPos))
		}
	}
}

package evaluate

import (
	"math"
	"sort"
)

// ClassMetrics are one class's precision, recall and F1.
type ClassMetrics struct {
	Class     string  `json:"class"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Support   int     `json:"support"`
}

// Classification is the result of comparing predicted with true labels.
type Classification struct {
	Classes []ClassMetrics `json:"classes"`
	MacroF1 float64        `json:"macro_f1"`
	// Confusion[i][j] counts rows of true class i predicted as class j, in
	// the order of Classes.
	Confusion [][]int `json:"confusion"`
	Accuracy  float64 `json:"accuracy"`
}

// Classify computes per-class metrics for the given classes (in that order).
// Predictions outside classes count as errors for their true class.
func Classify(classes []string, truth, predicted []string) Classification {
	idx := map[string]int{}
	for i, c := range classes {
		idx[c] = i
	}
	conf := make([][]int, len(classes))
	for i := range conf {
		conf[i] = make([]int, len(classes))
	}
	correct := 0
	for k := range truth {
		t, ok := idx[truth[k]]
		if !ok {
			continue
		}
		if truth[k] == predicted[k] {
			correct++
		}
		if p, ok := idx[predicted[k]]; ok {
			conf[t][p]++
		}
	}
	res := Classification{Confusion: conf}
	sum := 0.0
	for i, c := range classes {
		tp := conf[i][i]
		predictedN := 0
		for j := range classes {
			predictedN += conf[j][i]
		}
		// Support counts every row of the class, including predictions
		// outside classes, which the confusion matrix cannot hold.
		support := 0
		for k := range truth {
			if truth[k] == c {
				support++
			}
		}
		m := ClassMetrics{Class: c, Support: support}
		if predictedN > 0 {
			m.Precision = float64(tp) / float64(predictedN)
		}
		if support > 0 {
			m.Recall = float64(tp) / float64(support)
		}
		if m.Precision+m.Recall > 0 {
			m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
		}
		sum += m.F1
		res.Classes = append(res.Classes, m)
	}
	if len(classes) > 0 {
		res.MacroF1 = sum / float64(len(classes))
	}
	if len(truth) > 0 {
		res.Accuracy = float64(correct) / float64(len(truth))
	}
	return res
}

// AUC is the ROC area under the curve: the probability that a random
// positive scores above a random negative, ties counting half. It returns
// NaN when either class is empty.
func AUC(scores []float64, positive []bool) float64 {
	type pair struct {
		s   float64
		pos bool
	}
	ps := make([]pair, len(scores))
	nPos, nNeg := 0, 0
	for i := range scores {
		ps[i] = pair{scores[i], positive[i]}
		if positive[i] {
			nPos++
		} else {
			nNeg++
		}
	}
	if nPos == 0 || nNeg == 0 {
		return math.NaN()
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].s < ps[j].s })
	// Sum of positive ranks (average ranks for ties), Mann-Whitney U.
	rankSum := 0.0
	for i := 0; i < len(ps); {
		j := i
		for j < len(ps) && ps[j].s == ps[i].s {
			j++
		}
		avg := float64(i+j+1) / 2 // ranks are 1-based: (i+1 + j) / 2
		for k := i; k < j; k++ {
			if ps[k].pos {
				rankSum += avg
			}
		}
		i = j
	}
	u := rankSum - float64(nPos*(nPos+1))/2
	return u / float64(nPos*nNeg)
}

// ranks returns average ranks (1-based), ties sharing their mean rank.
func ranks(x []float64) []float64 {
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	r := make([]float64, len(x))
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && x[idx[j]] == x[idx[i]] {
			j++
		}
		avg := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			r[idx[k]] = avg
		}
		i = j
	}
	return r
}

// Spearman is the rank correlation of x and y (Pearson on average ranks).
func Spearman(x, y []float64) float64 {
	return pearson(ranks(x), ranks(y))
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	if n < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// QuartileAUC splits rows by a numeric label into the bottom and top
// quartiles and returns the AUC of score for top versus bottom.
func QuartileAUC(labels, scores []float64) float64 {
	sorted := append([]float64(nil), labels...)
	sort.Float64s(sorted)
	if len(sorted) < 4 {
		return math.NaN()
	}
	q1 := sorted[len(sorted)/4]
	q3 := sorted[(3*len(sorted))/4]
	var s []float64
	var pos []bool
	for i, l := range labels {
		switch {
		case l <= q1:
			s, pos = append(s, scores[i]), append(pos, false)
		case l >= q3:
			s, pos = append(s, scores[i]), append(pos, true)
		}
	}
	return AUC(s, pos)
}

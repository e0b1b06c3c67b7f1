// Package compare sets two analysed drafts of the same text side by side:
// the balance before and after, and each sentence that changed with how its
// scores moved.
package compare

import (
	"strings"

	"github.com/leadlint/leadlint/analyze"
)

// Change says what happened to a sentence between drafts.
type Change string

const (
	Unchanged Change = "unchanged"
	Changed   Change = "changed"
	Added     Change = "added"
	Removed   Change = "removed"
)

// Pair is a sentence of the old draft, the new draft, or both.
type Pair struct {
	Change Change            `json:"change"`
	Old    *analyze.Sentence `json:"old,omitempty"`
	New    *analyze.Sentence `json:"new,omitempty"`
	// DirectiveDelta and EmpoweringDelta are new minus old strength (a
	// missing side counts as 0).
	DirectiveDelta  float64 `json:"directive_delta"`
	EmpoweringDelta float64 `json:"empowering_delta"`
}

// Result compares two documents.
type Result struct {
	Old          *analyze.Document `json:"-"`
	New          *analyze.Document `json:"-"`
	OldPath      string            `json:"old_path"`
	NewPath      string            `json:"new_path"`
	OldLabel     analyze.Label     `json:"old_label"`
	NewLabel     analyze.Label     `json:"new_label"`
	OldBalance   float64           `json:"old_balance"`
	NewBalance   float64           `json:"new_balance"`
	BalanceDelta float64           `json:"balance_delta"`
	// Pairs lists every sentence of both drafts in reading order; Changes
	// counts them by kind.
	Pairs   []Pair         `json:"pairs"`
	Changes map[Change]int `json:"changes"`
}

// Documents compares an old and a new draft. Sentences whose words are the
// same (ignoring case, spacing and punctuation) are unchanged; between
// unchanged sentences, remaining ones are paired in order as changed, and
// the rest are added or removed.
func Documents(old, new *analyze.Document) *Result {
	r := &Result{Old: old, New: new, OldPath: old.Path, NewPath: new.Path,
		OldLabel: old.Label, NewLabel: new.Label, OldBalance: old.Scores.Balance, NewBalance: new.Scores.Balance,
		BalanceDelta: round(new.Scores.Balance - old.Scores.Balance), Pairs: []Pair{}, Changes: map[Change]int{}}
	a, b := keys(old.Sentences), keys(new.Sentences)
	// Longest common subsequence of sentence keys: the unchanged anchors.
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var pendOld, pendNew []int
	flush := func() {
		n := min(len(pendOld), len(pendNew))
		for k := 0; k < n; k++ {
			r.add(Changed, &old.Sentences[pendOld[k]], &new.Sentences[pendNew[k]])
		}
		for _, i := range pendOld[n:] {
			r.add(Removed, &old.Sentences[i], nil)
		}
		for _, j := range pendNew[n:] {
			r.add(Added, nil, &new.Sentences[j])
		}
		pendOld, pendNew = pendOld[:0], pendNew[:0]
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			flush()
			r.add(Unchanged, &old.Sentences[i], &new.Sentences[j])
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			pendOld = append(pendOld, i)
			i++
		default:
			pendNew = append(pendNew, j)
			j++
		}
	}
	for ; i < len(a); i++ {
		pendOld = append(pendOld, i)
	}
	for ; j < len(b); j++ {
		pendNew = append(pendNew, j)
	}
	flush()
	return r
}

func (r *Result) add(c Change, o, n *analyze.Sentence) {
	p := Pair{Change: c, Old: o, New: n}
	var od, oe, nd, ne float64
	if o != nil {
		od, oe = o.Directive, o.Empowering
	}
	if n != nil {
		nd, ne = n.Directive, n.Empowering
	}
	p.DirectiveDelta, p.EmpoweringDelta = round(nd-od), round(ne-oe)
	r.Pairs = append(r.Pairs, p)
	r.Changes[c]++
}

// keys normalise sentences for matching: lower case, words only.
func keys(ss []analyze.Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Join(strings.FieldsFunc(strings.ToLower(s.Text), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
		}), " ")
	}
	return out
}

func round(x float64) float64 {
	if x < 0 {
		return -round(-x)
	}
	return float64(int64(x*1000+0.5)) / 1000
}

package compare

import (
	"testing"

	"github.com/leadlint/leadlint/analyze"
)

func TestDocuments(t *testing.T) {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		t.Fatal(err)
	}
	old := a.Analyze("v1.txt", "Hi team. Send me the numbers by noon. You must use the template. The office is closed Friday.")
	new := a.Analyze("v2.txt", "Hi team! Could you share the numbers when you can? The office is closed Friday. What do you think of the new template?")
	r := Documents(old, new)
	var got []Change
	for _, p := range r.Pairs {
		got = append(got, p.Change)
	}
	want := []Change{Unchanged, Changed, Removed, Unchanged, Added}
	if len(got) != len(want) {
		t.Fatalf("changes %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("changes %v, want %v", got, want)
		}
	}
	ch := r.Pairs[1]
	if ch.DirectiveDelta >= 0 {
		t.Errorf("softened request should lower directive: %+v", ch)
	}
	if r.BalanceDelta <= 0 || r.NewBalance <= r.OldBalance {
		t.Errorf("balance %v -> %v (delta %v), want a rise", r.OldBalance, r.NewBalance, r.BalanceDelta)
	}
	if r.Changes[Unchanged] != 2 || r.Changes[Added] != 1 {
		t.Errorf("counts %v", r.Changes)
	}
}

package analyze_test

import (
	"fmt"

	"github.com/leadlint/leadlint/analyze"
)

func ExampleAnalyzer_Analyze() {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		panic(err)
	}
	doc := a.Analyze("email.txt", "Send me the numbers by noon. What do you think of the new format?")
	fmt.Println(doc.Label, len(doc.Sentences))
	for _, s := range doc.Sentences {
		fmt.Printf("%d:%d %s", s.Line, s.Column, s.Label)
		for _, sig := range s.Signals {
			fmt.Printf(" %s", sig.ID)
		}
		fmt.Println()
	}
	// Output:
	// mixed 2
	// 1:1 directive grammar.imperative horizon.by-today
	// 1:30 empowering grammar.open-question
}

func ExampleAnalyzer_AnalyzeSentence() {
	a, err := analyze.New(analyze.Options{})
	if err != nil {
		panic(err)
	}
	s := a.AnalyzeSentence("I don't want to micromanage this.")
	for _, sig := range s.Signals {
		fmt.Println(sig.ID, sig.Pole, sig.Negated)
	}
	// Output:
	// empowerment.micromanage empowering true
}

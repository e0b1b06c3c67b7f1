package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/leadlint/leadlint/analyze"
)

// SARIF writes SARIF 2.1.0 for GitHub code scanning and other static
// analysis viewers: one result per flagged sentence, located at the
// sentence, with the rule of its strongest signal (a lexicon entry or a
// grammar rule). Directive and mixed sentences are warnings, empowering ones
// notes.
type SARIF struct{}

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool      `json:"tool"`
	Results    []sarifResult  `json:"results"`
	Properties map[string]any `json:"properties"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string         `json:"id"`
	ShortDescription sarifText      `json:"shortDescription"`
	Help             *sarifText     `json:"help,omitempty"`
	Properties       map[string]any `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

// Print implements Printer.
func (SARIF) Print(w io.Writer, r *Report) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{Name: "leadlint", Version: r.Tool.Version,
			InformationURI: "https://github.com/leadlint/leadlint", Rules: []sarifRule{}}},
		Results:    []sarifResult{},
		Properties: map[string]any{"lexiconVersion": r.Lexicon.Version, "lexiconHash": r.Lexicon.Hash, "lexiconEntries": r.Lexicon.Entries},
	}
	rules := map[string]sarifRule{}
	for _, d := range r.Documents {
		for _, s := range d.Sentences {
			if !s.Flagged() || len(s.Signals) == 0 {
				continue
			}
			sig := strongestSignal(s)
			if _, ok := rules[sig.ID]; !ok {
				rule := sarifRule{ID: sig.ID, ShortDescription: sarifText{fmt.Sprintf("%s cue (%s)", sig.Pole, sig.Dimension)},
					Properties: map[string]any{"dimension": sig.Dimension, "pole": string(sig.Pole), "source": sig.Source, "kind": string(sig.Kind)}}
				if sig.Suggestion != "" {
					rule.Help = &sarifText{oneLine(sig.Suggestion)}
				}
				rules[sig.ID] = rule
			}
			level := "warning"
			if s.Label == analyze.LabelEmpowering {
				level = "note"
			}
			msg := fmt.Sprintf("%s sentence (directive %s, empowering %s)", s.Label, num(s.Directive), num(s.Empowering))
			if sug := suggestion(s); sug != "" {
				msg += ". Try: " + sug
			}
			run.Results = append(run.Results, sarifResult{RuleID: sig.ID, Level: level, Message: sarifText{msg},
				Locations: []sarifLocation{{sarifPhysical{sarifArtifact{d.Path}, sarifRegion{s.Line, s.Column}}}}})
		}
	}
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, rules[id])
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// strongestSignal is the signal that weighs most on the side the sentence
// leans to.
func strongestSignal(s analyze.Sentence) analyze.Signal {
	pole := "empowering"
	if s.Directive >= s.Empowering {
		pole = "directive"
	}
	best := s.Signals[0]
	bestW := -1.0
	for _, sig := range s.Signals {
		if string(sig.Pole) == pole && sig.Weight > bestW {
			best, bestW = sig, sig.Weight
		}
	}
	return best
}

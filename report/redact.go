package report

import "fmt"

// Redact removes every excerpt of the documents' text from the report, for
// coaches handling client material: sentence and cue texts, the top
// sentences, email headers and speaker names (speakers become "speaker 1",
// "speaker 2" ...). Paths, positions, entry ids and scores remain. Every
// printer then shows positions, ids and scores only.
func Redact(r *Report) {
	for _, d := range r.Documents {
		speakers := map[string]string{}
		alias := func(name string) string {
			if name == "" {
				return ""
			}
			if a, ok := speakers[name]; ok {
				return a
			}
			a := fmt.Sprintf("speaker %d", len(speakers)+1)
			speakers[name] = a
			return a
		}
		for i := range d.Speakers {
			d.Speakers[i].Name = alias(d.Speakers[i].Name)
		}
		for i := range d.Sentences {
			s := &d.Sentences[i]
			s.Text = ""
			s.Speaker = alias(s.Speaker)
			for j := range s.Signals {
				s.Signals[j].Text = ""
			}
		}
		for i := range d.Top.Directive {
			d.Top.Directive[i].Text = ""
		}
		for i := range d.Top.Empowering {
			d.Top.Empowering[i].Text = ""
		}
		d.Metadata = nil
	}
	r.Redacted = true
}

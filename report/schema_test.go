package report_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/leadlint/leadlint/report"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../docs/report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("report.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// TestJSONMatchesSchema validates real reports (plain and redacted) against
// docs/report.schema.json, and checks that the schema rejects a broken one.
func TestJSONMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	r := testReport(t)
	for _, redact := range []bool{false, true} {
		if redact {
			report.Redact(r)
		}
		var buf bytes.Buffer
		if err := (&report.JSON{}).Print(&buf, r); err != nil {
			t.Fatal(err)
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(v); err != nil {
			t.Errorf("redact=%v: report does not match the schema: %v", redact, err)
		}
	}
	broken := strings.NewReader(`{"schema_version":1,"tool":{"name":"leadlint","version":"x"},"lexicon":{"version":"1.0.0","entries":1,"rules":1,"hash":"` + strings.Repeat("a", 64) + `"},"documents":[{"path":"a","label":"bossy"}],"errors":[],"redacted":false}`)
	v, _ := jsonschema.UnmarshalJSON(broken)
	if err := sch.Validate(v); err == nil {
		t.Error("the schema accepts a document with an unknown label and missing fields")
	}
}

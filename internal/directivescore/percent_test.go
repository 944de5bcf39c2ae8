package directivescore_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
	"github.com/google/go-cmp/cmp"
)

func TestParsePercentLabels(t *testing.T) {
	in := `{"doc": "a", "start": 6, "end": 10, "text": "100%", "label": "target", "why": "goal"}

{"doc": "a", "start": 30, "end": 33, "text": "50%", "label": "not", "why": "rate"}
`
	got, err := directivescore.ParsePercentLabels([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []directivescore.PercentLabel{
		{Doc: "a", Start: 6, End: 10, Text: "100%", Label: "target", Why: "goal"},
		{Doc: "a", Start: 30, End: 33, Text: "50%", Label: "not", Why: "rate"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParsePercentLabels (-want +got):\n%s", diff)
	}
	for _, c := range []struct{ in, msg string }{
		{`{"doc": "a", "start": 1, "end": 2, "text": "%", "label": "maybe"}`, `label "maybe" is none of`},
		{`{"doc": "a", "start": 3, "end": 3, "text": "", "label": "not"}`, "empty span"},
		{`{"start": 1, "end": 3, "text": "5%", "label": "not"}`, "no document"},
		{"\n{\"doc\": ", "unexpected end"},
	} {
		_, err := directivescore.ParsePercentLabels([]byte(c.in))
		var pe *directivescore.ParseError
		if !errors.As(err, &pe) || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("ParsePercentLabels(%q) = %v; want a *ParseError saying %q", c.in, err, c.msg)
			continue
		}
		if want := strings.Index(c.in, "{"); pe.Offset != want {
			t.Errorf("ParsePercentLabels(%q): offset %d; want %d", c.in, pe.Offset, want)
		}
	}
}

func TestCheckTargets(t *testing.T) {
	source := "Đạt 100% hồ sơ; hỗ trợ 50% học phí; từ 70% đến 80% xã; 9%"
	at := func(s string) int { return strings.Index(source, s) }
	labels := []directivescore.PercentLabel{
		{Doc: "d", Start: at("100%"), End: at("100%") + 4, Text: "100%", Label: "target"},
		{Doc: "d", Start: at("50%"), End: at("50%") + 3, Text: "50%", Label: "not"},
		{Doc: "d", Start: at("70%"), End: at("70%") + 3, Text: "70%", Label: "target"},
		{Doc: "d", Start: at("80%"), End: at("80%") + 3, Text: "80%", Label: "target"},
		{Doc: "d", Start: at("9%"), End: at("9%") + 2, Text: "9%", Label: "unsure"},
	}
	span := func(s string) directivescore.Span {
		return directivescore.Span{Start: at(s), End: at(s) + len(s)}
	}
	found := []directivescore.Span{
		span("hỗ trợ 50%"),     // a rate taken for a target
		span("từ 70% đến 80%"), // one range over two labelled targets
		span("hồ sơ"),          // over no percentage
		span("9%"),             // over an unsure one: neither right nor wrong
	}
	got, err := directivescore.CheckTargets(labels, source, found)
	if err != nil {
		t.Fatal(err)
	}
	want := directivescore.TargetFindings{Labelled: 4, Targets: 3, Found: 2, FoundNot: 1, Recalled: 2, Unlabelled: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CheckTargets (-want +got):\n%s", diff)
	}
	if s := got.NotTargets("n"); s.N != 1 || s.Total != 2 {
		t.Errorf("NotTargets = %+v; want 1 of 2", s)
	}
	if s := got.Recall("r"); s.N != 2 || s.Total != 3 {
		t.Errorf("Recall = %+v; want 2 of 3", s)
	}
	if line := got.Line("targets"); !strings.Contains(line, "not targets 1 (0.500)") || !strings.Contains(line, "found 2 of 3 (0.667)") {
		t.Errorf("Line = %q", line)
	}

	stale := append([]directivescore.PercentLabel(nil), labels...)
	stale[0].Text = "90%"
	if _, err := directivescore.CheckTargets(stale, source, found); err == nil || !strings.Contains(err.Error(), `"90%"`) {
		t.Errorf("a label whose text is not at its span: err %v", err)
	}
	if _, err := directivescore.CheckTargets([]directivescore.PercentLabel{{Doc: "d", Start: 5, End: 500, Text: "x", Label: "not"}}, source, nil); err == nil {
		t.Error("a label past the end of the text: no error")
	}
}

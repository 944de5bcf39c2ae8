package directivescore_test

import (
	"testing"

	"github.com/chidao/chidao/internal/directivescore"
	"github.com/google/go-cmp/cmp"
)

// rowResult is what TestMatchTableRows checks of a TableRow.
type rowResult struct {
	Gold, Got                      string // the labels
	Found, Lead, Cooperating, Time bool
}

func TestMatchTableRows(t *testing.T) {
	const row = `{"label": "PL-I.1", "assignees": ["Sở Tài chính"], "cooperating": ["Các sở, ngành"],
	  "tasks": [{"text_start": "Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn",
	    "times": [{"text": "Quý IV/2025", "kind": "deadline", "due": "2025-12-31"}]}]}`
	gold := `{"assignments": [{"label": "1", "assignees": ["Sở Y tế"], "tasks": [{"text_start": "Phối hợp rà soát"}]}, ` + row + `]}`
	for _, c := range []struct {
		name, gold, got string
		want            []rowResult
	}{
		{"right", gold,
			`{"assignments": [{"label": "1", "assignees": [{"name": "Sở Y tế"}], "tasks": [{"text": "Chỉ đạo"}]},
			  {"label": "PL.1", "assignees": [{"name": "SỞ TÀI CHÍNH"}], "tasks": [{"text": "Phối hợp  rà soát, sửa đổi Luật Quy hoạch và xây dựng các văn bản hướng dẫn",
			    "cooperating": [{"name": "các sở, ngành"}], "times": [{"text": "Quý IV/2025", "kind": "deadline", "due": "2025-12-31"}]}]}]}`,
			[]rowResult{{"PL-I.1", "PL.1", true, true, true, true}}},
		// The first task's text differs within its first 40 folded
		// characters: not found, and nothing is right.
		{"not found", gold,
			`{"assignments": [{"label": "PL.1", "assignees": [{"name": "Sở Tài chính"}], "cooperating": [{"name": "Các sở, ngành"}],
			  "tasks": [{"text": "Phối hợp rà soát, bổ sung Luật Quy hoạch", "times": [{"kind": "deadline", "due": "2025-12-31"}]}]}]}`,
			[]rowResult{{Gold: "PL-I.1"}}},
		// A shorter parsed text that is a prefix of the gold's matches;
		// beyond 40 characters the texts may differ.
		{"prefix both ways", `{"assignments": [` + row + `, ` + row + `]}`,
			`{"assignments": [{"label": "a", "assignees": ["Sở Tài chính"], "cooperating": ["Các sở, ngành"],
			    "tasks": [{"text": "Phối hợp rà soát, sửa đổi", "times": [{"kind": "deadline", "due": "2025-12-31"}]}]},
			  {"label": "b", "assignees": ["Sở Tài chính"], "cooperating": ["Các sở, ngành"],
			    "tasks": [{"text": "Phối hợp rà soát, sửa đổi Luật Quy hoạch và ban hành", "times": [{"kind": "deadline", "due": "2025-12-31"}]}]}]}`,
			[]rowResult{{"PL-I.1", "a", true, true, true, true}, {"PL-I.1", "b", true, true, true, true}}},
		// Each parsed assignment serves one gold row, first come first
		// served; an empty text matches nothing.
		{"once each", `{"assignments": [` + row + `, ` + row + `]}`,
			`{"assignments": [{"label": "", "tasks": [{"text": ""}]}, {"label": "a", "assignees": ["Sở Tài chính"], "cooperating": ["Các sở, ngành"],
			    "tasks": [{"text": "Phối hợp rà soát", "times": [{"kind": "deadline", "due": "2025-12-31"}]}]}]}`,
			[]rowResult{{"PL-I.1", "a", true, true, true, true}, {Gold: "PL-I.1"}}},
		{"lead wrong", gold,
			`{"assignments": [{"label": "x", "assignees": [{"name": "Sở Tài chính"}, {"name": "Các sở, ngành"}],
			  "tasks": [{"text": "Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng",
			    "cooperating": [{"name": "Các sở, ngành"}], "times": [{"kind": "deadline", "due": "2025-12-31"}]}]}]}`,
			[]rowResult{{"PL-I.1", "x", true, false, true, true}}},
		{"cooperating wrong", gold,
			`{"assignments": [{"label": "x", "assignees": [{"name": "Sở Tài chính"}],
			  "tasks": [{"text": "Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng",
			    "cooperating": [{"name": "Các sở"}], "times": [{"kind": "deadline", "due": "2025-12-31"}]}]}]}`,
			[]rowResult{{"PL-I.1", "x", true, true, false, true}}},
		// The times are a bag: the same key twice is not once.
		{"time wrong", gold,
			`{"assignments": [{"label": "x", "assignees": [{"name": "Sở Tài chính"}], "cooperating": [{"name": "Các sở, ngành"}],
			  "tasks": [{"text": "Phối hợp rà soát, sửa đổi Luật Quy hoạch và xây dựng",
			    "times": [{"kind": "deadline", "due": "2025-12-31"}], "subtasks": [{"text": "x", "times": [{"kind": "deadline", "due": "2025-12-31"}]}]}]}]}`,
			[]rowResult{{"PL-I.1", "x", true, true, true, false}}},
		{"no table rows", `{"assignments": [{"label": "1", "assignees": ["Sở Y tế"], "tasks": [{"text_start": "x"}]}]}`,
			`{"assignments": [{"label": "1", "assignees": ["Sở Y tế"], "tasks": [{"text": "x"}]}]}`, nil},
	} {
		var got []rowResult
		for _, r := range directivescore.MatchTableRows(doc(t, c.gold), doc(t, c.got)) {
			got = append(got, rowResult{r.Gold.Label, r.Got.Label, r.Found, r.Lead, r.Cooperating, r.Time})
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s: MatchTableRows (-want +got):\n%s", c.name, diff)
		}
	}
}

func TestTableRowFindings(t *testing.T) {
	var f directivescore.TableRowFindings
	if got, want := f.Line(), "table rows of the gold (PL- assignments): 0 rows in 0 documents; found 0; lead right 0 (n/a); cooperating right 0 (n/a); time right 0 (n/a)"; got != want {
		t.Errorf("zero Line() = %q; want %q", got, want)
	}
	if _, ok := f.LeadRight("x").Value(); ok {
		t.Error("a share over no row has a value")
	}
	f.Add(directivescore.CountTableRows(nil))
	f.Add(directivescore.CountTableRows([]directivescore.TableRow{{Found: true}}))
	if got, want := f.Line(), "table rows of the gold (PL- assignments): 1 row in 1 document; found 1; lead right 0 (0.000); cooperating right 0 (0.000); time right 0 (0.000)"; got != want {
		t.Errorf("Line() = %q; want %q", got, want)
	}
	f.Add(directivescore.CountTableRows([]directivescore.TableRow{
		{Found: true, Lead: true, Cooperating: true, Time: true}, {Found: true, Lead: true}, {}}))
	want := directivescore.TableRowFindings{Rows: 4, Documents: 2, Found: 3, Lead: 2, Cooperating: 1, Time: 1}
	if f != want {
		t.Errorf("findings %+v; want %+v", f, want)
	}
	if got, want := f.Line(), "table rows of the gold (PL- assignments): 4 rows in 2 documents; found 3; lead right 2 (0.500); cooperating right 1 (0.250); time right 1 (0.250)"; got != want {
		t.Errorf("Line() = %q; want %q", got, want)
	}
	if s := f.LeadRight("table_rows_lead"); s != (directivescore.Share{Name: "table_rows_lead", N: 2, Total: 4}) {
		t.Errorf("LeadRight = %+v", s)
	}
}

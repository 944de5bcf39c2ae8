package directivescore_test

import (
	"fmt"

	"github.com/chidao/chidao/internal/directivescore"
)

func ExampleScore() {
	gold, err := directivescore.Decode([]byte(`{"file": "x.txt", "number": "12/CT-UBND", "issued": "2025-03-04",
		"assignments": [{"label": "1", "assignees": ["Chủ tịch UBND các xã"], "cooperating": ["Sở Tài chính"],
		 "tasks": [{"text_start": "Rà soát", "times": [{"kind": "deadline", "due": "2025-06-30"}], "targets": []}]}]}`))
	if err != nil {
		panic(err)
	}
	got, err := directivescore.Decode([]byte(`{"number": "12/CT-UBND", "issued": {"kind": "date", "from": "2025-03-04", "to": "2025-03-04"},
		"assignments": [{"label": "1", "assignees": [{"name": "UBND các xã", "title": "Chủ tịch"}], "cooperating": [],
		 "tasks": [{"text": "Rà soát", "times": [{"kind": "deadline", "due": "2025-06-29"}], "targets": [], "lead": [],
		  "cooperating": [{"name": "Sở Tài chính"}], "subtasks": []}]}]}`))
	if err != nil {
		panic(err)
	}
	r := directivescore.Score(gold, got)
	fmt.Println(r.NumberOK, r.IssuedOK)
	fmt.Println("assignee", r.Assignee)
	fmt.Println("body", r.Body)
	fmt.Println("cooperating", r.Cooperating)
	fmt.Println("time", r.Time, r.MissedTimes, r.ExtraTimes)
	// Output:
	// true true
	// assignee 0.00 (0 of 1 gold, 1 got)
	// body 1.00 (1 of 1 gold, 1 got)
	// cooperating 1.00 (1 of 1 gold, 1 got)
	// time 0.00 (0 of 1 gold, 1 got) [('deadline', '2025-06-30')] [('deadline', '2025-06-29')]
}

func ExampleDecode_error() {
	_, err := directivescore.Decode([]byte(`{"assignments": [{"assignees": ["Sở Y tế", 7]}]}`))
	fmt.Println(err)
	// Output:
	// directivescore: assignments[0].assignees[1]: want a name, a party object or null: "7"
}

func ExampleFold() {
	fmt.Println(directivescore.Fold("Sở Thông tin và Truyền thông (TT&TT)"))
	fmt.Println(directivescore.Body(directivescore.Fold("Chủ tịch Ủy ban nhân dân các tỉnh")))
	// Output:
	// so thong tin va truyen thong tt&tt
	// uy ban nhan dan cac tinh
}

func ExampleNameCheck() {
	for _, name := range []string{"Sở Tài chính", "Cơ quan có", "Bộ phận", "Quý IV/2026"} {
		fmt.Printf("%s: %q\n", name, directivescore.NameCheck(name, nil))
	}
	// Output:
	// Sở Tài chính: ""
	// Cơ quan có: "ends in a function word or verb"
	// Bộ phận: "lone head word"
	// Quý IV/2026: "digit or date"
}

func ExampleSummary_MeanLine() {
	var s directivescore.Summary
	s.AddMeta(directivescore.MetaResult{File: "a.txt", HasNumber: true, HasIssued: true, NumberOK: true, IssuedOK: true})
	fmt.Println(s.MeanLine())
	// Output:
	// mean over 1 documents: assignee F1 n/a, body F1 n/a, cooperating F1 n/a, time F1 n/a, target F1 n/a, number 1.00, issued 1.00
}

func ExampleMatchExtents() {
	gold, err := directivescore.Decode([]byte(`{"assignments": [
		{"assignees": ["Giám đốc Sở Y tế"], "cooperating": ["Trung tâm Lưu trữ lịch sử"]},
		{"assignees": ["Cục Thuế"], "cooperating": ["Sở Tài chính"]}]}`))
	if err != nil {
		panic(err)
	}
	got, err := directivescore.Decode([]byte(`{"assignments": [
		{"assignees": [{"name": "Sở Y Tế", "span": [10, 19]}], "cooperating": [{"name": "Trung tâm Lưu", "span": [40, 56]}]},
		{"assignees": [{"name": "Cục Thuế trả", "span": [90, 104]}]}]}`))
	if err != nil {
		panic(err)
	}
	ms := directivescore.MatchExtents(gold, got)
	for _, m := range ms {
		fmt.Printf("%s: %q for %q\n", m.Extent, m.Got, m.Gold)
	}
	fmt.Println(directivescore.CountExtents(ms).Line())
	// Output:
	// exact: "Sở Y Tế" for "Giám đốc Sở Y tế"
	// cut: "Trung tâm Lưu" for "Trung tâm Lưu trữ lịch sử"
	// run-on: "Cục Thuế trả" for "Cục Thuế"
	// other or missed: "" for "Sở Tài chính"
	// cut or run-on names over the gold assignees: 2 of 4 (0.500): cut 1, run-on 1; exact 1, split or joined at punctuation 0, other or missed 1
}

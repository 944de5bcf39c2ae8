package directive

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/seeds"
	"github.com/google/go-cmp/cmp"
)

// refKey is the part of a Reference the tables compare.
type refKey struct {
	Text, Type, Number, Date, Issuer, Qualifier string
	Article, Clause, Point                      string
	Count                                       int
}

func keyOf(r Reference) refKey {
	return refKey{r.Text, r.Type.String(), r.Number.String(), r.Date.String(), r.Issuer, r.Qualifier, r.Article, r.Clause, r.Point, r.Count}
}

func TestFindReferences(t *testing.T) {
	tests := []struct {
		text string
		want []refKey
	}{
		{"Thực hiện Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh",
			[]refKey{{Text: "Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ", Type: "Chỉ thị", Number: "04/CT-TTg", Date: "2024-02-11", Issuer: "Thủ tướng Chính phủ"}}},
		{"theo Quyết định số 766/QĐ-TTg ngày 23/6/2022.",
			[]refKey{{Text: "Quyết định số 766/QĐ-TTg ngày 23/6/2022", Type: "Quyết định", Number: "766/QĐ-TTg", Date: "2022-06-23"}}},
		// A hyphen typed with a space beside it is the symbol's.
		{"thực hiện Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025 của Thủ tướng Chính phủ về",
			[]refKey{{Text: "Chỉ thị số 13/CT- TTg ngày 17 tháng 5 năm 2025 của Thủ tướng Chính phủ", Type: "Chỉ thị", Number: "13/CT-TTg", Date: "2025-05-17", Issuer: "Thủ tướng Chính phủ"}}},
		{"theo Quyết định số 15/QĐ -UBND ngày 02/01/2025.",
			[]refKey{{Text: "Quyết định số 15/QĐ -UBND ngày 02/01/2025", Type: "Quyết định", Number: "15/QĐ-UBND", Date: "2025-01-02"}}},
		{"số 12/KH - kèm theo", nil},
		{"theo quy định tại khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP để lưu giữ",
			[]refKey{{Text: "khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP", Type: "Thông tư", Number: "01/2023/TT-VPCP", Article: "23", Clause: "10"}}},
		{"tại Kế hoạch số 31/KH-UBND ngày 15/02/2024 của Ủy ban nhân dân thành phố để bố trí",
			[]refKey{{Text: "Kế hoạch số 31/KH-UBND ngày 15/02/2024 của Ủy ban nhân dân thành phố", Type: "Kế hoạch", Number: "31/KH-UBND", Date: "2024-02-15", Issuer: "Ủy ban nhân dân thành phố"}}},
		{"các mô hình được giao tại Kế hoạch phối hợp số 62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP.",
			[]refKey{{Text: "Kế hoạch phối hợp số 62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", Type: "Kế hoạch", Number: "62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", Qualifier: "phối hợp"}}},
		{"giải pháp tại Kế hoạch phối hợp 62; thông báo",
			[]refKey{{Text: "Kế hoạch phối hợp 62", Type: "Kế hoạch", Number: "62", Qualifier: "phối hợp"}}},
		{"thực hiện lộ trình theo Kế hoạch phối hợp số 62.",
			[]refKey{{Text: "Kế hoạch phối hợp số 62", Type: "Kế hoạch", Number: "62", Qualifier: "phối hợp"}}},
		{"tầm nhìn đến năm 2030 (Đề án 06/CP) tại các bộ",
			[]refKey{{Text: "Đề án 06/CP", Type: "Đề án", Number: "06/CP"}}},
		{"thủ tục hành chính quy định tại 19 Nghị quyết chuyên đề của Chính phủ theo chỉ đạo",
			[]refKey{{Text: "19 Nghị quyết chuyên đề của Chính phủ", Type: "Nghị quyết", Issuer: "Chính phủ", Qualifier: "chuyên đề", Count: 19}}},
		{"Nghị quyết số 66/NQ-CP ngày 26 tháng 3\nnăm 2025 của Chính phủ",
			[]refKey{{Text: "Nghị quyết số 66/NQ-CP ngày 26 tháng 3\nnăm 2025 của Chính phủ", Type: "Nghị quyết", Number: "66/NQ-CP", Date: "2025-03-26", Issuer: "Chính phủ"}}},
		{"THỰC HIỆN NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ BAN HÀNH KẾ HOẠCH",
			[]refKey{{Text: "NGHỊ QUYẾT SỐ 214/NQ-CP NGÀY 23/7/2025 CỦA CHÍNH PHỦ", Type: "Nghị quyết", Number: "214/NQ-CP", Date: "2025-07-23", Issuer: "CHÍNH PHỦ"}}},
		{"Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương về",
			[]refKey{{Text: "Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương", Type: "Kế hoạch", Number: "02-KH/BCĐTW", Date: "2025-06-19", Issuer: "Ban Chỉ đạo Trung ương"}}},
		{"Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Thông báo số 1273-TB/TU",
			[]refKey{{Text: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", Type: "Nghị định", Number: "30/2020/NĐ-CP", Date: "2020-03-05", Issuer: "Chính phủ"},
				{Text: "Thông báo số 1273-TB/TU", Type: "Thông báo", Number: "1273-TB/TU"}}},
		// Documents listed after the first share its type; a bare number
		// after the list is a count.
		{"hướng dẫn tại các công văn số 12/SYT-NVY ngày 05/02/2024, 340/SYT-KHTC ngày 16/8/2024 và 77/UBND-VX của Ủy ban nhân dân tỉnh để thực hiện",
			[]refKey{{Text: "công văn số 12/SYT-NVY ngày 05/02/2024", Type: "Công văn", Number: "12/SYT-NVY", Date: "2024-02-05"},
				{Text: "340/SYT-KHTC ngày 16/8/2024", Type: "Công văn", Number: "340/SYT-KHTC", Date: "2024-08-16"},
				{Text: "77/UBND-VX của Ủy ban nhân dân tỉnh", Type: "Công văn", Number: "77/UBND-VX", Issuer: "Ủy ban nhân dân tỉnh"}}},
		{"các Thông báo kết luận số 49/TB-VPCP ngày 07 tháng 02 năm 2024 và số 160/TB-VPCP ngày 24 tháng 4 năm 2023 của Văn phòng Chính phủ",
			[]refKey{{Text: "Thông báo kết luận số 49/TB-VPCP ngày 07 tháng 02 năm 2024", Type: "Thông báo", Number: "49/TB-VPCP", Date: "2024-02-07", Qualifier: "kết luận"},
				{Text: "160/TB-VPCP ngày 24 tháng 4 năm 2023 của Văn phòng Chính phủ", Type: "Thông báo", Number: "160/TB-VPCP", Date: "2023-04-24", Issuer: "Văn phòng Chính phủ"}}},
		{"theo Quyết định số 15/QĐ-UBND, 2 văn bản khác",
			[]refKey{{Text: "Quyết định số 15/QĐ-UBND", Type: "Quyết định", Number: "15/QĐ-UBND"}}},
		{"Công văn số 5608/UBND-VX của Ủy ban nhân dân tỉnh và Bộ Kế hoạch và Đầu tư",
			[]refKey{{Text: "Công văn số 5608/UBND-VX của Ủy ban nhân dân tỉnh", Type: "Công văn", Number: "5608/UBND-VX", Issuer: "Ủy ban nhân dân tỉnh"}}},
		{"chi thi so 04/CT-TTg ngay 11/02/2024 cua Thu tuong Chinh phu",
			[]refKey{{Text: "chi thi so 04/CT-TTg ngay 11/02/2024 cua Thu tuong Chinh phu", Type: "Chỉ thị", Number: "04/CT-TTg", Date: "2024-02-11", Issuer: "Thu tuong Chinh phu"}}},
		{"Chi\u0309 thi\u0323 sô\u0301 04/CT-TTg", // NFD
			[]refKey{{Text: "Chi\u0309 thi\u0323 sô\u0301 04/CT-TTg", Type: "Chỉ thị", Number: "04/CT-TTg"}}},
		{"điểm a khoản 2 Điều 5 Luật số 45/2019/QH14",
			[]refKey{{Text: "điểm a khoản 2 Điều 5 Luật số 45/2019/QH14", Type: "Luật", Number: "45/2019/QH14", Article: "5", Clause: "2", Point: "a"}}},
		{"theo Văn bản số 5608/UBND-VX ngày 05/8/2024 và Nghị định 30/2020 về công tác văn thư",
			[]refKey{{Text: "Văn bản số 5608/UBND-VX ngày 05/8/2024", Type: "Công văn", Number: "5608/UBND-VX", Date: "2024-08-05"},
				{Text: "Nghị định 30/2020", Type: "Nghị định", Number: "30/2020"}}},
		{"Kết luận số 30-KL/TW ngày 15/3/2024 của Bộ Chính trị; Thông báo kết luận số 123/TB-VPCP",
			[]refKey{{Text: "Kết luận số 30-KL/TW ngày 15/3/2024 của Bộ Chính trị", Type: "Kết luận", Number: "30-KL/TW", Date: "2024-03-15", Issuer: "Bộ Chính trị"},
				{Text: "Thông báo kết luận số 123/TB-VPCP", Type: "Thông báo", Number: "123/TB-VPCP", Qualifier: "kết luận"}}},
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Bộ luật Dân sự năm 2015; Luật Đất đai 2024 và Luật số 45/2019/QH14",
			[]refKey{{Text: "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", Type: "Luật", Qualifier: "Tổ chức chính quyền địa phương", Date: "2015-06-19"},
				{Text: "Bộ luật Dân sự năm 2015", Type: "Bộ luật", Qualifier: "Dân sự năm 2015"},
				{Text: "Luật Đất đai 2024", Type: "Luật", Qualifier: "Đất đai 2024"},
				{Text: "Luật số 45/2019/QH14", Type: "Luật", Number: "45/2019/QH14"}}},
		{"Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015",
			[]refKey{{Text: "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015", Type: "Luật", Qualifier: "Ban hành văn bản quy phạm pháp luật",
				Number: "80/2015/QH13", Date: "2015-06-22"}}},
		{"Ke hoach so 31/KH-UBND ngay 15/02/2024 cua Uy ban nhan dan thanh pho de bo tri",
			[]refKey{{Text: "Ke hoach so 31/KH-UBND ngay 15/02/2024 cua Uy ban nhan dan thanh pho", Type: "Kế hoạch", Number: "31/KH-UBND", Date: "2024-02-15", Issuer: "Uy ban nhan dan thanh pho"}}},
		{"theo **Quyết định số 766/QĐ-TTg** ngày14 tháng 06 năm 2022 | Chỉ thị số 04/CT–TTg, ngày 11/02/2024 của Thủ tướng",
			[]refKey{{Text: "Quyết định số 766/QĐ-TTg** ngày14 tháng 06 năm 2022", Type: "Quyết định", Number: "766/QĐ-TTg", Date: "2022-06-14"},
				{Text: "Chỉ thị số 04/CT–TTg, ngày 11/02/2024 của Thủ tướng", Type: "Chỉ thị", Number: "04/CT-TTg", Date: "2024-02-11", Issuer: "Thủ tướng"}}},
		{"Quyết định số 766/QĐ-TTg ngày14 tháng 06 năm 2022",
			[]refKey{{Text: "Quyết định số 766/QĐ-TTg ngày14 tháng 06 năm 2022", Type: "Quyết định", Number: "766/QĐ-TTg", Date: "2022-06-14"}}},
		// Not citations.
		{"theo quy định của luật; Luật sư tư vấn", nil},
		{"các văn bản số hóa; văn bản số 12 của đơn vị", nil},
		{"Khẩn trương ban hành Kế hoạch triển khai Đề án 06/CP năm 2024 của đơn vị", []refKey{{Text: "Đề án 06/CP", Type: "Đề án", Number: "06/CP"}}},
		{"Đẩy mạnh tiến độ số hóa hồ sơ; kế hoạch số hóa năm 2024; Tổ Công tác triển khai Đề án 06 Chính phủ", nil},
		{"trong năm 2024 Kế hoạch của đơn vị; có 2 kế hoạch", nil},
	}
	for _, tt := range tests {
		var got []refKey
		for _, r := range FindReferences(tt.text) {
			if tt.text[r.Span.Start:r.Span.End] != r.Text {
				t.Errorf("%q: span %v holds %q, Text %q", tt.text, r.Span, tt.text[r.Span.Start:r.Span.End], r.Text)
			}
			got = append(got, keyOf(r))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindReferences(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestSeedReferences is the bar: every document the seed cites is found
// with its type, number and date.
func TestSeedReferences(t *testing.T) {
	text := seeds.HaiPhongDeAn06Text()
	got := DistinctReferences(FindReferences(text))
	type doc struct{ Type, Number, Date string }
	var docs []doc
	for _, r := range got {
		docs = append(docs, doc{r.Type.String(), r.Number.String(), r.Date.String()})
	}
	want := []doc{
		{"Chỉ thị", "04/CT-TTg", "2024-02-11"},
		{"Đề án", "06/CP", ""},
		{"Quyết định", "766/QĐ-TTg", "2022-06-23"},
		{"Kế hoạch", "62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", ""},
		{"Thông tư", "01/2023/TT-VPCP", ""},
		{"Nghị quyết", "", ""},
		{"Kế hoạch", "31/KH-UBND", "2024-02-15"},
	}
	if diff := cmp.Diff(want, docs); diff != "" {
		t.Errorf("seed references (-want +got):\n%s", diff)
	}
	if got[0].Issuer != "Thủ tướng Chính phủ" || got[6].Issuer != "Ủy ban nhân dân thành phố" {
		t.Errorf("issuers: %q, %q", got[0].Issuer, got[6].Issuer)
	}
	if got[5].Count != 19 || got[4].Article != "23" || got[4].Clause != "10" {
		t.Errorf("cited set %+v, article %+v", got[5], got[4])
	}
	// The short citations of the coordination plan are the same document.
	n := 0
	for _, r := range FindReferences(text) {
		if r.Type == DocPlan && r.Number.Seq == "62" {
			n++
			if !strings.HasPrefix(text[r.Span.Start:], "Kế hoạch phối hợp") {
				t.Errorf("plan 62 at %v: %q", r.Span, r.Text)
			}
		}
	}
	if n != 4 {
		t.Errorf("plan 62 cited %d times, want 4", n)
	}
}

func TestDistinctReferences(t *testing.T) {
	refs := FindReferences("Kế hoạch phối hợp số 62; Chỉ thị 04/CT-TTg; Kế hoạch phối hợp số 62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP; Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ")
	got := DistinctReferences(refs)
	if len(got) != 2 {
		t.Fatalf("got %d: %+v", len(got), got)
	}
	if got[0].Number.String() != "62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP" || got[0].Text != "Kế hoạch phối hợp số 62" {
		t.Errorf("plan: %+v", got[0])
	}
	if got[1].Date != (calendar.Date{Year: 2024, Month: 2, Day: 11}) || got[1].Issuer != "Thủ tướng Chính phủ" || got[1].Text != "Chỉ thị 04/CT-TTg" {
		t.Errorf("directive: %+v", got[1])
	}
}

func FuzzFindReferences(f *testing.F) {
	f.Add(seeds.HaiPhongDeAn06Text())
	for _, s := range []string{"Chỉ thị số 04/CT-TTg ngày 11/02/2024 của Thủ tướng Chính phủ", "khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP",
		"19 Nghị quyết chuyên đề của Chính phủ", "Kế hoạch phối hợp 62", "Đề án 06/CP", "điểm a khoản", "Nghị quyết số", "2 Luật"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, r := range FindReferences(s) {
			if r.Span.Start < 0 || r.Span.End > len(s) || r.Span.Start >= r.Span.End || r.Span.Start < prev {
				t.Fatalf("%q: bad span %v after %d", s, r.Span, prev)
			}
			if s[r.Span.Start:r.Span.End] != r.Text {
				t.Fatalf("%q: Text %q is not the span %v", s, r.Text, r.Span)
			}
			if r.Type == DocUnknown {
				t.Fatalf("%q: citation without type %+v", s, r)
			}
			if !hasASCIIDigit(r.Text) {
				// Parse skips the paragraphs without a digit.
				t.Fatalf("%q: citation %q holds no digit", s, r.Text)
			}
			prev = r.Span.End
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("%q: %+v: %v", s, r, err)
			}
			var back Reference
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%q: %s: %v", s, b, err)
			}
			if utf8.ValidString(s) && !reflect.DeepEqual(back, r) {
				t.Fatalf("%q: JSON round trip\n in %+v\nout %+v", s, r, back)
			}
		}
	})
}

func BenchmarkFindReferencesSeed(b *testing.B) {
	text := seeds.HaiPhongDeAn06Text()
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindReferences(text)
	}
}

// TestTypeNameGroups keeps typeNameGroup in step with typeNames: each
// first word's group holds exactly the entries with that first word, in
// table order, and no other word has a group.
func TestTypeNameGroups(t *testing.T) {
	firsts := map[string]bool{}
	for _, n := range typeNames {
		firsts[n.words[0]] = true
	}
	for w := range firsts {
		var want []citedType
		for _, n := range typeNames {
			if n.words[0] == w {
				want = append(want, n)
			}
		}
		got := typeNameGroup(w)
		if len(got) != len(want) {
			t.Errorf("typeNameGroup(%q) has %d entries, want %d", w, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i].t != want[i].t || !slices.Equal(got[i].words, want[i].words) {
				t.Errorf("typeNameGroup(%q)[%d] = %v, want %v", w, i, got[i].words, want[i].words)
			}
		}
	}
	for _, w := range []string{"khoan", "dieu", "so", "nghiquyet", ""} {
		if g := typeNameGroup(w); g != nil {
			t.Errorf("typeNameGroup(%q) = %v, want none", w, g)
		}
	}
}

// TestCitationsHoldDigits checks on every document in testdata what Parse
// relies on to skip paragraphs: each citation holds an ASCII digit, and
// Parse finds the citations FindReferences finds in the whole text.
func TestCitationsHoldDigits(t *testing.T) {
	docs := testdataDocs(t, "testdata/*.txt", "testdata/parse/*.txt")
	if len(docs) < 5 {
		t.Fatalf("only %d documents", len(docs))
	}
	for name, text := range docs {
		all := FindReferences(text)
		for _, r := range all {
			if !hasASCIIDigit(r.Text) {
				t.Errorf("%s: citation %q holds no digit", name, r.Text)
			}
		}
		d, err := Parse(text, nil)
		if err != nil {
			continue
		}
		var want, got []string
		for _, r := range DistinctReferences(all) {
			want = append(want, r.Text)
		}
		for _, r := range d.References {
			got = append(got, nfc(r.Text))
		}
		for i := range want {
			want[i] = spaced(nfc(want[i]))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Parse's citations differ from FindReferences' (-want +got):\n%s", name, diff)
		}
	}
}

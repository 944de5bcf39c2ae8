package directive

import (
	"errors"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		want  Number
		str   string
		typ   DocType
		legal bool
	}{
		{"04/CT-TTg", Number{Seq: "04", Code: "CT", Issuer: "TTg"}, "04/CT-TTg", DocDirective, false},
		{"30/2020/NĐ-CP", Number{Seq: "30", Year: 2020, Code: "NĐ", Issuer: "CP"}, "30/2020/NĐ-CP", DocDecree, true},
		{"01/2023/TT-VPCP", Number{Seq: "01", Year: 2023, Code: "TT", Issuer: "VPCP"}, "01/2023/TT-VPCP", DocCircular, true},
		{"5608/UBND-VX", Number{Seq: "5608", Issuer: "UBND-VX"}, "5608/UBND-VX", DocOfficialLetter, false},
		{"62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", Number{Seq: "62", Code: "KHPH", Issuer: "TCTĐA06/CPTW-BCĐĐA06/CPHP"}, "62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", DocPlan, false},
		{"1273-TB/TU", Number{Seq: "1273", Code: "TB", Issuer: "TU", Party: true}, "1273-TB/TU", DocNotice, false},
		{"/BCĐĐA06HP-KSTTHC", Number{Issuer: "BCĐĐA06HP-KSTTHC"}, "/BCĐĐA06HP-KSTTHC", DocOfficialLetter, false},
		{"766/QĐ-TTg", Number{Seq: "766", Code: "QĐ", Issuer: "TTg"}, "766/QĐ-TTg", DocDecision, false},
		{"31/KH-UBND", Number{Seq: "31", Code: "KH", Issuer: "UBND"}, "31/KH-UBND", DocPlan, false},
		{"45/2019/QH14", Number{Seq: "45", Year: 2019, Issuer: "QH14"}, "45/2019/QH14", DocUnknown, true},
		{"12/2023/NQ-HĐND", Number{Seq: "12", Year: 2023, Code: "NQ", Issuer: "HĐND"}, "12/2023/NQ-HĐND", DocResolution, true},
		{"220/CĐ-TTg", Number{Seq: "220", Code: "CĐ", Issuer: "TTg"}, "220/CĐ-TTg", DocTelegram, false},
		{"15/QyĐ-UBND", Number{Seq: "15", Code: "QyĐ", Issuer: "UBND"}, "15/QyĐ-UBND", DocRule, false},
		{"08-QĐi/TW", Number{Seq: "08", Code: "QĐi", Issuer: "TW", Party: true}, "08-QĐi/TW", DocRule, false},
		{"123-CV/TU", Number{Seq: "123", Code: "CV", Issuer: "TU", Party: true}, "123-CV/TU", DocOfficialLetter, false},
		{" 04 / CT - TTg ", Number{Seq: "04", Code: "CT", Issuer: "TTg"}, "04/CT-TTg", DocDirective, false},
		{"05/Ctr-UBND", Number{Seq: "05", Code: "Ctr", Issuer: "UBND"}, "05/Ctr-UBND", DocProgramme, false},
		{"35/QD-UBND", Number{Seq: "35", Code: "QD", Issuer: "UBND"}, "35/QD-UBND", DocDecision, false},
		{"62", Number{Seq: "62"}, "62", DocUnknown, false},
		{"04/CT–TTg", Number{Seq: "04", Code: "CT", Issuer: "TTg"}, "04/CT-TTg", DocDirective, false},
		{"  -KH/TU", Number{Code: "KH", Issuer: "TU", Party: true}, "-KH/TU", DocPlan, false},
		{"30/2020", Number{Seq: "30", Year: 2020}, "30/2020", DocUnknown, true},
		{"06/CP", Number{Seq: "06", Issuer: "CP"}, "06/CP", DocOfficialLetter, false},
		{"4240/UBND-KT", Number{Seq: "4240", Issuer: "UBND-KT"}, "4240/UBND-KT", DocOfficialLetter, false},
		{"NFD: Đ", Number{}, "", DocUnknown, false}, // error case, see below
	}
	for _, tt := range tests[:len(tests)-1] {
		got, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseNumber(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
		if s := got.String(); s != tt.str {
			t.Errorf("ParseNumber(%q).String() = %q, want %q", tt.in, s, tt.str)
		}
		if ty := got.Type(); ty != tt.typ {
			t.Errorf("ParseNumber(%q).Type() = %v, want %v", tt.in, ty, tt.typ)
		}
		if l := got.IsLegal(); l != tt.legal {
			t.Errorf("ParseNumber(%q).IsLegal() = %v, want %v", tt.in, l, tt.legal)
		}
	}
}

func TestParseNumberNFD(t *testing.T) {
	got, err := ParseNumber("30/2020/N\u0110-CP") // Đ is precomposed; check NFD of a vowel too
	if err != nil || got.Code != "NĐ" {
		t.Fatalf("got %#v, %v", got, err)
	}
	got, err = ParseNumber("15/Quye\u0301t-UBND")
	if err != nil || got.Issuer != "Quyét-UBND" {
		t.Fatalf("NFD: got %#v, %v", got, err)
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in     string
		offset int
		msg    string
	}{
		{"", 0, "empty number"},
		{"04", -1, ""},
		{"04/", 3, "missing issuer"},
		{"04/CT-", 6, "missing issuer"},
		{"04:CT-TTg", 2, "want '/' or '-' after the number"},
		{"1273-TB", 7, "Party number without '/'"},
		{"04/CT TTg", 5, `unexpected character ' ' in issuer`},
		{"04/CT-TTg/", 9, "issuer starts or ends with a separator"},
	}
	for _, tt := range tests {
		_, err := ParseNumber(tt.in)
		if tt.offset < 0 {
			if err != nil {
				t.Errorf("ParseNumber(%q): unexpected error %v", tt.in, err)
			}
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseNumber(%q) error = %v, want *ParseError", tt.in, err)
			continue
		}
		if pe.Input != tt.in || pe.Offset != tt.offset || pe.Msg != tt.msg {
			t.Errorf("ParseNumber(%q) error = %+v, want offset %d msg %q", tt.in, *pe, tt.offset, tt.msg)
		}
	}
}

func TestNumberText(t *testing.T) {
	for _, s := range []string{"04/CT-TTg", "1273-TB/TU", "/BCĐĐA06HP-KSTTHC", "30/2020/NĐ-CP", "62"} {
		n := MustParseNumber(s)
		b, err := n.MarshalText()
		if err != nil || string(b) != s {
			t.Errorf("MarshalText(%q) = %q, %v", s, b, err)
		}
		var m Number
		if err := m.UnmarshalText(b); err != nil || m != n {
			t.Errorf("UnmarshalText(%q) = %#v, %v", b, m, err)
		}
	}
	var z Number
	if b, _ := z.MarshalText(); len(b) != 0 {
		t.Errorf("zero Number marshals as %q", b)
	}
	if err := z.UnmarshalText(nil); err != nil || !z.IsZero() {
		t.Errorf("empty text: %v", err)
	}
	if !MustParseNumber("/BCĐĐA06HP-KSTTHC").IsBlank() || MustParseNumber("04/CT-TTg").IsBlank() {
		t.Error("IsBlank")
	}
}

func TestDocTypeTables(t *testing.T) {
	codes := []string{"NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL", "NĐ", "TT", "TTLT"}
	seen := map[DocType]bool{}
	for _, c := range codes {
		ty, ok := DocTypeFromCode(c)
		if !ok || ty.Code() != c {
			t.Errorf("DocTypeFromCode(%q) = %v, %v", c, ty, ok)
		}
		if seen[ty] {
			t.Errorf("code %q: type %v seen twice", c, ty)
		}
		seen[ty] = true
	}
	if ty, _ := DocTypeFromCode("DA"); ty != DocProject {
		t.Errorf("DA = %v", ty)
	}
	if ty, _ := DocTypeFromCode("ĐA"); ty != DocScheme {
		t.Errorf("ĐA = %v", ty)
	}
	for ty := DocType(1); ty < docTypeEnd; ty++ {
		b, err := ty.MarshalText()
		if err != nil || len(b) == 0 {
			t.Fatalf("%d: %q %v", ty, b, err)
		}
		var back DocType
		if err := back.UnmarshalText(b); err != nil || back != ty {
			t.Errorf("%q round trip = %v, %v", b, back, err)
		}
	}
	if ty, ok := DocTypeFromName("de an"); !ok || ty != DocScheme {
		t.Errorf("de an = %v", ty)
	}
	if ty, ok := DocTypeFromName("Dự án"); !ok || ty != DocProject {
		t.Errorf("Dự án = %v", ty)
	}
	if !DocDecree.IsLegal() || DocDirective.IsLegal() {
		t.Error("IsLegal")
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"04/CT-TTg", "30/2020/NĐ-CP", "01/2023/TT-VPCP", "5608/UBND-VX",
		"62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", "1273-TB/TU", "/BCĐĐA06HP-KSTTHC", "62", " 04 / CT - TTg", "04/", "-x/y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Offset < 0 || pe.Offset > len(s) {
				t.Fatalf("ParseNumber(%q): bad error %v", s, err)
			}
			return
		}
		back, err := ParseNumber(n.String())
		if err != nil || back != n {
			t.Fatalf("ParseNumber(%q) = %#v; reparse of %q = %#v, %v", s, n, n.String(), back, err)
		}
		b, err := n.MarshalText()
		if err != nil {
			t.Fatalf("ParseNumber(%q) = %#v: MarshalText: %v", s, n, err)
		}
		var text Number
		if err := text.UnmarshalText(b); err != nil || text != n {
			t.Fatalf("ParseNumber(%q) = %#v: text %q reads back as %#v, %v", s, n, b, text, err)
		}
	})
}

func TestParseNumberAllocs(t *testing.T) {
	for _, s := range []string{"04/CT-TTg", "62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP", "1273-TB/TU"} {
		if n := testing.AllocsPerRun(100, func() { MustParseNumber(s) }); n != 0 {
			t.Errorf("ParseNumber(%q) allocates %v times", s, n)
		}
	}
}

func BenchmarkParseNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		MustParseNumber("62/KHPH-TCTĐA06/CPTW-BCĐĐA06/CPHP")
	}
}

// TestDocTypeFolded keeps the folded names of the document types in step
// with their names.
func TestDocTypeFolded(t *testing.T) {
	for x := DocType(1); x < docTypeEnd; x++ {
		if got, want := docTypes[x].folded, vntext.String(docTypes[x].name); got != want {
			t.Errorf("%v: folded %q, want %q", x, got, want)
		}
	}
}

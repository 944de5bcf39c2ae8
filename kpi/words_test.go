package kpi

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/internal/vntext"
	"github.com/google/go-cmp/cmp"
)

// TestAccentedForms checks the table the finder uses to tell apart the short
// words that fold alike: every accented form folds to its key, and words
// outside the table have no forms.
func TestAccentedForms(t *testing.T) {
	keys := []string{
		"de", "can", "phai", "la", "con", "da", "moi", "hon", "bang", "tang", "giam", "vuot",
		"dat", "tren", "duoi", "toi", "muc", "o", "len", "xuong", "them", "duoc", "nam", "tu",
		"den", "trong", "vao", "sau", "quy", "thang", "ngay", "ky", "het", "cuoi", "dau", "chi",
		"do", "thu", "cho", "it", "nhat", "qua", "thap", "cao", "lon", "nho", "tro", "khong",
		"so", "voi", "deu", "gan", "huong", "mien", "nop", "trich",
	}
	for _, k := range keys {
		forms := accentedForms(k)
		if len(forms) == 0 {
			t.Errorf("accentedForms(%q) is empty", k)
		}
		for _, f := range forms {
			if got := vntext.Fold(f).Text; got != k {
				t.Errorf("accentedForms(%q) holds %q, which folds to %q", k, f, got)
			}
			if f != strings.ToLower(f) {
				t.Errorf("accentedForms(%q) holds %q, not lower case", k, f)
			}
		}
	}
	for _, w := range []string{"", "ty", "le", "phan", "tram", "xyz"} {
		if got := accentedForms(w); got != nil {
			t.Errorf("accentedForms(%q) = %q; want nil", w, got)
		}
	}
	// The forms decide matching: "đất" (land) is not "đạt" (reach), so
	// "đất 80%" sets no target, while "đạt 80%" and unaccented "dat 80%" do.
	for _, tt := range []struct {
		in   string
		want []want
	}{
		{"Tỷ lệ hồ sơ phải đạt 80%.", []want{{OpGE, Whole(80), 0, "Tỷ lệ hồ sơ", "", "Tỷ lệ hồ sơ phải đạt 80%"}}},
		{"Ty le ho so phai dat 80%.", []want{{OpGE, Whole(80), 0, "Ty le ho so", "", "Ty le ho so phai dat 80%"}}},
		{"Tiền sử dụng đất 80% giá trị.", nil},
	} {
		if diff := cmp.Diff(tt.want, shape(FindTargets(tt.in))); diff != "" {
			t.Errorf("FindTargets(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

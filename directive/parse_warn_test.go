package directive

import (
	"strings"
	"testing"

	"github.com/chidao/chidao/seeds"
)

// A document whose line breaks were lost, or a header with no task under
// it, must say so in the warnings rather than come back silently empty.
func TestParseWarnsWhenNothingUnderHeader(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"header only", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 12/UBND-VX\nHải Phòng, ngày 05 tháng 01 năm 2024\n",
			"no assignment or task found under the header"},
		{"one line", strings.Join(strings.Fields(seeds.HaiPhongDeAn06Text()), " "),
			"the text may have lost its line breaks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, tt.want) {
					return
				}
			}
			t.Errorf("no warning containing %q in %v", tt.want, d.Warnings)
		})
	}
}

func TestParseErrorQuotesControlInput(t *testing.T) {
	_, err := Parse(strings.Repeat("\x00", 64), nil)
	if err == nil {
		t.Fatal("Parse of NUL bytes: no error")
	}
	if pe, ok := err.(*ParseError); !ok || pe.Input == "" {
		t.Errorf("Parse of NUL bytes: error %#v does not quote the input", err)
	}
}

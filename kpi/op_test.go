package kpi

import (
	"errors"
	"testing"
)

// TestOpText pins the text forms of Op: String, MarshalText and the symbols
// UnmarshalText accepts.
func TestOpText(t *testing.T) {
	for _, tt := range []struct {
		o    Op
		s    string
		text string // "" when MarshalText fails
	}{
		{OpUnknown, "", ""},
		{OpGE, ">=", ">="},
		{OpLE, "<=", "<="},
		{OpGT, ">", ">"},
		{OpLT, "<", "<"},
		{OpEQ, "=", "="},
		{Op(9), "Op(9)", ""},
		{Op(200), "Op(200)", ""},
	} {
		if got := tt.o.String(); got != tt.s {
			t.Errorf("Op(%d).String() = %q; want %q", uint8(tt.o), got, tt.s)
		}
		b, err := tt.o.MarshalText()
		if tt.text == "" {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Msg != "unknown operator" || pe.Input != tt.s || b != nil {
				t.Errorf("Op(%d).MarshalText() = %q, %v; want an unknown operator error", uint8(tt.o), b, err)
			}
			continue
		}
		if err != nil || string(b) != tt.text {
			t.Errorf("Op(%d).MarshalText() = %q, %v; want %q", uint8(tt.o), b, err, tt.text)
		}
	}
	for _, tt := range []struct {
		in   string
		want Op
	}{
		{">=", OpGE}, {"≥", OpGE}, {"=>", OpGE},
		{"<=", OpLE}, {"≤", OpLE}, {"=<", OpLE},
		{">", OpGT}, {"<", OpLT}, {"=", OpEQ}, {"==", OpEQ},
	} {
		var o Op
		if err := o.UnmarshalText([]byte(tt.in)); err != nil || o != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", tt.in, o, err, tt.want)
		}
	}
	for _, in := range []string{"", "≠", "!=", "> =", "ge"} {
		o := OpLT
		err := o.UnmarshalText([]byte(in))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != in || pe.Offset != 0 || o != OpLT {
			t.Errorf("UnmarshalText(%q) = %v, %v; want a ParseError and no change", in, o, err)
		}
	}
}

// TestOpHolds pins Op.Holds for every operator at, above and below its bound.
func TestOpHolds(t *testing.T) {
	ops := []Op{OpGE, OpLE, OpGT, OpLT, OpEQ, OpUnknown, Op(9)}
	for _, tt := range []struct {
		v, b Percent
		want []bool // in the order of ops
	}{
		{Whole(5), Whole(5), []bool{true, true, false, false, true, false, false}},
		{Whole(4), Whole(5), []bool{false, true, false, true, false, false, false}},
		{Whole(6), Whole(5), []bool{true, false, true, false, false, false, false}},
	} {
		for i, o := range ops {
			if got := o.Holds(tt.v, tt.b); got != tt.want[i] {
				t.Errorf("%v.Holds(%v, %v) = %v; want %v", o, tt.v, tt.b, got, tt.want[i])
			}
		}
	}
}

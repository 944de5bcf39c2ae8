// Command vndate reads Vietnamese time expressions and prints what they
// mean.
//
// Usage:
//
//	vndate [-ref YYYY-MM-DD] [-all] [phrase ...]
//	vndate -conform < cases.jsonl > results.jsonl
//
// Each phrase given as an argument, or each line of standard input when
// there are none, is parsed with calendar.Parse against the reference date
// (the document's issue date; default 2025-01-01) and printed on one line:
// the kind, the dates, the span and the canonical form. With -all every
// expression found in the line is printed (calendar.FindAll), invalid dates
// included.
//
// With -conform, standard input holds corpus cases (one JSON object per
// line, with "text" and "ref", as in CORPUS_SPEC.md), and each case is
// written back unchanged with a "got" object added, in the same schema as
// its "want": the expression's JSON, {"kind":"none"} when the text holds no
// time expression, or {"kind":"error"} when it holds an invalid date.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chidao/chidao/calendar"
)

func main() {
	out := bufio.NewWriter(os.Stdout)
	err := run(os.Args[1:], os.Stdin, out)
	out.Flush()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.As(err, new(flagError)):
		os.Exit(2) // the flag package has printed the error and the usage
	case errors.As(err, new(usageError)):
		fmt.Fprintln(os.Stderr, "vndate:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "vndate:", err)
		os.Exit(1)
	}
}

// A flagError is an error of the command line that the flag package has
// already reported.
type flagError struct{ error }

func (e flagError) Unwrap() error { return e.error }

// A usageError is a bad flag value, reported with exit status 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// run is the command: args are the arguments after the program name, and
// the results go to stdout (the flag package reports bad flags on standard
// error).
func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("vndate", flag.ContinueOnError)
	conform := fs.Bool("conform", false, "read corpus JSONL on stdin, write each case with a \"got\" object")
	refFlag := fs.String("ref", "2025-01-01", "reference (issue) date, YYYY-MM-DD")
	all := fs.Bool("all", false, "print every expression found in each phrase")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return flagError{err}
	}
	if *conform {
		return runConform(stdin, stdout)
	}
	ref, err := calendar.ParseISODate(*refFlag)
	if err != nil {
		return usageError{fmt.Errorf("-ref: %w", err)}
	}
	show := func(s string) {
		if *all {
			printAll(stdout, s, ref)
		} else {
			printOne(stdout, s, ref)
		}
	}
	if fs.NArg() > 0 {
		for _, s := range fs.Args() {
			show(s)
		}
		return nil
	}
	in := bufio.NewScanner(stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	for in.Scan() {
		if strings.TrimSpace(in.Text()) != "" {
			show(in.Text())
		}
	}
	return in.Err()
}

// describe returns a readable account of e.
func describe(e calendar.Expr) string {
	var b strings.Builder
	b.WriteString(e.Kind.String())
	switch e.Kind {
	case calendar.KindDate, calendar.KindPeriod, calendar.KindPartial:
		fmt.Fprintf(&b, " %s %s", e.Period.Grain, e.Period)
	case calendar.KindDeadline:
		fmt.Fprintf(&b, " %s %s %s", e.Relation, e.Period.Grain, e.Period)
	case calendar.KindOpen:
		fmt.Fprintf(&b, " %s from %s", e.Period.Grain, e.Period.First)
	case calendar.KindRecurrence:
		r := e.Recurrence
		fmt.Fprintf(&b, " every %d %s", max(r.Interval, 1), r.Every)
		if r.DayOfPeriod != 0 {
			fmt.Fprintf(&b, " on day %d", r.DayOfPeriod)
		}
		if r.On.Month != 0 {
			fmt.Fprintf(&b, " on %02d-%02d", int(r.On.Month), r.On.Day)
		}
	case calendar.KindRelative:
		o := e.Offset
		fmt.Fprintf(&b, " %d %s", o.N, o.Unit)
		if o.Working {
			b.WriteString(" working")
		}
		fmt.Fprintf(&b, " from %s", o.From)
	}
	if e.Time.Set {
		fmt.Fprintf(&b, " at %s", e.Time)
	}
	if d, ok := e.Due(); ok {
		fmt.Fprintf(&b, ", due %s", d)
	}
	return b.String()
}

func printOne(w io.Writer, s string, ref calendar.Date) {
	e, err := calendar.Parse(s, ref)
	switch {
	case errors.Is(err, calendar.ErrNoExpression):
		fmt.Fprintf(w, "%q: no time expression\n", s)
	case err != nil:
		fmt.Fprintf(w, "%q: error: %v\n", s, err)
	default:
		fmt.Fprintf(w, "%q [%d:%d] %q: %s; canonical %q\n", s, e.Start, e.End, s[e.Start:e.End], describe(e), e.String())
	}
}

func printAll(w io.Writer, s string, ref calendar.Date) {
	found := calendar.FindAll(s, ref)
	if len(found) == 0 {
		fmt.Fprintf(w, "%q: no time expression\n", s)
		return
	}
	for _, f := range found {
		if f.Err != nil {
			fmt.Fprintf(w, "[%d:%d] error: %v\n", f.Expr.Start, f.Expr.End, f.Err)
			continue
		}
		e := f.Expr
		fmt.Fprintf(w, "[%d:%d] %q: %s; canonical %q\n", e.Start, e.End, s[e.Start:e.End], describe(e), e.String())
	}
}

// runConform implements the -conform contract of DESIGN.md.
func runConform(r io.Reader, w io.Writer) error {
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; in.Scan(); n++ {
		line := bytes.TrimSpace(in.Bytes())
		if len(line) == 0 {
			continue
		}
		var c struct {
			Text string `json:"text"`
			Ref  string `json:"ref"`
		}
		if err := json.Unmarshal(line, &c); err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		ref, err := calendar.ParseISODate(c.Ref)
		if err != nil {
			return fmt.Errorf("line %d: ref: %v", n, err)
		}
		var got []byte
		e, err := calendar.Parse(c.Text, ref)
		switch {
		case errors.Is(err, calendar.ErrNoExpression):
			got = []byte(`{"kind":"none"}`)
		case err != nil:
			got = []byte(`{"kind":"error"}`)
		default:
			if got, err = json.Marshal(e); err != nil {
				return fmt.Errorf("line %d: %v", n, err)
			}
		}
		// The case object, unchanged, with "got" added before its closing brace.
		obj := line[:bytes.LastIndexByte(line, '}')]
		if _, err := w.Write(obj); err != nil {
			return err
		}
		if bytes.TrimSpace(obj)[len(bytes.TrimSpace(obj))-1] != '{' {
			w.Write([]byte(", "))
		}
		w.Write([]byte(`"got": `))
		w.Write(got)
		if _, err := w.Write([]byte("}\n")); err != nil {
			return err
		}
	}
	return in.Err()
}

// Command vndate reads Vietnamese time expressions and prints what they
// mean.
//
// Usage:
//
//	vndate [-ref YYYY-MM-DD] [-all] [phrase ...]
//	vndate [-ref YYYY-MM-DD] [-all] -f file
//	vndate -conform [-f cases.jsonl] > results.jsonl
//
// Each phrase given as an argument, or each line of the file named by -f,
// or of standard input when there are neither, is parsed with
// calendar.Parse against the reference date (the document's issue date;
// default 2025-01-01) and printed on one line: the kind, the dates, the
// span and the canonical form. With -all every expression found in the
// line is printed (calendar.FindAll), invalid dates included.
//
// With -conform, the input holds corpus cases (one JSON object per line,
// with "text" and "ref", as in CORPUS_SPEC.md), and each case is written
// back unchanged with a "got" object added, in the same schema as its
// "want": the expression's JSON, {"kind":"none"} when the text holds no
// time expression, or {"kind":"error"} when it holds an invalid date. Each
// case is parsed against its own "ref", so -ref and -all are errors with
// -conform.
//
// Flags come before the phrases; after "--" every argument is a phrase.
//
// The exit status is 0 when every phrase was read, 1 when a phrase holds
// no time expression or an invalid one (all are printed first), when the
// input cannot be read or the output cannot be written (the command stops
// at the first write error), and 2 for a bad command line (which prints the
// usage). With -conform, a case with no expression or an invalid one is a
// result, not a failure: the status is 1 only for a line that is no case,
// an unreadable input or a write error. -h prints the usage and exits 0.
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
	os.Exit(exitCode(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr), os.Stderr))
}

// exitCode reports err on stderr (unless the flag package has) and returns
// the exit status for it.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, new(flagError)):
		return 2 // the flag package has printed the error and the usage
	case errors.As(err, new(usageError)):
		fmt.Fprintln(stderr, "vndate:", err)
		return 2
	}
	fmt.Fprintln(stderr, "vndate:", err)
	return 1
}

// A flagError is an error of the command line that the flag package has
// already reported.
type flagError struct{ error }

func (e flagError) Unwrap() error { return e.error }

// A usageError is a bad flag value or argument, reported with exit status 2.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// errUnread is the error run returns when a phrase could not be read: it
// holds no time expression, or an invalid one.
var errUnread = errors.New("not every phrase was read as a time expression")

const usage = `usage: vndate [-ref YYYY-MM-DD] [-all] [phrase ...]
       vndate [-ref YYYY-MM-DD] [-all] -f file
       vndate -conform [-f cases.jsonl]
`

// run is the command: args are the arguments after the program name; the
// results go to stdout, the usage and the flag package's errors to stderr.
// The command line is checked in full before any input is read.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vndate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	conform := fs.Bool("conform", false, "read corpus JSONL, write each case with a \"got\" object")
	refFlag := fs.String("ref", "2025-01-01", "reference (issue) date, YYYY-MM-DD")
	all := fs.Bool("all", false, "print every expression found in each phrase")
	file := fs.String("f", "", "read the phrases (or the -conform cases) from this file, not standard input")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return flagError{err}
	}
	bad := func(format string, a ...any) error {
		fs.Usage()
		return usageError{fmt.Errorf(format, a...)}
	}
	if (*conform || *file != "") && fs.NArg() > 0 {
		return bad("unexpected argument %q: phrases come from the input with -conform or -f", fs.Arg(0))
	}
	// The flag package stops at the first phrase: a flag after it would be
	// read as a phrase (unless "--" says the phrases begin).
	if i := len(args) - fs.NArg(); i == 0 || args[i-1] != "--" {
		for _, a := range fs.Args() {
			if name, ok := flagName(a); ok && fs.Lookup(name) != nil {
				return bad("flag %s after the phrases: flags come first (or put -- before a phrase that starts with -)", a)
			}
		}
	}
	if *conform {
		// Each case carries its own reference date and is parsed whole.
		set := ""
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "ref" || f.Name == "all" {
				set = f.Name
			}
		})
		if set != "" {
			return bad("-%s has no meaning with -conform: each case is parsed with calendar.Parse against its own \"ref\"", set)
		}
	}
	ref, err := calendar.ParseISODate(*refFlag)
	if err != nil {
		return usageError{fmt.Errorf("-ref: %w", err)}
	}
	in := stdin
	if *file != "" {
		f, err := os.Open(*file)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	buf := bufio.NewWriter(stdout)
	out := &stickyWriter{w: buf}
	if *conform {
		err = runConform(in, out)
	} else {
		err = phrases(fs.Args(), ref, *all, in, out)
	}
	if out.err == nil {
		out.err = buf.Flush()
	}
	if out.err != nil {
		return fmt.Errorf("writing the output: %w", out.err)
	}
	return err
}

// flagName returns the name of the flag a names ("-ref=x", "--all"), and
// whether a looks like a flag.
func flagName(a string) (string, bool) {
	name, ok := strings.CutPrefix(a, "-")
	if !ok {
		return "", false
	}
	name = strings.TrimPrefix(name, "-")
	name, _, _ = strings.Cut(name, "=")
	return name, name != ""
}

// A stickyWriter is a writer that keeps the first error of its writer and
// fails every write after it, so that the command stops at a write error
// rather than reading the rest of its input for nothing.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (s *stickyWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	s.err = err
	return n, err
}

// phrases prints each of args, or when there are none each non-blank line of
// in, against ref. It stops at the first write error, and returns errUnread
// when a phrase holds no time expression or an invalid one.
func phrases(args []string, ref calendar.Date, all bool, in io.Reader, out *stickyWriter) error {
	read := true
	show := func(s string) {
		if all {
			read = printAll(out, s, ref) && read
		} else {
			read = printOne(out, s, ref) && read
		}
	}
	if len(args) > 0 {
		for _, s := range args {
			if show(s); out.err != nil {
				return out.err
			}
		}
	} else {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			if strings.TrimSpace(sc.Text()) != "" {
				if show(sc.Text()); out.err != nil {
					return out.err
				}
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("reading the input: %w", err)
		}
	}
	if !read {
		return errUnread
	}
	return nil
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

// printOne prints the expression of s, and reports whether there is one.
func printOne(w io.Writer, s string, ref calendar.Date) bool {
	e, err := calendar.Parse(s, ref)
	switch {
	case errors.Is(err, calendar.ErrNoExpression):
		fmt.Fprintf(w, "%q: no time expression\n", s)
	case err != nil:
		fmt.Fprintf(w, "%q: error: %v\n", s, err)
	default:
		fmt.Fprintf(w, "%q [%d:%d] %q: %s; canonical %q\n", s, e.Start, e.End, s[e.Start:e.End], describe(e), e.String())
	}
	return err == nil
}

// printAll prints every expression of s, and reports whether there is one
// and none is invalid.
func printAll(w io.Writer, s string, ref calendar.Date) bool {
	found := calendar.FindAll(s, ref)
	if len(found) == 0 {
		fmt.Fprintf(w, "%q: no time expression\n", s)
		return false
	}
	ok := true
	for _, f := range found {
		if f.Err != nil {
			fmt.Fprintf(w, "[%d:%d] error: %v\n", f.Expr.Start, f.Expr.End, f.Err)
			ok = false
			continue
		}
		e := f.Expr
		fmt.Fprintf(w, "[%d:%d] %q: %s; canonical %q\n", e.Start, e.End, s[e.Start:e.End], describe(e), e.String())
	}
	return ok
}

// runConform implements the -conform contract of DESIGN.md.
func runConform(r io.Reader, w io.Writer) error {
	in := bufio.NewScanner(r)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	var buf []byte
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
		// The case object, unchanged, with "got" added before its closing
		// brace, written at once: a write error ends the run.
		obj := line[:bytes.LastIndexByte(line, '}')]
		buf = append(buf[:0], obj...)
		if t := bytes.TrimSpace(obj); t[len(t)-1] != '{' {
			buf = append(buf, ", "...)
		}
		buf = append(buf, `"got": `...)
		buf = append(buf, got...)
		buf = append(buf, "}\n"...)
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("reading the input: %w", err)
	}
	return nil
}

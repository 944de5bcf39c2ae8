// Command directive2json reads the text of a Vietnamese directive and
// writes the parsed directive as one JSON object, in the contract of
// DESIGN.md: number, doc_type, issuer, place, issued, subject, recipients,
// references, assignments (with their tasks, lead and cooperating agencies,
// time expressions and targets), distribution, signature and warnings.
// With -score it measures the parser over a folder of documents instead.
//
// Usage:
//
//	directive2json [FILE]
//	directive2json -score DIR
//
// The document is read from FILE, or from standard input when FILE is
// absent or "-". Empty input, or text that is not a directive, is reported
// on standard error with exit status 1, as is a failure to write the
// output; a bad command line prints the usage with exit status 2.
//
// With -score, every DIR/*.txt is parsed and scored: against
// DIR/<name>.gold.json when there is one (the gold schema of
// ANNOTATION.md), else against its line of DIR/meta.jsonl (the publisher's
// number and issue date), with internal/directivescore. One line is
// printed per document, then the mean line
//
//	mean over N documents: assignee F1 0.xx, body F1 0.xx, cooperating F1 0.xx, time F1 0.xx, target F1 0.xx, number 0.xx, issued 0.xx
//
// where N counts the documents with gold or metadata, the F1 means are over
// the documents with gold ("n/a" while there are none) and number and
// issued over all N; then a line with the number of gold documents and the
// task-count error; then the line of cut and run-on names
//
//	cut or run-on names over the gold assignees: N of M (share): cut X, run-on Y; exact E, split or joined at punctuation S, other or missed O
//
// where M counts the parties of the gold (assignees and cooperating bodies,
// each name once per assignment) and each is matched to the parsed party
// with its name or a name that holds it or is held by it, cut when the
// parsed name misses words inside a phrase, run-on when it adds some
// (directivescore.MatchExtents); then the line of table rows
//
//	table rows of the gold (PL- assignments): N rows in D documents; found F; lead right L (share); cooperating right C (share); time right T (share)
//
// where a gold table row is a gold assignment whose label starts with "PL"
// (a row of an appendix task table, ANNOTATION.md rule 1) and D counts the
// documents that have any ("row" and "document" in the singular for
// one). A row's parsed row is the parsed assignment whose first task's
// text, folded (directivescore.Fold, spaces collapsed), starts with the
// folded text_start of the row's first task cut to its first 40 folded
// characters, or is a prefix of that cut when shorter;
// each parsed assignment is matched once, first come first served, in
// document order, and F counts the rows that have one. The lead is right
// when the folded assignee sets are equal (rule 3: a row's assignees are
// its lead column); the cooperating bodies when the folded sets of the
// assignment's cooperating bodies plus its tasks' are equal (rule 4); the
// time when the bags of time keys over all tasks, the keys of time F1, are
// equal (rule 5). Each share is over N (directivescore.MatchTableRows).
// Last come the plausibility checks over every document, gold or not, each
// as a count and a share.
//
//	go run ./examples/directive2json -score directive/testdata/corpus
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao/directive"
)

const usage = `usage: directive2json [FILE]
       directive2json -score DIR

Parses the directive in FILE (standard input when FILE is absent or "-")
and writes it as one JSON object, the contract of DESIGN.md.

  -score DIR  parse every DIR/*.txt and score it against DIR/<name>.gold.json
              (gold, ANNOTATION.md) or its line of DIR/meta.jsonl (the
              publisher's number and issue date): one line per document, then
              "mean over N documents: …", where N counts the documents with
              gold or metadata (F1 means over those with gold, n/a when none;
              number and issued over all N); then "cut or run-on names over
              the gold assignees: N of M (share): cut X, run-on Y; …": of
              the M gold parties, those whose parsed name misses (cut) or
              adds (run-on) words inside a phrase, beside the exact ones,
              those split or joined at a comma or bracket (a list read
              otherwise), and those with no such name; then "table rows of
              the gold (PL- assignments): N rows in D documents; found F;
              lead right L (share); …": the gold assignments labelled PL…
              (appendix table rows), those matched to a parsed assignment
              by the first 40 folded characters of their first task, and
              of the N those whose lead, cooperating bodies and times are
              the gold's; then plausibility checks over every document
  -h          print this help
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("directive2json", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	scoreDir := fs.String("score", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			if _, err := io.WriteString(stdout, usage); err != nil {
				fmt.Fprintln(stderr, "directive2json:", err)
				return 1
			}
			return 0
		}
		fmt.Fprintf(stderr, "directive2json: %v\n%s", err, usage)
		return 2
	}
	rest := fs.Args()
	if *scoreDir != "" && len(rest) > 0 || len(rest) > 1 {
		fmt.Fprintf(stderr, "directive2json: unexpected argument %q\n%s", rest[len(rest)-1], usage)
		return 2
	}
	var err error
	if *scoreDir != "" {
		err = runScore(*scoreDir, stdout)
	} else {
		err = runParse(rest, stdin, stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "directive2json:", err)
		return 1
	}
	return 0
}

// runParse parses the document of the file named in args (or stdin) and
// writes its JSON to w.
func runParse(args []string, stdin io.Reader, w io.Writer) error {
	r, name := stdin, "standard input"
	if len(args) == 1 && args[0] != "-" {
		f, err := os.Open(args[0])
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, args[0]
	}
	text, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	d, err := directive.Parse(string(text), nil)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

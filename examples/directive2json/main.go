// Command directive2json reads the text of a Vietnamese directive on
// standard input and writes the parsed directive as one JSON object on
// standard output, in the contract of DESIGN.md: number, doc_type, issuer,
// place, issued, subject, recipients, references, assignments (with their
// tasks, lead and cooperating agencies, time expressions and targets),
// distribution, signature and warnings.
//
//	go run ./examples/directive2json < document.txt
//
// Empty input, or text that is not a directive, is reported on standard
// error with exit status 1.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/chidao/chidao/directive"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "directive2json:", err)
		os.Exit(1)
	}
}

// run parses the document on r and writes its JSON to w.
func run(r io.Reader, w io.Writer) error {
	text, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading standard input: %w", err)
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
	return bw.Flush()
}

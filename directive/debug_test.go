package directive

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chidao/chidao/directive/internal/layout"
)

var p2File = flag.String("p2", "", "print the new parser's reading of this file")

func TestParse2Dump(t *testing.T) {
	if *p2File == "" {
		t.Skip("no -p2 file")
	}
	b, err := os.ReadFile(*p2File)
	if err != nil {
		t.Fatal(err)
	}
	debugOutline = func(o *outline, doc *layout.Doc) { fmt.Print(o.String(doc)) }
	defer func() { debugOutline = nil }()
	d, err := Parse(string(b), nil)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("number=%q type=%v issued=%v issuer=%q subject=%q\n", d.Number.String(), d.Type, d.Issued.Text, d.Issuer, d.Subject)
	for _, a := range d.Assignments {
		var as, co []string
		for _, p := range a.Assignees {
			as = append(as, strings.TrimSpace(p.Title+" "+p.Name))
		}
		for _, p := range a.Cooperating {
			co = append(co, p.Name)
		}
		fmt.Printf("A %s lead=%q coop=%q tasks=%d\n", a.Label, as, co, len(a.Tasks))
		for tk := range a.Tasks {
			dumpTask(&a.Tasks[tk], "   ")
		}
	}
	fmt.Printf("closing=%q\nsig=%+v\ndist=%d attachments=%q\n", cutS(d.Closing, 80), d.Signature.Lines, len(d.Distribution), d.Attachments)
}

func dumpTask(t *Task, ind string) {
	var ts []string
	for _, x := range t.Times {
		ts = append(ts, x.Expr.Kind.String()+":"+x.Text)
	}
	var gs []string
	for _, g := range t.Targets {
		gs = append(gs, g.String())
	}
	fmt.Printf("%sT %s %q times=%q targets=%q\n", ind, t.Label, cutS(t.Text, 60), ts, gs)
	for i := range t.Subtasks {
		dumpTask(&t.Subtasks[i], ind+"  ")
	}
}

func cutS(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

var p2Out = flag.String("p2out", "", "write the new parser's JSON of every corpus document to this folder")

func TestParse2Corpus(t *testing.T) {
	if *p2Out == "" {
		t.Skip("no -p2out")
	}
	names, _ := filepathGlob("testdata/corpus/*.txt")
	for _, n := range names {
		b, _ := os.ReadFile(n)
		var d *Directive
		var err error
		if os.Getenv("OLD") != "" {
			d, err = Parse(string(b), nil)
		} else {
			d, err = Parse(string(b), nil)
		}
		if err != nil {
			continue
		}
		j, err := d.MarshalJSON()
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		base := n[strings.LastIndexByte(n, '/')+1:]
		os.WriteFile(*p2Out+"/"+strings.TrimSuffix(base, ".txt")+".json", j, 0o644)
	}
}

var filepathGlob = filepath.Glob

var p2Case = flag.String("p2case", "", "write the text of the test cases whose name contains this to /tmp/p2case-N.txt")

var p2CaseN int

// p2Save writes text to a file for TestParse2Dump when name matches -p2case.
func p2Save(name, text string) {
	if *p2Case == "" || !strings.Contains(name, *p2Case) {
		return
	}
	p2CaseN++
	os.WriteFile(fmt.Sprintf("/tmp/p2case-%d.txt", p2CaseN), []byte(text), 0o644)
}

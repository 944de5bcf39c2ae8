package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/directive"
	"github.com/chidao/chidao/internal/directivescore"
	"github.com/chidao/chidao/kpi"
)

// A report is the score of a folder of documents.
type report struct {
	// Lines holds one line per document, in file order.
	Lines []string
	// Gold names the documents with gold, in file order.
	Gold     []string
	Summary  directivescore.Summary
	Findings directivescore.Findings
	// Extents compare the names of the parsed parties with those of the
	// gold, over the documents with gold.
	Extents directivescore.ExtentFindings
	// TableRows compare the rows of the gold's appendix task tables (the
	// assignments labelled "PL…") with the parsed assignments read from
	// them, over the documents with gold.
	TableRows directivescore.TableRowFindings
	// Tasks, Model and Text are the target checks against the hand labels
	// of percentages (percent.labels.jsonl): the targets of the parsed
	// tasks, those of the whole model (tasks and parts: a plan's
	// objectives), and those kpi.FindAsOf reads in each document's whole
	// text.
	Tasks, Model, Text directivescore.TargetFindings
	// Labelled says whether the folder has labels.
	Labelled bool
}

// print writes the -score table: the document lines, the mean line, the
// gold line, the line of cut and run-on names, the line of table rows and
// the plausibility lines.
func (r *report) print(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, l := range r.Lines {
		fmt.Fprintln(bw, l)
	}
	fmt.Fprintln(bw, r.Summary.MeanLine())
	fmt.Fprintln(bw, r.Summary.GoldLine())
	fmt.Fprintln(bw, r.Extents.Line())
	fmt.Fprintln(bw, r.TableRows.Line())
	for _, l := range r.Findings.Lines() {
		fmt.Fprintln(bw, l)
	}
	if r.Labelled {
		fmt.Fprintln(bw, "targets against the hand-labelled percentages ("+labelsFile+"):")
		fmt.Fprintln(bw, r.Tasks.Line("targets of tasks"))
		fmt.Fprintln(bw, r.Model.Line("targets of tasks and parts"))
		fmt.Fprintln(bw, r.Text.Line("kpi.FindAsOf over whole texts"))
	}
	return bw.Flush()
}

func runScore(dir string, w io.Writer) error {
	r, err := scoreCorpus(dir)
	if err != nil {
		return err
	}
	if err := r.print(w); err != nil {
		return fmt.Errorf("writing the table: %w", err)
	}
	return nil
}

// A document is one text of the folder with what it is scored against.
type document struct {
	name string // file name without .txt
	gold *directivescore.Doc
	meta *directivescore.Meta

	labels []directivescore.PercentLabel

	line               string
	result             *directivescore.Result
	metaRes            *directivescore.MetaResult
	findings           directivescore.Findings
	extents            directivescore.ExtentFindings
	tableRows          directivescore.TableRowFindings
	tasks, model, text directivescore.TargetFindings
}

// labelsFile holds the hand labels of the folder's percentages.
const labelsFile = "percent.labels.jsonl"

// scoreCorpus parses and scores every .txt of dir.
func scoreCorpus(dir string) (*report, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no .txt documents in %s", dir)
	}
	slices.Sort(texts)
	metas := map[string]directivescore.Meta{}
	if b, err := os.ReadFile(filepath.Join(dir, "meta.jsonl")); err == nil {
		ms, err := directivescore.ParseMeta(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "meta.jsonl"), err)
		}
		for _, m := range ms {
			metas[strings.TrimSuffix(m.File, ".txt")] = m
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	labels := map[string][]directivescore.PercentLabel{}
	haveLabels := false
	if b, err := os.ReadFile(filepath.Join(dir, labelsFile)); err == nil {
		ls, err := directivescore.ParsePercentLabels(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(dir, labelsFile), err)
		}
		for _, l := range ls {
			labels[l.Doc] = append(labels[l.Doc], l)
		}
		haveLabels = true
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	docs := make([]*document, len(texts))
	have := map[string]bool{}
	for i, t := range texts {
		name := strings.TrimSuffix(filepath.Base(t), ".txt")
		have[name] = true
		doc := &document{name: name, labels: labels[name]}
		delete(labels, name)
		if m, ok := metas[name]; ok && m.HasReference() {
			doc.meta = &m
		}
		goldPath := filepath.Join(dir, name+".gold.json")
		if b, err := os.ReadFile(goldPath); err == nil {
			g, err := directivescore.Decode(b)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", goldPath, err)
			}
			doc.gold = g
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		docs[i] = doc
	}
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	for name := range labels {
		return nil, fmt.Errorf("%s: labels of %s.txt, which is not in the folder", filepath.Join(dir, labelsFile), name)
	}
	for _, g := range golds {
		if name := strings.TrimSuffix(filepath.Base(g), ".gold.json"); !have[name] {
			return nil, fmt.Errorf("%s: gold without its text %s.txt", g, name)
		}
	}

	// Parse in parallel; each worker writes only its own documents.
	var wg sync.WaitGroup
	errs := make([]error, len(docs))
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				errs[i] = docs[i].score(texts[i])
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	r := &report{Labelled: haveLabels}
	for _, d := range docs {
		r.Lines = append(r.Lines, d.line)
		r.Findings.Add(d.findings)
		r.Extents.Add(d.extents)
		r.TableRows.Add(d.tableRows)
		r.Tasks.Add(d.tasks)
		r.Model.Add(d.model)
		r.Text.Add(d.text)
		switch {
		case d.result != nil:
			r.Summary.Add(*d.result)
			r.Gold = append(r.Gold, d.name)
		case d.metaRes != nil:
			r.Summary.AddMeta(*d.metaRes)
		}
	}
	return r, nil
}

// score parses the document's text and scores the output.
func (d *document) score(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	source := string(b)
	file := d.name + ".txt"
	got := &directivescore.Doc{}
	note := ""
	parsed, perr := directive.Parse(source, nil)
	switch {
	case perr != nil:
		d.findings = directivescore.Findings{Documents: 1, Rejected: 1}
		note = "  parse error: " + perr.Error()
	default:
		out, err := json.Marshal(parsed)
		if err == nil {
			got, err = directivescore.Decode(out)
		}
		if err != nil {
			d.findings = directivescore.Findings{Documents: 1, Unmarshalable: 1}
			got = &directivescore.Doc{}
			note = "  output: " + err.Error()
		} else {
			d.findings = directivescore.Check(got, source)
		}
		if err := d.checkTargets(got, parsed, source); err != nil {
			return err
		}
	}
	switch {
	case d.gold != nil:
		res := directivescore.Score(d.gold, got)
		res.File = file
		d.result = &res
		d.extents = directivescore.CountExtents(directivescore.MatchExtents(d.gold, got))
		d.tableRows = directivescore.CountTableRows(directivescore.MatchTableRows(d.gold, got))
		d.line = res.Line() + note
	case d.meta != nil:
		mr := directivescore.ScoreMeta(*d.meta, got)
		d.metaRes = &mr
		d.line = mr.Line() + counts(got) + "  (metadata)" + note
	default:
		d.line = file + "  (no gold, no metadata)" + counts(got) + note
	}
	return nil
}

// checkTargets compares the targets of the parsed tasks and those
// kpi.FindAsOf reads in the whole source with the document's labels.
func (d *document) checkTargets(got *directivescore.Doc, parsed *directive.Directive, source string) error {
	if len(d.labels) == 0 {
		return nil
	}
	var err error
	tasks := directivescore.TargetSpans(got)
	if d.tasks, err = directivescore.CheckTargets(d.labels, source, tasks); err != nil {
		return err
	}
	model := tasks
	for _, p := range parsed.Parts {
		for _, t := range p.Targets {
			model = append(model, directivescore.Span{Start: t.Start, End: t.End})
		}
	}
	if d.model, err = directivescore.CheckTargets(d.labels, source, model); err != nil {
		return err
	}
	var ref calendar.Date
	if parsed.Issued.Expr.Kind == calendar.KindDate {
		ref = parsed.Issued.Expr.Period.First
	}
	targets, _ := kpi.FindAsOf(source, ref)
	spans := make([]directivescore.Span, len(targets))
	for i, t := range targets {
		spans[i] = directivescore.Span{Start: t.Start, End: t.End}
	}
	d.text, err = directivescore.CheckTargets(d.labels, source, spans)
	return err
}

func counts(d *directivescore.Doc) string {
	tasks := 0
	for _, a := range d.Assignments {
		tasks += countTasks(a.Tasks)
	}
	return fmt.Sprintf("  assignments %d  tasks %d", len(d.Assignments), tasks)
}

func countTasks(ts []directivescore.Task) int {
	n := len(ts)
	for _, t := range ts {
		n += countTasks(t.Subtasks)
	}
	return n
}

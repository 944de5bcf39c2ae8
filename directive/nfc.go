package directive

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// nfc returns s in Unicode NFC: the parser keeps spans into the caller's
// text whatever its form, but hands out its strings composed.
func nfc(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// mayNeedNFC reports whether text may hold decomposed letters: combining
// diacritics (U+0300–U+036F, the marks of NFD Vietnamese) begin with the
// bytes 0xCC or 0xCD in UTF-8. Text without them is composed already for
// the letters of Vietnamese, and normalize is skipped.
func mayNeedNFC(text string) bool {
	return strings.IndexByte(text, 0xCC) >= 0 || strings.IndexByte(text, 0xCD) >= 0
}

// normalize puts every string the parser read from the text into NFC.
func normalize(d *Directive) {
	d.Issuer, d.IssuerParent, d.Place, d.Subject = nfc(d.Issuer), nfc(d.IssuerParent), nfc(d.Place), nfc(d.Subject)
	d.Issued.Text = nfc(d.Issued.Text)
	d.Preamble, d.Closing = nfc(d.Preamble), nfc(d.Closing)
	for _, ss := range [][]string{d.Recipients, d.Distribution, d.Attachments} {
		for i := range ss {
			ss[i] = nfc(ss[i])
		}
	}
	parties := func(ps []Party) {
		for i := range ps {
			ps[i].Name, ps[i].Title = nfc(ps[i].Name), nfc(ps[i].Title)
		}
	}
	var task func(t *Task)
	task = func(t *Task) {
		t.Text = nfc(t.Text)
		parties(t.Lead)
		parties(t.Cooperating)
		for i := range t.Times {
			t.Times[i].Text = nfc(t.Times[i].Text)
		}
		t.Deadline.Text = nfc(t.Deadline.Text)
		for i := range t.Targets {
			t.Targets[i].Text, t.Targets[i].Metric, t.Targets[i].Baseline = nfc(t.Targets[i].Text), nfc(t.Targets[i].Metric), nfc(t.Targets[i].Baseline)
		}
		for i := range t.Subtasks {
			task(&t.Subtasks[i])
		}
	}
	for i := range d.Assignments {
		a := &d.Assignments[i]
		a.Text = nfc(a.Text)
		parties(a.Assignees)
		parties(a.Cooperating)
		for k := range a.Tasks {
			task(&a.Tasks[k])
		}
	}
	for i := range d.Signature.Lines {
		d.Signature.Lines[i].Text = nfc(d.Signature.Lines[i].Text)
	}
	d.Signature.Authority, d.Signature.Title, d.Signature.Name = nfc(d.Signature.Authority), nfc(d.Signature.Title), nfc(d.Signature.Name)
}

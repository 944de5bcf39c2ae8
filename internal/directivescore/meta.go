package directivescore

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chidao/chidao/calendar"
)

// A Meta is one line of meta.jsonl: what the publisher of a document says
// about it. Number and Issued are "" when the line does not give them.
type Meta struct {
	// File is the document's file name ("020bddd030400bd2.txt").
	File string
	// Number is the number and symbol as published ("84/2025/QĐ-UBND").
	Number string
	// Issued is the issue date, converted from the published day-first
	// "02/12/2025" to ISO "2025-12-02".
	Issued string
	// DocType and Issuer are as published ("Quyết định", "Tỉnh Hà Tĩnh").
	DocType, Issuer string
}

// HasReference reports whether m gives a number or an issue date to score
// against.
func (m Meta) HasReference() bool { return m.Number != "" || m.Issued != "" }

// ParseMeta reads meta.jsonl: one JSON object per line with "file" and,
// for most documents, "number", "issued" (DD/MM/YYYY), "doc_type" and
// "issuer". Blank lines are skipped. An error is a *ParseError with the
// line's byte offset.
func ParseMeta(data []byte) ([]Meta, error) {
	var out []Meta
	for off := 0; off < len(data); {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		line := bytes.TrimSpace(data[off : off+end])
		lineOff := off
		off += end + 1
		if len(line) == 0 {
			continue
		}
		var raw struct {
			File    string `json:"file"`
			Number  string `json:"number"`
			Issued  string `json:"issued"`
			DocType string `json:"doc_type"`
			Issuer  string `json:"issuer"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return nil, &ParseError{Input: clip(string(line)), Offset: lineOff, Msg: "metadata line: " + err.Error()}
		}
		if raw.File == "" {
			return nil, &ParseError{Input: clip(string(line)), Offset: lineOff, Msg: `metadata line without "file"`}
		}
		m := Meta{File: raw.File, Number: raw.Number, DocType: raw.DocType, Issuer: raw.Issuer}
		if raw.Issued != "" {
			d, ok := parseDayFirst(raw.Issued)
			if !ok {
				return nil, &ParseError{Input: clip(string(line)), Offset: lineOff,
					Msg: fmt.Sprintf("issue date %q is not a valid DD/MM/YYYY date", raw.Issued)}
			}
			m.Issued = d.String()
		}
		out = append(out, m)
	}
	return out, nil
}

// parseDayFirst reads "D/M/YYYY" with one or two digits for day and month.
func parseDayFirst(s string) (calendar.Date, bool) {
	parts := bytes.Split([]byte(s), []byte("/"))
	if len(parts) != 3 || len(parts[0]) == 0 || len(parts[0]) > 2 || len(parts[1]) == 0 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return calendar.Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		for _, c := range p {
			if !isASCIIDigit(c) {
				return calendar.Date{}, false
			}
		}
		n[i], _ = strconv.Atoi(string(p))
	}
	d := calendar.Date{Year: n[2], Month: time.Month(n[1]), Day: n[0]}
	return d, d.IsValid()
}

// Doc returns the metadata as a Doc with a number and an issue date and no
// assignments: the gold a Python scorer can be given for this document.
func (m Meta) Doc() *Doc {
	d := &Doc{File: m.File, Number: m.Number}
	if m.Issued != "" {
		s := m.Issued
		d.Issued = Issued{&s, &s}
	}
	return d
}

// A MetaResult is the score of a document's header against its metadata.
// Each of number and issue date is judged only when the metadata gives it.
type MetaResult struct {
	File                 string
	HasNumber, HasIssued bool
	NumberOK, IssuedOK   bool
}

// ScoreMeta compares the number and issue date of a parser's output with
// the publisher's, as Score compares them with gold: numbers folded,
// dates as (from, to).
func ScoreMeta(m Meta, got *Doc) MetaResult {
	r := MetaResult{File: m.File, HasNumber: m.Number != "", HasIssued: m.Issued != ""}
	ref := m.Doc()
	r.NumberOK = r.HasNumber && Fold(m.Number) == Fold(got.Number)
	r.IssuedOK = r.HasIssued && sameIssued(ref.Issued, got.Issued)
	return r
}

// Line returns the file and what the metadata judges: "x.txt  number ok  issued FAIL".
func (r MetaResult) Line() string {
	s := r.File + "  "
	if r.HasNumber {
		s += "number " + ok(r.NumberOK) + "  "
	}
	if r.HasIssued {
		s += "issued " + ok(r.IssuedOK) + "  "
	}
	return strings.TrimSuffix(s, "  ")
}

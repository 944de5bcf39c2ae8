package bench

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// A Case is one line of the public time-expression corpus
// (testdata/dates.jsonl, a copy of calendar/testdata/dates.jsonl): a phrase,
// the document date it is read against, and the expected result in the JSON
// shape of CORPUS_SPEC.md.
type Case struct {
	Text string         `json:"text"`
	Ref  string         `json:"ref"`
	Cat  string         `json:"cat"`
	Want map[string]any `json:"want"`
	Note string         `json:"note"`

	// RefTime is Ref at midnight UTC, filled by LoadCorpus.
	RefTime time.Time `json:"-"`
}

// WantKind is the expected kind of the case ("date", "period", … "none",
// "error").
func (c Case) WantKind() string {
	k, _ := c.Want["kind"].(string)
	return k
}

// LoadCorpus reads a corpus file in the JSONL format of CORPUS_SPEC.md.
func LoadCorpus(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var cases []Case
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var c Case
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		c.RefTime, err = time.Parse("2006-01-02", c.Ref)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: ref: %v", path, line, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("%s: no cases", path)
	}
	return cases, nil
}

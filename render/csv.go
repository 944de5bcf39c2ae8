package render

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"

	"github.com/chidao/chidao/directive"
)

// csvHeader names the columns of CSV.
var csvHeader = []string{"Nhiệm vụ", "Mục", "Nội dung", "Chủ trì", "Phối hợp", "Hạn", "Thời hạn",
	"Tình trạng", "Số ngày quá hạn", "Ngày hoàn thành", "Cùng nhiệm vụ"}

// CSV writes the tasks of r as a spreadsheet, one row per counted task
// under a header row: the label ("3.7.1"), the assignment's label, the
// task's text, the lead and the cooperating agencies (joined with "; "),
// the due day (dd/mm/yyyy, "" when none), the deadline in words
// (directive.DueText), the status in Vietnamese, the days late, the
// completion day, and for a joint task the label it is counted under.
//
// The file is UTF-8 with a byte-order mark and CRLF line ends, so that
// Excel opens Vietnamese text correctly; fields are quoted by
// encoding/csv. It returns an error for a nil r and the first write error.
func CSV(w io.Writer, r *directive.Report) error {
	if r == nil {
		return errors.New("render: CSV: nil report")
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	c := csv.NewWriter(w)
	c.UseCRLF = true
	if err := c.Write(csvHeader); err != nil {
		return err
	}
	for i := range r.Tasks {
		t := &r.Tasks[i]
		late := ""
		if t.DaysLate > 0 {
			late = strconv.Itoa(t.DaysLate)
		}
		row := []string{t.Label, t.Assignment, t.Text, partyNames(t.Lead), partyNames(t.Cooperating),
			directive.NumericDate(t.Due), directive.DueText(t.Deadline, t.Due), t.Status.String(), late,
			directive.NumericDate(t.Completed), t.JointOf}
		if err := c.Write(row); err != nil {
			return err
		}
	}
	c.Flush()
	return c.Error()
}

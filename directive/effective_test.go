package directive

import (
	"testing"

	"github.com/chidao/chidao/calendar"
)

// TestParseEffective checks the day a document says it takes effect and
// the offsets counted from it: "kể từ ngày ký" is the issue date, a date
// after "từ" is that date, a clause with no day or about another document
// gives none, the caller's Calendar.Effective wins for the offsets, and an
// unaccented text reads alike.
func TestParseEffective(t *testing.T) {
	const task = "Điều 2. Sở Tư pháp chủ trì cập nhật dữ liệu dùng chung trong thời hạn 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực.\n"
	day := func(s string) calendar.Date { return calendar.MustParseISODate(s) }
	for _, c := range []struct {
		name, text string
		opts       *ParseOptions
		effText    string        // Directive.Effective.Text, "" for none
		eff        calendar.Date // its day
		anchor     calendar.Date // the day the task's offset counts from
	}{
		{"on signing", qdDoc(task + "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"), nil,
			"ngày ký", day("2024-04-10"), day("2024-04-10")},
		{"on signing, ban hành", qdDoc(task + "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.\n"), nil,
			"ngày ký ban hành", day("2024-04-10"), day("2024-04-10")},
		{"a date, wrapped", qdDoc(task + "Điều 3. Quyết định này có hiệu lực từ ngày 01 tháng\n5 năm 2024.\n"), nil,
			"ngày 01 tháng 5 năm 2024", day("2024-05-01"), day("2024-05-01")},
		{"no day", qdDoc(task + "Điều 3. Quyết định này có hiệu lực thi hành.\n"), nil, "", calendar.Date{}, calendar.Date{}},
		{"another document's effect", qdDoc(task + "Điều 3. Quyết định số 12/QĐ-UBND có hiệu lực từ ngày 01/01/2024.\n"), nil,
			"", calendar.Date{}, calendar.Date{}},
		{"the caller's day wins", qdDoc(task + "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"),
			&ParseOptions{Calendar: &calendar.Options{Effective: day("2024-06-03")}},
			"ngày ký", day("2024-04-10"), day("2024-06-03")},
		{"unaccented", stripMarks(qdDoc(task + "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n")), nil,
			"ngay ky", day("2024-04-10"), day("2024-04-10")},
	} {
		d, err := Parse(c.text, c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		checkAccounting(t, c.name, c.text, d)
		if d.Effective.Text != c.effText || d.Effective.Expr.Period.First != c.eff {
			t.Errorf("%s: Effective %q %v; want %q %v", c.name, d.Effective.Text, d.Effective.Expr.Period.First, c.effText, c.eff)
		}
		if e := d.Effective; !e.IsZero() && c.text[e.Expr.Start:e.Expr.End] == "" {
			t.Errorf("%s: Effective has no span", c.name)
		}
		var rel *calendar.Expr
		for _, a := range d.Assignments {
			for _, tk := range a.Tasks {
				for i := range tk.Times {
					if tk.Times[i].Expr.Kind == calendar.KindRelative {
						rel = &tk.Times[i].Expr
					}
				}
			}
		}
		if rel == nil {
			t.Errorf("%s: the task's offset was not read", c.name)
			continue
		}
		if rel.Offset.From != calendar.EventEffective || rel.Period.First != c.anchor {
			t.Errorf("%s: offset from %v on %v; want from the effective day on %v", c.name, rel.Offset.From, rel.Period.First, c.anchor)
		}
	}
}

// TestEffectNotTaskTime: the sentence that states the document's effect,
// written in the text of an assignment ("Quyết định này có hiệu lực thi
// hành kể từ ngày ký. Chánh Văn phòng … chịu trách nhiệm thi hành …"),
// gives the document's Effective, not a time of the task; an offset that
// counts from the effect is still the task's.
func TestEffectNotTaskTime(t *testing.T) {
	for _, text := range []string{
		qdDoc("Điều 1. Ban hành Quy chế quản lý.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này.\n"),
		stripMarks(qdDoc("Điều 1. Ban hành Quy chế quản lý.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này.\n")),
	} {
		d, err := Parse(text, nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Effective.IsZero() {
			t.Errorf("no Effective")
		}
		for _, x := range taskTimes(d) {
			t.Errorf("task time %q", x.Text)
		}
		if len(d.Assignments) == 0 {
			t.Errorf("no assignment")
		}
	}
	d, err := Parse(qdDoc("Điều 2. Sở Tư pháp chủ trì cập nhật dữ liệu trong thời hạn 05 ngày làm việc kể từ ngày Quyết định này có hiệu lực.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Assignments) == 0 || len(d.Assignments[0].Tasks) == 0 || len(d.Assignments[0].Tasks[0].Times) != 1 {
		t.Errorf("the offset from the effect is not the task's time: %+v", d.Assignments)
	}
}

// TestDataWindowNotTaskTime: the sentence that states the period a
// report's figures cover ("Thời gian chốt số liệu tính từ … đến …",
// Nghị định 09/2019/NĐ-CP, Điều 12) bounds the data, not the work: the
// task's time is the report's yearly due day alone.
func TestDataWindowNotTaskTime(t *testing.T) {
	for _, opening := range []string{"Thời gian chốt số liệu", "Thời gian báo cáo định kỳ hằng năm"} {
		d, err := Parse(qdDoc("Điều 2. Các sở, ngành định kỳ hằng năm báo cáo kết quả về Sở Nội vụ chậm nhất ngày 17 tháng 12. "+
			opening+" tính từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo.\n"), nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range taskTimes(d) {
			got = append(got, x.Expr.Kind.String())
		}
		if len(got) != 1 || got[0] != "recurrence" {
			t.Errorf("%s: task times %q; want one recurrence", opening, got)
		}
	}
}

// taskTimes returns the times of the tasks of d (subtasks included), in
// order.
func taskTimes(d *Directive) []TimeExpr {
	var out []TimeExpr
	var walk func(ts []Task)
	walk = func(ts []Task) {
		for _, tk := range ts {
			out = append(out, tk.Times...)
			walk(tk.Subtasks)
		}
	}
	for _, a := range d.Assignments {
		walk(a.Tasks)
	}
	return out
}

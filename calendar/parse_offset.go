package calendar

import (
	"sync"

	"github.com/chidao/chidao/internal/vntext"
)

// This file reads offsets from an event and the events they count from:
//
//	relative = [lead] N unit ["lam viec"] [","] [from]
//	         | "(" N unit ["lam viec"] ")"           (a duration in a table cell)
//	         | [clock [","]] "ngay lam viec" ("tiep theo" | "ke tiep" | "lien ke" | "sau") [from]
//	lead     = "trong" ["vong" | "thoi han" | "thoi gian" | "khoang"]
//	         | "cham nhat" ["sau" | "la"] | "khong (vuot) qua" | "toi da"     (a limit)
//	         | "sau" ["thoi gian" | "thoi han"]        (the day the period ends starts something)
//	from     = ("ke tu" | "tinh tu" | "tu") "ngay" eventDay
//	         | ("ke tu" | "tinh tu") clause | ("sau khi" | "ke tu khi" | "tinh tu khi" | "tu khi") clause
//	eventDay = sign [doc]                             signing when doc is absent, "… này", or one document
//	                                                  noun that ends the clause ("ban hành Quyết định."), else other
//	         | receive …                              receipt
//	         | [doc] ("duoc" sign | "co hieu luc")    signing or effective when doc is absent, one
//	                                                  document noun or "… này", else other
//	         | day                                    that day ("kể từ ngày 15/3/2025")
//	         | clause                                 other
//	sign     = "ky" ["ban hanh"] | "ban hanh" | "phat hanh"      ("ký kết": other)
//
// Without a lead, "làm việc", parentheses or an event, "N ngày" is no
// offset ("3 ngày" alone). The minutes of a time of day are no count: "08
// giờ 00 ngày làm việc tiếp theo" is the next working day at 08:00, not a
// period of 0 days. Only the signing of the text itself, and its coming
// into effect when Options.Effective gives that day, anchor an offset on a
// day of this document; an offset from any other event, another
// document's issue included ("kể từ ngày quyết định kiểm tra được ban
// hành"), keeps an unknown event day.

// relative reads an offset from an event: "trong vòng 30 ngày kể từ ngày
// ký", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "không quá 30 ngày",
// "sau 30 ngày kể từ ngày ký", "(2 ngày)".
func (sc *scanner) relative(i int) (match, res) {
	start := sc.skipSpace(i)
	j := start
	marked, after := false, false
	bare := false // a bare "trong": a duration, or the length of an activity
	if e, ok := sc.phrase(j, "trong"); ok {
		j, marked, bare = e, true, true
		if e2, ok := sc.anyPhrase(j, "vong", "thoi han", "thoi gian", "khoang"); ok {
			j, bare = e2, false
			if e3, ok := sc.anyPhrase(j, "toi da", "khong qua"); ok {
				j = e3 // "trong thời gian tối đa 02 ngày"
			}
		}
	} else if e, ok := sc.anyPhrase(j, "cham nhat sau", "cham nhat la", "cham nhat", "khong vuot qua", "khong qua", "toi da", "sau"); ok {
		j, marked = e, true
		after = sc.s[start] == 's'
		if e2, ok := sc.phrase(j, "la"); ok && !after {
			j = e2 // "tối đa là 05 ngày làm việc"
		}
		if e2, ok := sc.anyPhrase(j, "thoi gian", "thoi han"); ok && after {
			j = e2 // "sau thời gian 30 ngày"
		}
	}
	k0 := sc.skipSpace(j)
	n, nd, e, ok := sc.number(j)
	if !ok && j > start && !bare {
		n, nd, e, ok = sc.numberWord(j) // "trong vòng ba tháng kể từ …", not "trong năm ngày …"
	}
	if !ok || nd > 3 || n == 0 || !sc.atBoundary(e) || sc.clockMinutes(k0) {
		return match{}, rNo
	}
	g, e2, ok := sc.unit(e)
	if !ok || g == GrainQuarter {
		return match{}, rNo
	}
	switch t := sc.tok(e2); t.Kind {
	case vntext.Number:
		return match{}, rNo // "trong 2 năm 2024-2025"
	case vntext.Word:
		switch t.Text {
		case "dau", "cuoi", "nam":
			if _, ok := sc.anyPhrase(e2, "dau nam", "cuoi nam", "nam"); ok && g == GrainMonth {
				return match{}, rNo // "trong vòng 6 tháng đầu năm 2025": a half, not an offset
			}
		case "qua", "vua", "gan", "truoc":
			if _, ok := sc.anyPhrase(e2, "qua", "vua qua", "gan day", "gan nhat", "truoc do"); ok {
				return match{}, rNo // "trong 3 năm qua": a span of the past, no limit
			}
		}
	}
	off := Offset{N: n, Unit: g, After: after}
	end := e2
	if g == GrainDay {
		if e3, ok := sc.phrase(e2, "lam viec"); ok {
			off.Working, end, marked = true, e3, true
		}
	}
	if b := sc.backSpace(start); !marked && b > 0 && sc.s[b-1] == '(' {
		// "(2 ngày)": a duration standing alone in parentheses.
		if _, ok := sc.punct(end, ')'); !ok {
			return match{}, rNo
		}
		marked = true
	}
	if bare {
		if k, ok := sc.punct(end, '('); ok {
			if t := sc.tok(k); t.Kind == vntext.Number || t.Text == "ngay" || t.Text == "tu" {
				return match{}, rNo // "trong 2 ngày (ngày 15-16/3/2024)": the days are named
			}
		}
	}
	k := end
	if e3, ok := sc.punct(k, ','); ok {
		k = e3
	}
	ev, hasEvent := sc.event(k)
	if hasEvent {
		end = ev.end
		off.From = ev.ev
	} else {
		if !marked {
			return match{}, rNo
		}
		off.From = EventOther
	}
	x := Expr{Kind: KindRelative, Offset: off}
	x.Period.First = sc.eventDay(ev)
	return match{e: x, rank: rankTask, start: start, end: end}, rOK
}

// clockMinutes reports whether the number at folded offset k is the minutes
// of a time of day: "08 giờ 00", "8h00", "14:30".
func (sc *scanner) clockMinutes(k int) bool {
	if k == 0 {
		return false
	}
	if sc.prevWord(k) == "gio" {
		return true
	}
	c := sc.s[k-1]
	return (c == 'h' || c == 'g' || c == ':') && k >= 2 && vntext.IsDigit(sc.s[k-2])
}

// nextWorkday reads "(08 giờ 00) ngày làm việc tiếp theo": the working day
// after an event, at a time of day when one is given.
func (sc *scanner) nextWorkday(i int) (match, res) {
	start := sc.skipSpace(i)
	t, j, _ := sc.leadingClock(start)
	e, ok := sc.phrase(j, "ngay lam viec")
	if !ok {
		return match{}, rNo
	}
	end, ok := sc.anyPhrase(e, "tiep theo", "ke tiep", "lien ke", "sau")
	if !ok {
		return match{}, rNo
	}
	off := Offset{N: 1, Unit: GrainDay, Working: true, From: EventOther}
	k := end
	if e2, ok := sc.punct(k, ','); ok {
		k = e2
	}
	ev, has := sc.event(k)
	if has {
		off.From, end = ev.ev, ev.end
	}
	x := Expr{Kind: KindRelative, Offset: off, Time: t}
	x.Period.First = sc.eventDay(ev)
	return match{e: x, rank: rankTask, start: start, end: end}, rOK
}

// eventRef is an event read by event: its kind, the end of its phrase,
// whether it is this document's own signing or coming into effect, and
// the day it names when it is a date ("kể từ ngày 15/3/2025").
type eventRef struct {
	ev   Event
	end  int
	this bool
	day  Date
}

// eventDay returns the day an offset from ev counts from when this text
// knows it: ref for this document's signing, Options.Effective for its
// coming into effect, or the day the event names.
func (sc *scanner) eventDay(ev eventRef) Date {
	switch {
	case ev.day.IsValid():
		return ev.day
	case ev.this && ev.ev == EventSigning:
		return sc.ref
	case ev.this && ev.ev == EventEffective:
		return sc.opt.Effective
	}
	return Date{}
}

// event reads, at i, the event an offset counts from; see the grammar
// above.
func (sc *scanner) event(i int) (eventRef, bool) {
	i = sc.skipSpace(i)
	if i >= len(sc.s) {
		return eventRef{}, false
	}
	var e int
	var ok bool
	switch sc.s[i] {
	case 's':
		if e, ok := sc.phrase(i, "sau khi"); ok {
			return sc.eventClause(e), true
		}
		return eventRef{}, false
	case 'k', 't':
		if e, ok = sc.anyPhrase(i, "ke tu", "tinh tu", "tu"); !ok {
			return eventRef{}, false
		}
	default:
		return eventRef{}, false
	}
	if e2, ok := sc.phrase(e, "khi"); ok {
		return sc.eventClause(e2), true // "kể từ khi …", "từ khi …"
	}
	e2, day := sc.anyPhrase(e, "ngay", "thoi diem") // "kể từ thời điểm nhận thông báo"
	if day {
		e = e2
	} else if sc.s[sc.skipSpace(i)] == 't' {
		return eventRef{}, false // a bare "từ" needs "ngày": "từ ngày ký"
	}
	if !day {
		if w, _ := sc.nextWord(e); w == "" {
			return eventRef{}, false
		}
		return sc.eventClause(e), true // "kể từ thời điểm bàn giao"
	}
	// "ngày ký (ban hành) (Kế hoạch này)", "ngày ban hành Quyết định".
	signed := -1
	if e2, ok := sc.anyPhrase(e, "ky", "ki"); ok {
		signed = e2
		if e3, ok := sc.phrase(e2, "ban hanh"); ok {
			signed = e3
		}
	} else if e2, ok := sc.anyPhrase(e, "ban hanh", "phat hanh"); ok {
		signed = e2
	}
	if signed >= 0 {
		switch w, _ := sc.nextWord(signed); {
		case w == "":
		case w == "ket":
			return eventRef{ev: EventOther, end: sc.clauseEnd(signed)}, true // "ký kết hợp đồng"
		case documentHead(w):
			if d, this, bare, ok := sc.document(signed); ok {
				if this || bare && sc.clauseEnd(d) == d {
					// "kể từ ngày ban hành Quyết định này", and "… Quyết
					// định." with nothing after the noun: the text itself.
					return eventRef{ev: EventSigning, end: d, this: true}, true
				}
				return eventRef{ev: EventOther, end: sc.clauseEnd(d)}, true // "ngày ban hành quyết định cấp phép"
			}
		}
		return eventRef{ev: EventSigning, end: signed, this: true}, true
	}
	if e2, ok := sc.anyPhrase(e, "nhan du ho so", "nhan duoc", "nhan du", "nhan", "tiep nhan"); ok {
		if e3, ok := sc.anyPhrase(e2, "ho so hop le", "ho so", "van ban", "de nghi", "yeu cau"); ok {
			e2 = e3
			if e4, ok := sc.phrase(e2, "nay"); ok {
				e2 = e4
			}
		}
		return eventRef{ev: EventReceipt, end: e2}, true
	}
	if ev, ok := sc.eventVerb(e); ok {
		return ev, true
	}
	if sc.s[e-len("ngay"):e] == "ngay" {
		if a, r := sc.day(e-len("ngay"), ctxRel); r == rOK && a.form == fDate {
			// "kể từ ngày 15/3/2025": a day of its own.
			if p, r := sc.resolve(&a, sc.ref.Year); r == rOK {
				return eventRef{ev: EventOther, end: a.end, day: p.First}, true
			}
		}
		sc.clearErr()
	}
	if w, _ := sc.nextWord(e); w == "" {
		return eventRef{ev: EventOther, end: e}, true // "kể từ ngày" at a line's end
	}
	return sc.eventClause(e), true
}

// eventClause reads the clause of an event at i ("kết thúc đợt kiểm tra",
// "Kế hoạch này được phê duyệt"): this document's signing or coming into
// effect, or any other event, to the end of its clause.
func (sc *scanner) eventClause(i int) eventRef {
	if ev, ok := sc.eventVerb(i); ok {
		return ev
	}
	return eventRef{ev: EventOther, end: sc.clauseEnd(i)}
}

// eventVerb reads, within a few words of i, the verb of a document's
// signing or coming into effect ("(Kế hoạch này) được ban hành", "(Quyết
// định) có hiệu lực (thi hành)") or of a receipt ("cơ quan có thẩm quyền
// nhận được"). The event is this document's when nothing, one document
// noun, or a noun phrase ending in "này" stands before the verb
// ("kể từ ngày Quyết định này có hiệu lực"); otherwise it is another's
// ("kể từ ngày quyết định kiểm tra được ban hành": other).
func (sc *scanner) eventVerb(i int) (eventRef, bool) {
	j := i
	for n := 0; n < 8; n++ {
		ev, e, found := EventUnknown, j, false
		if e2, ok := sc.phrase(j, "co hieu luc"); ok {
			ev, e, found = EventEffective, e2, true
			if e3, ok := sc.phrase(e, "thi hanh"); ok {
				e = e3
			}
		} else if e2, ok := sc.anyPhrase(j, "duoc ky ban hanh", "duoc ki ban hanh", "duoc ky", "duoc ki", "duoc ban hanh", "duoc phat hanh"); ok {
			ev, e, found = EventSigning, e2, true
		} else if e2, ok := sc.anyPhrase(j, "nhan duoc", "tiep nhan"); ok {
			return eventRef{ev: EventReceipt, end: e2}, true
		}
		if found {
			this := j == i
			if !this {
				if d, th, bare, ok := sc.document(i); ok && sc.skipSpace(d) == sc.skipSpace(j) {
					this = th || bare
				}
			}
			if !this {
				return eventRef{ev: EventOther, end: sc.clauseEnd(e)}, true
			}
			return eventRef{ev: ev, end: e, this: true}, true
		}
		w, e2 := sc.nextWord(j)
		if w == "" {
			break
		}
		j = e2
	}
	return eventRef{}, false
}

// document reads a document noun at i (documentNouns) and what names it
// after: "này" (this document: this), nothing more before the verb (bare),
// or more words (another document). end is the end of what was read.
func (sc *scanner) document(i int) (end int, this, bare, ok bool) {
	e := i
	found := false
	if w, _ := sc.nextWord(i); w == "" || !documentHead(w) {
		return i, false, false, false
	}
	for _, d := range documentNouns {
		if e2, ok := sc.phrase(i, d.words); ok {
			e, found, bare = e2, true, !d.foreign
			break
		}
	}
	if !found {
		return i, false, false, false
	}
	if e2, ok := sc.phrase(e, "nay"); ok {
		return e2, true, false, true
	}
	return e, false, bare, true
}

// clauseEnd returns the end of the words of an event's clause from i: up to
// punctuation, a word that opens another clause ("thì", "để", "nhằm", "và",
// "hoặc", "đồng thời"), a source ("theo …", "tại" before a part of a
// document: "… quy định tại điểm a") or another expression's relation word
// ("trước", "chậm nhất", "trong"), at most twelve words.
func (sc *scanner) clauseEnd(i int) int {
	end := i
	for n := 0; n < 12; n++ {
		t := sc.tok(end)
		if t.Kind == vntext.Number {
			if n2 := sc.tok(t.End); n2.Kind == vntext.Punct && n2.Text != "," {
				break // a date or a figure: not this clause's
			}
			end = t.End
			continue
		}
		if t.Kind != vntext.Word || sc.opensClause(t) {
			break
		}
		end = t.End
	}
	return end
}

// opensClause reports whether the word t ends the clause before it (see
// clauseEnd): a connective (connective), or a word that opens a source or
// another expression: "trước", "chậm nhất" (not "chậm trễ"), "trong",
// "theo", and "tại" before a part of a document (not "Tài nguyên").
func (sc *scanner) opensClause(t vntext.Token) bool {
	switch t.Text {
	case "truoc", "trong", "theo":
		return true
	case "cham":
		w, _ := sc.nextWord(t.End)
		return w == "nhat"
	case "tai":
		return sc.locatorAt(t.End)
	}
	return sc.connective(t)
}

// connective reports whether the word t joins another clause to the one
// before it: "thì" (not the "thi" of "thi đua", "thi hành", "thi công",
// "thi tuyển", "thi đấu", "thi cử"), "nhằm", "để" (not "đề án", "đề
// nghị", "đề xuất", "đề cương"), "và" (not inside a name: nameGoesOn),
// "hoặc", "đồng thời" (not "hợp đồng").
func (sc *scanner) connective(t vntext.Token) bool {
	switch t.Text {
	case "thi":
		if sp, known := sc.spelledAs(t, connectiveSpellings()[0]); known {
			return sp
		}
		switch w, _ := sc.nextWord(t.End); w {
		case "dua", "hanh", "cong", "tuyen", "dau", "cu":
			return false
		}
		return true
	case "nham", "hoac":
		return true
	case "dong":
		w, _ := sc.nextWord(t.End)
		return w == "thoi"
	case "va":
		return !sc.nameGoesOn(t.End)
	case "de":
		if sp, known := sc.spelledAs(t, connectiveSpellings()[1]); known {
			return sp // "để", not the "đề" of "vấn đề", "chủ đề"
		}
		w, _ := sc.nextWord(t.End)
		return w != "an" && w != "nghi" && w != "xuat" && w != "cuong"
	}
	return false
}

// connectiveSpellings are the connectives whose folding other words share:
// "thì" (thi, thị) and "để" (đề, dễ, dê).
var connectiveSpellings = sync.OnceValue(func() [2]vntext.Spelling {
	return [2]vntext.Spelling{vntext.Spell("thì"), vntext.Spell("để")}
})

// spelledAs reports whether the source spells the word t as sp, and
// whether it can tell: it cannot where the source is not known or writes
// the word with no mark at all (a text without diacritics), and the words
// around must decide.
func (sc *scanner) spelledAs(t vntext.Token, sp vntext.Spelling) (spelled, known bool) {
	if sc.f == nil || !sc.f.Accented(t.Start, t.End) {
		return false, false
	}
	return sc.f.SpelledLike(t.Start, sp), true
}

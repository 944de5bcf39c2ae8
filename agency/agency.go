package agency

import (
	"slices"

	"github.com/chidao/chidao/calendar"
)

// An Agency is one body that directives name and assign work to.
//
// Agency values handed out by a [Registry] are copies: changing one does not
// change the registry.
type Agency struct {
	// ID identifies the agency in its registry.
	ID ID
	// Name is the full official Vietnamese name, in NFC.
	Name string
	// Short lists other names and abbreviations that name the agency
	// wherever they appear ("Sở TT&TT thành phố Hải Phòng", "Cục C06").
	Short []string
	// Local lists names that name the agency only inside its Locality
	// ("Công an thành phố", "Sở Tư pháp"): a directive of Hải Phòng means
	// Hải Phòng's police when it writes "Công an thành phố".
	Local []string
	// Kind says what sort of body the agency is.
	Kind Kind
	// Level is the tier of the administration it belongs to.
	Level Level
	// Parent is the body it belongs to or reports to, if known.
	Parent ID
	// Locality is the ID of the provincial people's committee in whose
	// territory the agency works, or "" for a central agency.
	Locality ID
	// From is the first day the agency existed under this identity; the
	// zero Date means it existed before any date the registry cares about.
	From calendar.Date
	// Until is the first day on which the agency no longer existed
	// (exclusive); the zero Date means it still exists.
	Until calendar.Date
	// Successors are the agencies that took over its work when it ended.
	Successors []Successor
	// Source cites the document that establishes the facts above.
	Source string
	// Unconfirmed is set when some of the facts above could not be checked
	// against a citable source; Note says which.
	Unconfirmed bool
	// Note explains anything unusual about the entry.
	Note string
}

// A Successor is an agency that took over some or all of the work of
// another from a given day.
type Successor struct {
	// ID is the successor agency (or group).
	ID ID
	// From is the first day the successor held the work.
	From calendar.Date
	// Functions says which work moved, in Vietnamese; "" means all of it.
	Functions string
}

// ValidOn reports whether the agency existed on day d.
func (a Agency) ValidOn(d calendar.Date) bool {
	if a.From.IsValid() && d.Before(a.From) {
		return false
	}
	if a.Until.IsValid() && !d.Before(a.Until) {
		return false
	}
	return true
}

func (a Agency) clone() Agency {
	a.Short = slices.Clone(a.Short)
	a.Local = slices.Clone(a.Local)
	a.Successors = slices.Clone(a.Successors)
	return a
}

// A Group is a collective name that stands for many agencies: "các sở,
// ban, ngành thành phố", "Ủy ban nhân dân các quận, huyện", "các bộ, cơ
// quan ngang bộ, cơ quan thuộc Chính phủ".
//
// Its members on a day are the agencies listed in Members, the members of
// the groups in Includes, and every agency of the registry whose Kind is one
// of Kinds, at Level (when set), in Scope (when set) — each only while it
// exists. An Open group ("các cơ quan, đơn vị liên quan") has no members the
// registry can know.
type Group struct {
	// ID identifies the group in its registry.
	ID ID
	// Name is the usual Vietnamese wording of the group.
	Name string
	// Short lists other wordings that name the group wherever they appear.
	Short []string
	// Local lists wordings that name the group only inside its Scope.
	Local []string
	// Scope is the ID of the provincial people's committee whose agencies
	// the group collects, or "" for a central group.
	Scope ID
	// Kinds selects member agencies by what they are.
	Kinds []Kind
	// Level, when set, selects member agencies by their tier.
	Level Level
	// Members lists member agencies by ID.
	Members []ID
	// Includes lists groups whose members are members too.
	Includes []ID
	// Open is set when membership depends on the task ("liên quan").
	Open bool
	// Source cites where the membership comes from.
	Source string
	// Unconfirmed is set when the membership could not be checked.
	Unconfirmed bool
}

func (g Group) clone() Group {
	g.Short = slices.Clone(g.Short)
	g.Local = slices.Clone(g.Local)
	g.Kinds = slices.Clone(g.Kinds)
	g.Members = slices.Clone(g.Members)
	g.Includes = slices.Clone(g.Includes)
	return g
}

// A Holder is an agency that holds (some of) the work of another on a day;
// see [Registry.HolderOn].
type Holder struct {
	// ID is the agency (or group) holding the work.
	ID ID
	// Functions says which work it holds, in Vietnamese; "" means all.
	Functions string
	// Since is the day it took the work over; zero when it is the
	// agency itself.
	Since calendar.Date
}

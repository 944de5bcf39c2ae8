package agency

import (
	"errors"
	"fmt"
)

// ErrUnknownLocality is the error, for errors.Is, of a locality the
// registry does not know as a provincial people's committee.
var ErrUnknownLocality = errors.New("unknown locality")

// A LocalityError reports a locality ID that a registry does not know as a
// provincial people's committee.
type LocalityError struct {
	// Locality is the ID as given.
	Locality ID
	// Of is the agency or group that names it, "" when given alone.
	Of ID
}

// Error returns `agency: unknown locality "hp" (…)`, or `agency: x.b:
// unknown locality "hp" (…)` for the locality of agency x.b.
func (e *LocalityError) Error() string {
	of := ""
	if e.Of != "" {
		of = string(e.Of) + ": "
	}
	return fmt.Sprintf("agency: %sunknown locality %q (want the ID of a provincial people's committee, such as \"hp.ubnd\")", of, string(e.Locality))
}

// Unwrap returns ErrUnknownLocality.
func (e *LocalityError) Unwrap() error { return ErrUnknownLocality }

// CheckLocality returns nil when id is empty (no locality) or names a
// provincial people's committee of r, and a *LocalityError otherwise:
// FindAll and Resolve resolve nothing local in an unknown locality, so a
// service should check the locality it is given once, here.
func (r *Registry) CheckLocality(id ID) error {
	if id == "" || r.isProvince(id) {
		return nil
	}
	return &LocalityError{Locality: id}
}

// With returns a new registry holding r's agencies and groups and the
// agencies given (copied), checked as [New] checks its input: every ID
// unique across both, every parent, successor, member and included group
// known, and every locality a provincial people's committee of the new
// registry (a *LocalityError otherwise). r itself is not changed.
//
// The new registry builds its name index on its first use (tens of
// milliseconds for the built-in data): make it once, keep it and reuse it.
func (r *Registry) With(agencies ...Agency) (*Registry, error) {
	return r.with(agencies, nil)
}

// WithGroups returns a new registry holding r's agencies and groups and
// the groups given (copied), checked as [Registry.With] checks agencies.
func (r *Registry) WithGroups(groups ...Group) (*Registry, error) {
	return r.with(nil, groups)
}

func (r *Registry) with(agencies []Agency, groups []Group) (*Registry, error) {
	added := make(map[ID]bool, len(agencies))
	for _, a := range agencies {
		added[a.ID] = true
	}
	// A locality must be a province of r or one of the agencies added
	// (checked below, once they are in the new registry).
	for _, a := range agencies {
		if a.Locality != "" && !added[a.Locality] && !r.isProvince(a.Locality) {
			return nil, &LocalityError{Locality: a.Locality, Of: a.ID}
		}
	}
	for _, g := range groups {
		if g.Scope != "" && !r.isProvince(g.Scope) {
			return nil, &LocalityError{Locality: g.Scope, Of: g.ID}
		}
	}
	all := make([]Agency, 0, len(r.agencies)+len(agencies))
	all = append(all, r.agencies...)
	all = append(all, agencies...)
	gs := make([]Group, 0, len(r.groups)+len(groups))
	gs = append(gs, r.groups...)
	gs = append(gs, groups...)
	nr, err := New(all, gs)
	if err != nil {
		return nil, err
	}
	for _, a := range agencies {
		if a.Locality != "" && !nr.isProvince(a.Locality) {
			return nil, &LocalityError{Locality: a.Locality, Of: a.ID}
		}
	}
	return nr, nil
}

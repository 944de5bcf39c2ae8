package agency_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/chidao/chidao/agency"
)

func TestSelect(t *testing.T) {
	hp := &agency.Options{Locality: "hp.ubnd"}
	type party struct {
		id   agency.ID
		name string
	}
	stttt := party{"hp.so-tttt", "Sở Thông tin và Truyền thông"}
	bo := party{"", "đơn vị hướng dẫn thuộc Bộ Thông tin và Truyền thông, Bộ Công an"}
	ca := party{"hp.cong-an", "Công an thành phố"}
	luc := party{"", "lực lượng Công an"}
	stp := party{"hp.so-tu-phap", "Sở Tư pháp"}
	all := []party{stttt, bo, ca, luc, stp}
	for _, tc := range []struct {
		query string
		want  []party
		exact []party
	}{
		{"Sở TT&TT", []party{stttt}, []party{stttt}},                     // an abbreviation the registry resolves
		{"Sở Thông tin - Truyền thông", []party{stttt}, []party{stttt}},  // another wording
		{"hp.so-tttt", []party{stttt}, []party{stttt}},                   // an ID
		{"so thong tin va truyen thong", []party{stttt}, []party{stttt}}, // folded
		{"Thông tin và Truyền thông", []party{stttt, bo}, nil},           // words of two names
		{"công an", []party{bo, ca, luc}, nil},                           // words, "Bộ Công an" too
		{"Công an thành phố", []party{ca}, []party{ca}},                  // relative name in Hải Phòng
		{"  Sở Tư pháp ", []party{stp}, []party{stp}},                    // spaces
		{"Sở Tư", []party{stp}, nil},                                     // whole words only
		{"Sở T", nil, nil},                                               // "t" is no word of a name
		{"Bộ Quốc phòng", nil, nil},                                      // known elsewhere, not here
		{"hp.cong", nil, nil},                                            // not an ID
	} {
		s, err := agency.Default().Select(tc.query, hp)
		if err != nil {
			t.Errorf("%q: %v", tc.query, err)
			continue
		}
		var got, exact []party
		for _, p := range all {
			if s.Match(p.id, p.name) {
				got = append(got, p)
			}
			if s.Exact(p.id, p.name) {
				exact = append(exact, p)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) || fmt.Sprint(exact) != fmt.Sprint(tc.exact) {
			t.Errorf("%q: matches %v exact %v, want %v exact %v", tc.query, got, exact, tc.want, tc.exact)
		}
	}
}

func TestSelectErrors(t *testing.T) {
	for _, q := range []string{"", " ", "\t\n", "-", "&, ;"} {
		_, err := agency.Default().Select(q, nil)
		var se *agency.SelectError
		if !errors.As(err, &se) || se.Query != q {
			t.Errorf("%q: error %v, want a *SelectError", q, err)
		}
	}
	_, err := agency.Default().Select("Sở Y tế", &agency.Options{Locality: "hai-phong"})
	if !errors.Is(err, agency.ErrUnknownLocality) || err.Error() != `agency: unknown locality "hai-phong" (want the ID of a provincial people's committee, such as "hp.ubnd")` {
		t.Errorf("unknown locality: %v", err)
	}
	if (agency.Selector{}).Match("hp.so-y-te", "Sở Y tế") || !(agency.Selector{}).IsZero() {
		t.Error("the zero Selector selects")
	}
}

func TestCheckLocality(t *testing.T) {
	r := agency.Default()
	for id, ok := range map[agency.ID]bool{"": true, "hp.ubnd": true, "hp.so-y-te": false, "zz": false} {
		if err := r.CheckLocality(id); (err == nil) != ok {
			t.Errorf("%q: %v", id, err)
		}
	}
}

func TestWith(t *testing.T) {
	base := agency.Default()
	r, err := base.With(agency.Agency{ID: "hp.ttcds", Name: "Trung tâm Chuyển đổi số thành phố Hải Phòng", Short: []string{"TTCĐS"},
		Parent: "hp.so-tttt", Locality: "hp.ubnd", Source: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := r.Resolve("Trung tâm Chuyển đổi số thành phố Hải Phòng", nil); !ok || m.ID != "hp.ttcds" {
		t.Errorf("new agency: %+v %v", m, ok)
	}
	if m, ok := r.Resolve("Sở TT&TT", &agency.Options{Locality: "hp.ubnd"}); !ok || m.ID != "hp.so-tttt" {
		t.Errorf("old agency lost: %+v %v", m, ok)
	}
	if _, ok := base.Agency("hp.ttcds"); ok {
		t.Error("With changed the registry it extends")
	}
	if len(r.Agencies()) != len(base.Agencies())+1 {
		t.Errorf("%d agencies", len(r.Agencies()))
	}
	for _, tc := range []struct {
		a    agency.Agency
		want string
	}{
		{agency.Agency{ID: "hp.so-y-te", Name: "Sở Y tế"}, `duplicate ID "hp.so-y-te"`},
		{agency.Agency{ID: "x.a", Name: "A", Locality: "hp"}, `agency: x.a: unknown locality "hp"`},
		{agency.Agency{ID: "x.b", Name: "B", Locality: "hp.so-y-te"}, `agency: x.b: unknown locality "hp.so-y-te"`},
		{agency.Agency{ID: "x.c", Name: "C", Parent: "nope"}, `unknown parent "nope"`},
	} {
		_, err := base.With(tc.a)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.a.ID, err, tc.want)
		}
	}
	if _, err := base.With(agency.Agency{ID: "x.b", Name: "B", Locality: "hp.so-y-te"}); !errors.Is(err, agency.ErrUnknownLocality) {
		t.Errorf("a locality that is no province: %v", err)
	}
	g, err := base.WithGroups(agency.Group{ID: "hp.nhom-thu", Name: "các đơn vị thí điểm", Members: []agency.ID{"hp.so-y-te", "hp.so-tu-phap"}, Scope: "hp.ubnd"})
	if err != nil {
		t.Fatal(err)
	}
	if ms, ok := g.Members("hp.nhom-thu", agency.Default().Agencies()[0].From); !ok || len(ms) != 2 {
		t.Errorf("group members %v %v", ms, ok)
	}
}

func ExampleRegistry_Select() {
	s, err := agency.Default().Select("Sở TT&TT", &agency.Options{Locality: "hp.ubnd"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Match("hp.so-tttt", "Sở Thông tin và Truyền thông"), s.Match("", "Sở Tư pháp"))
	_, err = agency.Default().Select(" ", nil)
	fmt.Println(err)
	// Output:
	// true false
	// agency: query " " names no agency: it has no letter or digit
}

func ExampleRegistry_With() {
	r, err := agency.Default().With(agency.Agency{ID: "hp.ttcds", Name: "Trung tâm Chuyển đổi số thành phố Hải Phòng",
		Parent: "hp.so-tttt", Locality: "hp.ubnd", Source: "Quyết định thành lập"})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, _ := r.Resolve("Trung tâm Chuyển đổi số thành phố Hải Phòng", nil)
	fmt.Println(m.ID)
	_, err = agency.Default().With(agency.Agency{ID: "x", Name: "X", Locality: "hai-phong"})
	fmt.Println(err)
	// Output:
	// hp.ttcds
	// agency: x: unknown locality "hai-phong" (want the ID of a provincial people's committee, such as "hp.ubnd")
}

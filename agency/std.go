package agency

import (
	"strings"

	"github.com/chidao/chidao/calendar"
)

// Standard provincial bodies.
//
// Every province has the same specialised departments (sở), the office of
// its people's committee, an inspectorate, a people's council and a police
// department, under the same names. The registry writes out these bodies for
// Hải Phòng only, but it gives any province it knows a stable ID for them:
// the province's ID less its ".ubnd", a dot, and the body's slug —
// "quang-ninh.so-noi-vu" for "Sở Nội vụ tỉnh Quảng Ninh",
// "quang-ninh.vp-ubnd" for its "Văn phòng UBND tỉnh", "quang-ninh.cong-an"
// for "Công an tỉnh Quảng Ninh". The slugs are those of the Hải Phòng
// entries ("hp.so-noi-vu"), so an entry written out in the data and a
// generic one never differ.
//
// [Registry.FindAll] gives a mention such an ID when it names a standard
// body by one of its standard names (stdBodies) and the province is known:
// written after the name ("Sở Nội vụ tỉnh Quảng Ninh") or given as
// Options.Locality ("Sở Nội vụ" in a document of Quảng Ninh). A name whose
// unit word contradicts the locality ("Công an tỉnh" in a document of a
// thành phố) gets none. [Registry.Agency], [Registry.Name],
// [Registry.HolderOn] and [Registry.LocalityOf] know the generic IDs too:
// the agency is derived from the province and the body (its validity is
// the shorter of the two; when the province merged, the body of the
// province that took it over succeeds it), marked Unconfirmed since the
// province's own founding acts were not checked. An agency written out in
// the data takes precedence over the generic one with its ID.

// A stdBody is one of the standard bodies of every province.
type stdBody struct {
	slug string // the ID less its province prefix: "so-noi-vu"
	// name is the full name less its place ("Sở Nội vụ", "Công an"); for a
	// unit body the place always follows ("Công an tỉnh …").
	name string
	// names are the other standard ways of writing it, also less the
	// place.
	names []string
	// unit: the name is only a name with a unit word after it ("Công an
	// tỉnh", "Thanh tra thành phố"); bare: and also without one
	// ("Văn phòng UBND").
	unit, bare bool
	// placeBare: the province may follow the name without a unit word
	// ("Viettel Hải Phòng", "Thành Đoàn Hải Phòng").
	placeBare bool
	// placed lists names that name the body only with a province after
	// them ("Viễn thông Hải Phòng"; "viễn thông" alone is a common noun).
	placed []string
	// tinh and thanh list names that carry their unit in their first word
	// ("Tỉnh Đoàn", "Thành Đoàn"); they must be capitalised and not be
	// followed by "kết" ("tỉnh đoàn kết").
	tinh, thanh []string
	kind        Kind
	parent      ID // "" for the province's people's committee
	from        calendar.Date
	until       calendar.Date
	successors  []Successor // IDs are slugs of the same province
	source      string
}

// mar2025 is the day the provincial departments were reorganised
// (Nghị định 45/2025/NĐ-CP). Never modified.
var mar2025 = calendar.Date{Year: 2025, Month: 3, Day: 1}

// stdBodies lists the standard bodies of a province, with the names they
// are written by. Sources: Nghị định 24/2014/NĐ-CP as amended by Nghị định
// 107/2020/NĐ-CP (the departments before 1/3/2025), Nghị định 45/2025/NĐ-CP
// (those from 1/3/2025: srcND45), the split of the labour department
// (srcSplit), Luật Công an nhân dân 2018 (Công an tỉnh), Luật Tổ chức chính
// quyền địa phương (Hội đồng nhân dân tỉnh). Sorted by slug.
var stdBodies = []stdBody{
	{slug: "ban-vstbpn", name: "Ban Vì sự tiến bộ của phụ nữ", names: []string{"Ban Vì sự tiến bộ phụ nữ", "Ban VSTBPN", "Ban VSTBCPN", "Ban Vì sự tiến bộ phụ nữ và bình đẳng giới"},
		kind: KindBoard, source: srcVSTBPN},
	{slug: "cong-an", name: "Công an", names: []string{"CA"}, unit: true, kind: KindPolice, parent: "bo-cong-an", source: srcCAND},
	{slug: "hdnd", name: "Hội đồng nhân dân", names: []string{"HĐND"}, unit: true, kind: KindPeopleCouncil, parent: "-", source: srcCQDP},
	{slug: "so-cong-thuong", name: "Sở Công Thương", kind: KindDepartment, source: srcND45},
	{slug: "so-gddt", name: "Sở Giáo dục và Đào tạo", names: []string{"Sở GD&ĐT", "Sở GDĐT"}, kind: KindDepartment, source: srcND45},
	{slug: "so-gtvt", name: "Sở Giao thông vận tải", names: []string{"Sở GTVT"}, kind: KindDepartment, until: mar2025,
		successors: []Successor{{ID: "so-xay-dung", From: mar2025}}, source: srcND24 + "; " + srcND45},
	{slug: "so-khcn", name: "Sở Khoa học và Công nghệ", names: []string{"Sở KH&CN", "Sở KHCN"}, kind: KindDepartment, source: srcND45},
	{slug: "so-khdt", name: "Sở Kế hoạch và Đầu tư", names: []string{"Sở KH&ĐT", "Sở KHĐT"}, kind: KindDepartment, until: mar2025,
		successors: []Successor{{ID: "so-tai-chinh", From: mar2025}}, source: srcND24 + "; " + srcND45},
	{slug: "so-ldtbxh", name: "Sở Lao động - Thương binh và Xã hội", names: []string{"Sở LĐ-TB&XH", "Sở LĐTBXH"}, kind: KindDepartment, until: mar2025,
		successors: []Successor{
			{ID: "so-noi-vu", From: mar2025, Functions: "lao động, tiền lương, việc làm, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bình đẳng giới"},
			{ID: "so-y-te", From: mar2025, Functions: "bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội"},
			{ID: "so-gddt", From: mar2025, Functions: "giáo dục nghề nghiệp"},
			{ID: "so-nnmt", From: mar2025, Functions: "giảm nghèo"},
			{ID: "cong-an", From: mar2025, Functions: "cai nghiện ma túy và quản lý sau cai nghiện"},
		}, source: srcND24 + "; " + srcSplit},
	{slug: "so-nnmt", name: "Sở Nông nghiệp và Môi trường", names: []string{"Sở NN&MT", "Sở NNMT"}, kind: KindDepartment, from: mar2025, source: srcND45},
	{slug: "so-nnptnt", name: "Sở Nông nghiệp và Phát triển nông thôn", names: []string{"Sở NN&PTNT", "Sở NNPTNT"}, kind: KindDepartment, until: mar2025,
		successors: []Successor{{ID: "so-nnmt", From: mar2025}}, source: srcND24 + "; " + srcND45},
	{slug: "so-noi-vu", name: "Sở Nội vụ", kind: KindDepartment, source: srcND45},
	{slug: "so-tai-chinh", name: "Sở Tài chính", kind: KindDepartment, source: srcND45},
	{slug: "so-tnmt", name: "Sở Tài nguyên và Môi trường", names: []string{"Sở TN&MT", "Sở TNMT"}, kind: KindDepartment, until: mar2025,
		successors: []Successor{{ID: "so-nnmt", From: mar2025}}, source: srcND24 + "; " + srcND45},
	{slug: "so-tttt", name: "Sở Thông tin và Truyền thông", names: []string{"Sở TT&TT", "Sở TTTT"}, kind: KindDepartment, until: mar2025,
		successors: []Successor{{ID: "so-khcn", From: mar2025}}, source: srcND24 + "; " + srcND45},
	{slug: "so-tu-phap", name: "Sở Tư pháp", kind: KindDepartment, source: srcND45},
	{slug: "so-vhttdl", name: "Sở Văn hóa, Thể thao và Du lịch", names: []string{"Sở VHTTDL", "Sở VH-TT&DL", "Sở VHTT&DL"}, kind: KindDepartment, source: srcND45},
	{slug: "so-xay-dung", name: "Sở Xây dựng", kind: KindDepartment, source: srcND45},
	{slug: "so-y-te", name: "Sở Y tế", kind: KindDepartment, source: srcND45},
	{slug: "thanh-tra", name: "Thanh tra", unit: true, kind: KindInspectorate, source: srcND45},
	{slug: "tinh-doan", name: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", names: []string{"Đoàn TNCS Hồ Chí Minh"}, unit: true,
		tinh: []string{"Tỉnh Đoàn", "Tỉnh đoàn"}, thanh: []string{"Thành Đoàn", "Thành đoàn"}, placeBare: true,
		kind: KindFront, parent: "-", source: srcDoan},
	{slug: "viettel", name: "Chi nhánh Viettel", names: []string{"Viettel"}, placeBare: true, kind: KindEnterprise, parent: "viettel", source: srcViettel},
	{slug: "vnpt", name: "Viễn thông", names: []string{"VNPT"}, placed: []string{"Viễn thông"}, placeBare: true, kind: KindEnterprise, parent: "vnpt", source: srcVNPT},
	{slug: "vp-doan-dbqh-hdnd", name: "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân", names: []string{"Văn phòng Đoàn ĐBQH và HĐND", "VP Đoàn ĐBQH và HĐND"},
		unit: true, kind: KindOffice, parent: "-", source: srcVPDoan},
	{slug: "vp-ubnd", name: "Văn phòng Ủy ban nhân dân", names: []string{"Văn phòng UBND", "VP UBND"}, unit: true, bare: true, kind: KindOffice, source: srcND45},
}

const (
	// srcND24: Nghị định 24/2014/NĐ-CP on the specialised departments of
	// provincial people's committees, amended by Nghị định 107/2020/NĐ-CP:
	// the departments of planning and investment, information and
	// communications, natural resources and environment, agriculture and
	// rural development, transport and labour, until 1/3/2025.
	srcND24 = "Nghị định 24/2014/NĐ-CP, sửa đổi bởi Nghị định 107/2020/NĐ-CP"
	// srcCAND: Luật Công an nhân dân 2018, Điều 17 (Công an tỉnh, thành
	// phố trực thuộc trung ương).
	srcCAND = "Luật Công an nhân dân 2018, Điều 17"
	// srcCQDP: Luật Tổ chức chính quyền địa phương (Hội đồng nhân dân
	// tỉnh, thành phố trực thuộc trung ương).
	srcCQDP = "Luật Tổ chức chính quyền địa phương"
	// srcVSTBPN: Quyết định 1855/QĐ-TTg ngày 11/11/2009 on the Ban vì sự
	// tiến bộ của phụ nữ of provincial and district people's committees
	// (chaired by a vice-chairman of the committee), reported at
	// https://baokhanhhoa.vn/xa-hoi/200911/thanh-lap-kien-toan-ban-vi-su-tien-bo-cua-phu-nu-o-dia-phuong-1915755
	// (which abbreviates it "Ban VSTBCPN"); written "Ban vì sự tiến bộ phụ
	// nữ tỉnh" in Quyết định 55/2007 of Ninh Thuận,
	// https://luatminhkhue.vn/quyet-dinh-55-2007-qd-ubnd-ve-ke-hoach-hanh-dong-vi-su-tien-bo-phu-nu-tinh-ninh-thuan-giai-doan-2006---2010.aspx;
	// renamed "Ban Vì sự tiến bộ phụ nữ và bình đẳng giới" in Hồ Chí Minh
	// City, https://giaoduc.edu.vn/doi-ten-ban-vi-su-tien-bo-phu-nu-tp
	srcVSTBPN = "Quyết định 1855/QĐ-TTg ngày 11/11/2009 (Ban vì sự tiến bộ của phụ nữ cấp tỉnh)"
	// srcVPDoan: Nghị quyết 1004/2020/UBTVQH14 ngày 18/9/2020 founding the
	// Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân cấp tỉnh (one
	// office, from the merger of the two offices), reported at
	// https://m.baomoi.com/chuc-nang-nhiem-vu-cua-van-phong-doan-dai-bieu-quoc-hoi-va-hdnd/c/36626260.epi
	// and https://sggp.org.vn/van-phong-doan-dbqh-va-hdnd-la-co-quan-tuong-duong-cap-so-post568736.html
	srcVPDoan = "Nghị quyết 1004/2020/UBTVQH14 (Văn phòng Đoàn ĐBQH và HĐND cấp tỉnh)"
	// srcDoan: Điều lệ Đoàn TNCS Hồ Chí Minh; the provincial committee
	// ("cơ quan Tỉnh đoàn") as described at
	// http://hn2.hanam.gov.vn/vi-vn/doantn/Pages/Printer.aspx?articleID=1017
	// and http://tinhdoan.tayninh.gov.vn/gioi-thieu-chung/ ("Đoàn TNCS Hồ
	// Chí Minh tỉnh Tây Ninh"); "Thành đoàn Hà Nội" at
	// https://clbbtlt.blogspot.com/2011_09_25_archive.html
	srcDoan = "Điều lệ Đoàn TNCS Hồ Chí Minh (Tỉnh đoàn, Thành đoàn)"
	// srcViettel: Nghị định 05/2018/NĐ-CP (Tập đoàn Công nghiệp - Viễn
	// thông Quân đội), reported at
	// http://namviet.net/showthread.php?826165; its provincial branches
	// ("Chi nhánh trực thuộc ở 7 tỉnh") at
	// https://baothainguyen.vn/thoi-su/200707/tong-cong-ty-vien-thong-quan-doi-viettel-ra-mat-dai-dien-vung-i-tai-thai-nguyen-36720FE
	srcViettel = "Nghị định 05/2018/NĐ-CP (Viettel); chi nhánh Viettel tỉnh"
	// srcVNPT: the 63 provincial "Viễn thông" units of Tập đoàn Bưu chính
	// Viễn thông Việt Nam, https://thongtincongnghe.com/tag/ho%c3%a0n-th%c3%a0nh
	srcVNPT = "Tập đoàn Bưu chính Viễn thông Việt Nam: 63 Viễn thông tỉnh, thành phố"
)

// The flags of a standard name in its index entry (entry.stdFlags).
const (
	stdTinh   = 1 << iota // the name says "tỉnh": the body of a tỉnh
	stdTP                 // the name says "thành phố": the body of a thành phố
	stdPlaced             // the name needs a province after it
	stdCap                // the name must be capitalised, and not be followed by "kết"
)

// A stdName is one name of a standard body to index, with its flags.
type stdName struct {
	name  string
	flags uint8
}

// stdNames returns the names of body b to index, each less its place: with
// the unit words "tỉnh" and "thành phố" for a unit body.
func (b *stdBody) stdNames() []stdName {
	var out []stdName
	for _, n := range append([]string{b.name}, b.names...) {
		if !b.unit || b.bare {
			out = append(out, stdName{n, 0})
		}
		if b.unit {
			out = append(out, stdName{n + " tỉnh", stdTinh}, stdName{n + " thành phố", stdTP})
		}
	}
	for _, n := range b.placed {
		out = append(out, stdName{n, stdPlaced})
	}
	for _, n := range b.tinh {
		out = append(out, stdName{n, stdTinh | stdCap})
	}
	for _, n := range b.thanh {
		out = append(out, stdName{n, stdTP | stdCap})
	}
	return out
}

// stdBySlug returns the standard body with the given slug.
func stdBySlug(slug string) *stdBody {
	for k := range stdBodies {
		if stdBodies[k].slug == slug {
			return &stdBodies[k]
		}
	}
	return nil
}

// provincePrefix returns the prefix of the generic IDs of a provincial
// people's committee: "quang-ninh" for "quang-ninh.ubnd".
func provincePrefix(prov ID) (string, bool) {
	return strings.CutSuffix(string(prov), ".ubnd")
}

// StandardID returns the ID of the standard body with the given slug
// ("so-noi-vu", "vp-ubnd", "cong-an", …) of the province whose people's
// committee is prov — "quang-ninh.so-noi-vu" for "quang-ninh.ubnd" — or ""
// when the registry does not know the province or the slug. See the
// package documentation on standard provincial bodies.
func (r *Registry) StandardID(prov ID, slug string) ID {
	if !r.isProvince(prov) || stdBySlug(slug) == nil {
		return ""
	}
	p, _ := provincePrefix(prov)
	return ID(p + "." + slug)
}

// isProvince reports whether id is a provincial people's committee of r.
func (r *Registry) isProvince(id ID) bool {
	a := r.agency(id)
	return a != nil && a.Kind == KindPeopleCommittee && a.Level == LevelProvince
}

// placeOf returns the place words of a province's people's committee:
// "tỉnh Quảng Ninh" for "Ủy ban nhân dân tỉnh Quảng Ninh".
func placeOf(a *Agency) string {
	return strings.TrimPrefix(a.Name, "Ủy ban nhân dân ")
}

// generic returns the agency of a generic ID (see StandardID), derived
// from its province and its standard body.
func (r *Registry) generic(id ID) (Agency, bool) {
	p, slug, ok := strings.Cut(string(id), ".")
	if !ok {
		return Agency{}, false
	}
	b := stdBySlug(slug)
	prov := r.agency(ID(p + ".ubnd"))
	if b == nil || prov == nil || prov.Kind != KindPeopleCommittee || prov.Level != LevelProvince {
		return Agency{}, false
	}
	a := Agency{
		ID: id, Name: b.name + " " + placeOf(prov), Kind: b.kind, Level: LevelProvince,
		Parent: prov.ID, Locality: prov.ID, From: b.from, Until: b.until, Source: b.source + "; " + prov.Source,
		Unconfirmed: true,
		Note:        "derived from the standard structure of a province's bodies; the province's own acts were not checked",
	}
	switch b.parent {
	case "":
	case "-":
		a.Parent = ""
	default:
		a.Parent = b.parent
	}
	if prov.From.IsValid() && (!a.From.IsValid() || a.From.Before(prov.From)) {
		a.From = prov.From
	}
	switch {
	case b.until.IsValid() && (!prov.Until.IsValid() || !prov.Until.Before(b.until)):
		// The body ended while its province lived on: its successors are
		// bodies of the same province.
		for _, s := range b.successors {
			s.ID = ID(p + "." + string(s.ID))
			a.Successors = append(a.Successors, s)
		}
	case prov.Until.IsValid():
		// The province merged first: the same body of the province that
		// took it over succeeds it.
		a.Until = prov.Until
		for _, s := range prov.Successors {
			if sp, ok := provincePrefix(s.ID); ok {
				a.Successors = append(a.Successors, Successor{ID: ID(sp + "." + slug), From: s.From})
			}
		}
	}
	return a, true
}

// lookup returns the agency with the given ID: written out in the data,
// or a standard body of a province (see StandardID).
func (r *Registry) lookup(id ID) (Agency, bool) {
	if a := r.agency(id); a != nil {
		return *a, true
	}
	return r.generic(id)
}

// provinceNamed returns the province whose place words are the canonical
// tokens unit + place ("tinh" + "quang ninh"), or "".
func (fd *finder) provinceNamed(unit ctok, place []ctok) ID {
	var buf [16]ctok
	if len(place) > len(buf)-2 {
		return ""
	}
	key := append(append(buf[:0], ctok{s: "ubnd", h: wordHash("ubnd")}, unit), place...)
	j, lo, hi := fd.longest(key, 0)
	if j != len(key) {
		return ""
	}
	for _, e := range fd.ix.entries[lo:hi] {
		if e.id != "" && e.locality == "" && e.kind == KindPeopleCommittee && e.level == LevelProvince {
			return e.id
		}
	}
	return ""
}

// standard gives f, a standard body's name matched at tokens [f.i, keyEnd)
// and perhaps qualified by a place up to f.j, the generic ID of that body
// in the province written after it or, with none written, in the
// locality of the options. It reports whether it did. A name that is
// also the name of another agency ("Viettel") becomes the standard body
// only with a province written after it ("Viettel Hải Phòng").
func (fd *finder) standard(f *found, keyEnd int) bool {
	b := &stdBodies[f.std-1]
	tok := fd.s.tok
	if f.stdFlags&stdCap != 0 && (!fd.s.isCap(f.i) || keyEnd < len(tok) && tok[keyEnd].s == "ket") {
		return false
	}
	var prov ID
	unit := ""
	switch {
	case f.stdFlags&stdTinh != 0:
		unit = "tinh"
	case f.stdFlags&stdTP != 0:
		unit = "tp"
	}
	// The place written after the name, if any: "tỉnh" + "Quảng Ninh".
	p := keyEnd
	if unit == "" && p < f.j {
		if u := tok[p].s; u == "tinh" || u == "tp" {
			unit = u
			p++
		}
	}
	switch {
	case p < f.j:
		if unit == "" {
			return false
		}
		prov = fd.provinceNamed(tok[p-1], tok[p:f.j])
	case b.placeBare && f.j == keyEnd:
		// "Viettel Hải Phòng", "Thành Đoàn Hải Phòng".
		if e, pr := fd.barePlace(keyEnd); pr != "" {
			prov, f.j = pr, e
			if e+2 < len(tok) && tok[e].s == "(" && tok[e+2].s == ")" && tok[e+1].s == b.slug {
				f.j = e + 3 // "Viễn thông Hải Phòng (VNPT)"
			}
		}
	}
	if prov == "" {
		if f.id != "" || f.stdFlags&stdPlaced != 0 || p < f.j {
			return false
		}
		prov = fd.opt.Locality
		if prov == "" || keyEnd < len(tok) && tok[keyEnd].s == "cac" {
			// "Ban vì sự tiến bộ phụ nữ các sở": the boards of the
			// departments, not the province's.
			return false
		}
		a := fd.r.agency(prov)
		if a == nil || a.Kind != KindPeopleCommittee || a.Level != LevelProvince {
			return false
		}
		// "Công an tỉnh" is not the police of a thành phố.
		if city := strings.HasPrefix(placeOf(a), "thành phố "); unit == "tinh" && city || unit == "tp" && !city {
			return false
		}
	}
	pre, ok := provincePrefix(prov)
	if !ok {
		return false
	}
	id := ID(pre + "." + b.slug)
	if a := fd.r.agency(id); a != nil {
		// Written out in the data.
		f.id, f.name, f.kind, f.level = id, a.Name, a.Kind, a.Level
		return true
	}
	f.id, f.kind, f.level = id, b.kind, LevelProvince
	if pa := fd.r.agency(prov); pa != nil {
		f.name = b.name + " " + placeOf(pa)
	}
	return true
}

// barePlace returns the token after, and the province of, a province's
// name written at token k without a unit word ("Hải Phòng"), or "".
func (fd *finder) barePlace(k int) (int, ID) {
	tok := fd.s.tok
	if k >= len(tok) || !isWordTok(tok[k]) || !fd.s.isCap(k) {
		return k, ""
	}
	for n := min(len(tok)-k, 4); n > 0; n-- {
		for _, u := range [...]string{"tinh", "tp"} {
			if p := fd.provinceNamed(ctok{s: u, h: wordHash(u)}, tok[k:k+n]); p != "" {
				return k + n, p
			}
		}
	}
	return k, ""
}

// standardItem gives f, an item of a list of departments ("các Sở: Nội
// vụ, Tư pháp") that names a standard body, its generic ID in the locality
// of the options.
func (fd *finder) standardItem(f *found) {
	prov := fd.opt.Locality
	p, ok := provincePrefix(prov)
	if !ok || !fd.r.isProvince(prov) {
		return
	}
	b := &stdBodies[f.std-1]
	id := ID(p + "." + b.slug)
	if a := fd.r.agency(id); a != nil {
		f.id, f.name, f.kind, f.level = id, a.Name, a.Kind, a.Level
		return
	}
	f.id, f.name, f.kind, f.level = id, b.name+" "+placeOf(fd.r.agency(prov)), b.kind, LevelProvince
}

// placeEnd returns the token after the name of a province written after
// the unit word at token u ("thành phố" + "Đà Nẵng"), or u when no
// province the registry knows is named there. It lets a place name that
// begins with a capitalised stop word ("Đà", "Đồng") qualify a name.
func (fd *finder) placeEnd(u int) int {
	tok := fd.s.tok
	if u+1 >= len(tok) {
		return u
	}
	for n := min(len(tok)-u-1, 4); n > 0; n-- {
		if fd.provinceNamed(tok[u], tok[u+1:u+1+n]) != "" {
			return u + 1 + n
		}
	}
	return u
}

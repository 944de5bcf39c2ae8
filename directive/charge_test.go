package directive

import (
	"testing"

	"github.com/chidao/chidao/agency"
	"github.com/chidao/chidao/directive/internal/layout"
	"github.com/google/go-cmp/cmp"
)

// This file tests the charge grammar at an item's head: a named body
// charged with the items under a verb and its colon, the end of a name
// the registry knows, and the labels of the items of a titled article.

func TestParseChargeVerbColon(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // tasks, as structSummary gives them
	}{
		{
			name: "the authority asks a department to carry out the items",
			text: cvDoc("1. Chủ tịch UBND tỉnh yêu cầu Sở Y tế thực hiện:\n" +
				"a) Rà soát số trẻ em chưa được tiêm đủ mũi trước ngày 10/5/2024.\n" +
				"b) Tổ chức tiêm bổ sung trong tháng 6/2024.\n" +
				"2. Giao Sở Tài chính bố trí kinh phí.\n"),
			want: []string{
				"1.a | Sở Y tế |  | 2024-05-10 | ",
				"1.b | Sở Y tế |  | 2024-06-30 | ",
				"2.1 | Sở Tài chính |  |  | ",
			},
		},
		{
			// Not the addressee of the letter: the body named leads.
			name: "unnumbered charge above bullets",
			text: cvDoc("Chủ tịch UBND tỉnh yêu cầu Sở Tài chính thực hiện:\n" +
				"- Rà soát nguồn kinh phí trước ngày 10/5/2024.\n" +
				"- Bố trí kinh phí trong tháng 6/2024.\n"),
			want: []string{
				"1.1 | Sở Tài chính |  | 2024-05-10 | ",
				"2.1 | Sở Tài chính |  | 2024-06-30 | ",
			},
		},
		{
			name: "a department and its verb head the items",
			text: cvDoc("1. Sở Giáo dục và Đào tạo triển khai:\n" +
				"a) Tuyên truyền tới phụ huynh học sinh trong tháng 5/2024.\n" +
				"2. UBND các huyện chủ trì:\n" +
				"a) Bố trí điểm tiêm tại trường học trước ngày 15/5/2024.\n"),
			want: []string{
				"1.a | Sở Giáo dục và Đào tạo |  | 2024-05-31 | ",
				"2.a | UBND các huyện |  | 2024-05-15 | ",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, structSummary(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// A head word that names no body before a role verb and its colon is a
// label ("Đơn vị thực hiện: …"); a named body there is a party.
func TestPartyBeforeVerbColon(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Sở Y tế thực hiện:", []string{"Sở Y tế"}},
		{"Ủy ban nhân dân các huyện phối hợp:", []string{"Ủy ban nhân dân các huyện"}},
		{"Sở Tài chính chủ trì:", []string{"Sở Tài chính"}},
		{"Cơ quan chủ trì: Sở Tài chính", nil},
		{"Đơn vị thực hiện: Sở Y tế", nil},
		{"Cơ quan phối hợp: Sở Nội vụ", nil},
	} {
		got := openingParties(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("partyListAt(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// The items of an article are labelled with the article's whole label,
// whether the article has a title or not, and whether it is an
// assignment itself or a section above assignments.
func TestParseArticleItemLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // tasks, as structSummary gives them
	}{
		{
			name: "titled article above assignments",
			text: qdDoc("Điều 2. Tổ chức thực hiện\n" +
				"1. Sở Y tế chủ trì tổ chức tiêm bổ sung trước ngày 30/6/2024.\n" +
				"2. Sở Tài chính bố trí kinh phí trước ngày 15/5/2024.\n"),
			want: []string{
				"Điều 2.1.1 | Sở Y tế |  | 2024-06-30 | ",
				"Điều 2.2.1 | Sở Tài chính |  | 2024-05-15 | ",
			},
		},
		{
			name: "untitled article above assignments",
			text: qdDoc("Điều 2.\n" +
				"1. Sở Nội vụ hướng dẫn các huyện trước ngày 15/5/2024.\n" +
				"2. Sở Tư pháp thẩm định hồ sơ.\n"),
			want: []string{
				"Điều 2.1.1 | Sở Nội vụ |  | 2024-05-15 | ",
				"Điều 2.2.1 | Sở Tư pháp |  |  | ",
			},
		},
		{
			// The article charges its body; its clauses (khoản), which
			// name no body of their own, are the article's tasks: one
			// assignment (as the corpus gold 5c600e2251eec56f reads
			// "Điều 4. Trách nhiệm của Giám đốc Sở …" over "1. … 2. …").
			name: "titled article that charges a body",
			text: qdDoc("Điều 2. Trách nhiệm của Sở Nội vụ\n" +
				"1. Hướng dẫn các huyện trước ngày 15/5/2024.\n" +
				"2. Tổng hợp kết quả, báo cáo UBND tỉnh.\n"),
			want: []string{
				"Điều 2.1 | Sở Nội vụ |  | 2024-05-15 | ",
				"Điều 2.2 | Sở Nội vụ |  |  | ",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p2Save(tt.name, tt.text)
			d, err := Parse(tt.text, nil)
			if err != nil {
				t.Fatal(err)
			}
			var labels []string
			for _, a := range d.Assignments {
				labels = append(labels, a.Label)
			}
			if diff := cmp.Diff(tt.want, structSummary(d)); diff != "" {
				t.Errorf("(-want +got):\n%s\nassignments %q", diff, labels)
			}
		})
	}
}

// A name the registry knows whole ends where the registry says, however
// many lower-case words it holds after a capitalised one; a word folded
// like a name word but written otherwise ends it.
// TestDescribedSubjects: the subject of a duty named by what it is and
// does — a capitalised collective noun without "các" and its description,
// or a "các" collective and an active relative — runs to the duty ("có
// trách nhiệm", "chịu trách nhiệm"); a clause of circumstance, a modal or
// "và" before the duty ends it or leaves the collective alone.
func TestDescribedSubjects(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công có trách nhiệm cập nhật đầy đủ.",
			[]string{"Cơ quan, tổ chức, đơn vị trực tiếp quản lý, sử dụng tài sản công"}},
		{"Cơ quan quản lý cấp trên có trách nhiệm rà soát, kiểm tra.", []string{"Cơ quan quản lý cấp trên"}},
		{"Cơ quan, tổ chức, đơn vị cấp trên và Uỷ ban nhân dân cấp xã có trách nhiệm chỉ đạo.",
			[]string{"Cơ quan, tổ chức, đơn vị cấp trên", "Uỷ ban nhân dân cấp xã"}},
		{"Tổ chức, cá nhân khi phát hiện di vật có trách nhiệm báo ngay.", []string{"Tổ chức, cá nhân"}},
		{"Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử theo quy định tại Nghị quyết này có trách nhiệm thực hiện đúng định mức.",
			[]string{"Các cơ quan, tổ chức, đơn vị, cá nhân thực hiện nhiệm vụ phục vụ công tác bầu cử theo quy định tại Nghị quyết này"}},
		{"Các sở, ngành triển khai thực hiện và có trách nhiệm báo cáo.", []string{"Các sở, ngành"}},
		// The socio-political organisations, the training institutions
		// and "the rest" close collectives; a heading that is its
		// parties may end with a full stop.
		{"Các Sở, ban, ngành và các đoàn thể chính trị - xã hội quy định số lượng khen thưởng.",
			[]string{"Các Sở, ban, ngành", "các đoàn thể chính trị - xã hội"}},
		{"Các cơ sở đào tạo xây dựng kế hoạch.", []string{"Các cơ sở đào tạo"}},
		{"Các cơ quan, tổ chức, đơn vị còn lại.", []string{"Các cơ quan, tổ chức, đơn vị còn lại"}},
		// A title alone names the persons holding it, with its plural.
		{"Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị định này.",
			[]string{"Các Bộ trưởng", "cơ quan ngang bộ"}},
		// The tiers of one place: "… các cấp thành phố Hà Nội".
		{"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà Nội tham gia giám sát.",
			[]string{"Ủy ban Mặt trận Tổ quốc Việt Nam các cấp thành phố Hà Nội"}},
		// No duty: a collective noun alone is no party.
		{"Cơ quan, tổ chức, đơn vị thực hiện theo quy định.", nil},
	} {
		doc := layout.ReadWith(tt.in, layoutOptions(agency.Default()))
		r := &reader{doc: doc, opts: &ParseOptions{}, reg: agency.Default()}
		g := doc.Paras[0].Key
		c := chargeReader{r: r, f: &doc.Key, t: doc.Key.Text, g: g, accented: doc.Accented}
		c.parties = c.partiesOf(g)
		ps, _, _ := c.clause(g.A)
		var got []string
		for _, p := range ps {
			got = append(got, p.Name)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("clause(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestPartyKnownNameEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh tham mưu tổng hợp ý kiến.",
			[]string{"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"}},
		{"Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Giám đốc Sở Nội vụ thực hiện.",
			[]string{"Chánh Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "Giám đốc Sở Nội vụ"}},
		{"Sở Tài chính tính toán kinh phí.", []string{"Sở Tài chính"}},
		{"Sở Nông nghiệp và Phát triển nông thôn hướng dẫn.", []string{"Sở Nông nghiệp và Phát triển nông thôn"}},
		// The parts of a name that commas or "và" separate, between two
		// parties of a list, are the name's own; the list goes on.
		{"Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Chánh Văn phòng Bộ", "Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán", "Thủ trưởng các đơn vị thuộc Bộ"}},
		{"Cục trưởng Cục Văn hóa cơ sở, Gia đình và Thư viện, Thủ trưởng các Cục, Vụ chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Cục trưởng Cục Văn hóa cơ sở, Gia đình và Thư viện", "Thủ trưởng các Cục, Vụ"}},
		{"Cục trưởng Cục Quản lý nhà và thị trường bất động sản, Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ Xây dựng chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Cục trưởng Cục Quản lý nhà và thị trường bất động sản", "Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ Xây dựng"}},
		// A title shared by the bodies after its colon, up to a
		// semicolon.
		{"Giám đốc các sở; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công báo - Tin học tỉnh; Chủ tịch UBND cấp xã chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Giám đốc các sở", "Giám đốc: Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Công báo - Tin học tỉnh", "Chủ tịch UBND cấp xã"}},
		// The persons who serve a body, described, and a collective
		// joined after them by "và".
		{"Thủ trưởng các đơn vị trực thuộc Kiểm toán nhà nước, cán bộ, công chức của Kiểm toán nhà nước và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
			[]string{"Thủ trưởng các đơn vị trực thuộc Kiểm toán nhà nước", "cán bộ, công chức của Kiểm toán nhà nước", "các tổ chức, cá nhân có liên quan"}},
		// Not a part of a name: a verb after the comma.
		{"Sở Tài chính, hướng dẫn các đơn vị, Sở Nội vụ thực hiện.", []string{"Sở Tài chính"}},
	} {
		got := openingParties(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("partyListAt(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestFieldLabelCharges: the bodies after the label of a field that says
// whom the text concerns ("Đối tượng:", "Phạm vi:") are not charged; after
// a label that is no section word they are.
func TestFieldLabelCharges(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Đối tượng: Sở Y tế, Ủy ban Mặt trận Tổ quốc và các doanh nghiệp trên địa bàn tỉnh.", nil},
		{"Phạm vi: Sở Y tế và các bệnh viện trực thuộc.", nil},
		{"Đơn vị thực hiện: Sở Y tế chủ trì.", []string{"Sở Y tế"}},
	} {
		doc := layout.ReadWith(c.text, layoutOptions(agency.Default()))
		r := &reader{doc: doc, opts: &ParseOptions{}, reg: agency.Default()}
		var got []string
		for _, p := range r.charges(doc.Paras[0].Key, doc.Accented).lead {
			got = append(got, p.Name)
		}
		if !cmp.Equal(c.want, got) {
			t.Errorf("%q: charged %q; want %q", c.text, got, c.want)
		}
	}
}

// TestCoopWithManner: the role of cooperation is read with the manner
// written between it and its parties ("Phối hợp chặt chẽ với Sở …"), so
// the parties after it cooperate.
func TestCoopWithManner(t *testing.T) {
	for _, s := range []string{"Phối hợp chặt chẽ với Sở Tài chính trong quá trình thực hiện.", "Sở Y tế phối hợp chặt chẽ với Sở Tài chính."} {
		doc := layout.ReadWith(s, layoutOptions(agency.Default()))
		r := &reader{doc: doc, opts: &ParseOptions{}, reg: agency.Default()}
		ch := r.charges(doc.Paras[0].Key, doc.Accented)
		var coop []string
		for _, p := range ch.coop {
			coop = append(coop, p.Name)
		}
		if !cmp.Equal([]string{"Sở Tài chính"}, coop) && !(len(ch.lead) > 0 && ch.lead[0].Name == "Sở Tài chính") {
			t.Errorf("%q: lead %v, cooperating %q; want Sở Tài chính read after the role", s, partyNamesOf(ch.lead), coop)
		}
	}
}

func partyNamesOf(ps []party) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

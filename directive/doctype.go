package directive

import (
	"fmt"
	"strings"

	"github.com/chidao/chidao/internal/vntext"
)

// A DocType is the type of a document (tên loại văn bản). The zero DocType is
// DocUnknown.
//
// The administrative types and their codes are those of Appendix III of
// Decree 30/2020/NĐ-CP on clerical work (Phụ lục III, "Bảng chữ viết tắt tên
// loại văn bản hành chính và bản sao văn bản"; source: Nghị định
// 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, Phụ lục III, mục I). Hợp đồng
// and Công điện carry the codes HĐ and CĐ as the issue text and common usage
// give them; the printed table leaves their cells blank (unconfirmed in the
// Decree itself). The legal-document types (Luật, Nghị định, Thông tư, …)
// are those of the Law on Promulgation of Legal Documents 2015 (Luật Ban
// hành văn bản quy phạm pháp luật số 80/2015/QH13, Art. 4), with the codes
// used in their numbers ("30/2020/NĐ-CP", "01/2023/TT-VPCP", "05/2022/TTLT-…").
type DocType uint8

// The document types.
const (
	DocUnknown DocType = iota

	// Administrative documents, Appendix III of Decree 30/2020/NĐ-CP.
	DocResolution     // Nghị quyết, NQ (cá biệt; legal when the number carries a year)
	DocDecision       // Quyết định, QĐ (cá biệt; legal when the number carries a year)
	DocDirective      // Chỉ thị, CT
	DocRegulation     // Quy chế, QC
	DocRule           // Quy định, QyĐ
	DocCommunique     // Thông cáo, TC
	DocNotice         // Thông báo, TB
	DocGuidance       // Hướng dẫn, HD
	DocProgramme      // Chương trình, CTr
	DocPlan           // Kế hoạch, KH
	DocOption         // Phương án, PA
	DocScheme         // Đề án, ĐA
	DocProject        // Dự án, DA
	DocReport         // Báo cáo, BC
	DocMinutes        // Biên bản, BB
	DocSubmission     // Tờ trình, TTr
	DocContract       // Hợp đồng, HĐ
	DocTelegram       // Công điện, CĐ
	DocMemorandum     // Bản ghi nhớ, BGN
	DocAgreement      // Bản thỏa thuận, BTT
	DocAuthorization  // Giấy ủy quyền, GUQ
	DocInvitation     // Giấy mời, GM
	DocIntroduction   // Giấy giới thiệu, GGT
	DocLeave          // Giấy nghỉ phép, GNP
	DocSendingSlip    // Phiếu gửi, PG
	DocTransferSlip   // Phiếu chuyển, PC
	DocNoticeSlip     // Phiếu báo, PB
	DocCopy           // Bản sao y, SY
	DocExtract        // Bản trích sao, TrS
	DocTranscript     // Bản sao lục, SL
	DocOfficialLetter // Công văn: no type code; the subject is a "V/v" line
	DocConclusion     // Kết luận, KL (Party documents: "30-KL/TW")

	// Legal documents (văn bản quy phạm pháp luật).
	DocConstitution    // Hiến pháp
	DocCode            // Bộ luật
	DocLaw             // Luật (number "45/2019/QH14")
	DocOrdinance       // Pháp lệnh, PL
	DocOrder           // Lệnh, L
	DocDecree          // Nghị định, NĐ
	DocCircular        // Thông tư, TT
	DocJointCircular   // Thông tư liên tịch, TTLT
	DocJointResolution // Nghị quyết liên tịch, NQLT
	DocConsolidated    // Văn bản hợp nhất, VBHN
	docTypeEnd
)

type docTypeInfo struct {
	code   string // the code in a number, "" when the type has none
	name   string // the Vietnamese name
	folded string // the name folded (vntext.Fold; TestDocTypeFolded checks it)
	legal  bool   // only ever a legal document
}

// docTypes is indexed by DocType.
var docTypes = [...]docTypeInfo{
	DocUnknown:         {"", "", "", false},
	DocResolution:      {"NQ", "Nghị quyết", "nghi quyet", false},
	DocDecision:        {"QĐ", "Quyết định", "quyet dinh", false},
	DocDirective:       {"CT", "Chỉ thị", "chi thi", false},
	DocRegulation:      {"QC", "Quy chế", "quy che", false},
	DocRule:            {"QyĐ", "Quy định", "quy dinh", false},
	DocCommunique:      {"TC", "Thông cáo", "thong cao", false},
	DocNotice:          {"TB", "Thông báo", "thong bao", false},
	DocGuidance:        {"HD", "Hướng dẫn", "huong dan", false},
	DocProgramme:       {"CTr", "Chương trình", "chuong trinh", false},
	DocPlan:            {"KH", "Kế hoạch", "ke hoach", false},
	DocOption:          {"PA", "Phương án", "phuong an", false},
	DocScheme:          {"ĐA", "Đề án", "de an", false},
	DocProject:         {"DA", "Dự án", "du an", false},
	DocReport:          {"BC", "Báo cáo", "bao cao", false},
	DocMinutes:         {"BB", "Biên bản", "bien ban", false},
	DocSubmission:      {"TTr", "Tờ trình", "to trinh", false},
	DocContract:        {"HĐ", "Hợp đồng", "hop dong", false},
	DocTelegram:        {"CĐ", "Công điện", "cong dien", false},
	DocMemorandum:      {"BGN", "Bản ghi nhớ", "ban ghi nho", false},
	DocAgreement:       {"BTT", "Bản thỏa thuận", "ban thoa thuan", false},
	DocAuthorization:   {"GUQ", "Giấy ủy quyền", "giay uy quyen", false},
	DocInvitation:      {"GM", "Giấy mời", "giay moi", false},
	DocIntroduction:    {"GGT", "Giấy giới thiệu", "giay gioi thieu", false},
	DocLeave:           {"GNP", "Giấy nghỉ phép", "giay nghi phep", false},
	DocSendingSlip:     {"PG", "Phiếu gửi", "phieu gui", false},
	DocTransferSlip:    {"PC", "Phiếu chuyển", "phieu chuyen", false},
	DocNoticeSlip:      {"PB", "Phiếu báo", "phieu bao", false},
	DocCopy:            {"SY", "Bản sao y", "ban sao y", false},
	DocExtract:         {"TrS", "Bản trích sao", "ban trich sao", false},
	DocTranscript:      {"SL", "Bản sao lục", "ban sao luc", false},
	DocOfficialLetter:  {"", "Công văn", "cong van", false},
	DocConclusion:      {"KL", "Kết luận", "ket luan", false},
	DocConstitution:    {"", "Hiến pháp", "hien phap", true},
	DocCode:            {"", "Bộ luật", "bo luat", true},
	DocLaw:             {"", "Luật", "luat", true},
	DocOrdinance:       {"PL", "Pháp lệnh", "phap lenh", true},
	DocOrder:           {"L", "Lệnh", "lenh", true},
	DocDecree:          {"NĐ", "Nghị định", "nghi dinh", true},
	DocCircular:        {"TT", "Thông tư", "thong tu", true},
	DocJointCircular:   {"TTLT", "Thông tư liên tịch", "thong tu lien tich", true},
	DocJointResolution: {"NQLT", "Nghị quyết liên tịch", "nghi quyet lien tich", true},
	DocConsolidated:    {"VBHN", "Văn bản hợp nhất", "van ban hop nhat", true},
}

// codeAliases are codes seen in real numbers that name a known type with a
// qualifier: "62/KHPH-…" is a Kế hoạch phối hợp, "…/QCPH-…" a Quy chế phối
// hợp. Older codes replaced by Decree 30/2020 (Circular 01/2011/TT-BNV: GN,
// TTh, UQ, NP) are still met in cited documents.
var codeAliases = [...]struct {
	code string
	t    DocType
}{
	{"KHPH", DocPlan},
	{"KHLT", DocPlan},
	{"QCPH", DocRegulation},
	{"QCLT", DocRegulation},
	{"CTPH", DocProgramme},
	{"CTRPH", DocProgramme},
	{"TBKL", DocNotice},
	{"TB-KL", DocNotice},
	{"GN", DocMemorandum},
	{"TTh", DocAgreement},
	{"UQ", DocAuthorization},
	{"NP", DocLeave},
	{"QyD", DocRule},
}

// String returns the Vietnamese name of t ("Chỉ thị", "Nghị định"), or "" for
// DocUnknown.
func (t DocType) String() string {
	if t < docTypeEnd {
		return docTypes[t].name
	}
	return ""
}

// Code returns the code of t in a document number ("CT", "QyĐ", "NĐ"), or ""
// when the type has none (Công văn, Luật, DocUnknown).
func (t DocType) Code() string {
	if t < docTypeEnd {
		return docTypes[t].code
	}
	return ""
}

// IsLegal reports whether t is only ever a legal document (văn bản quy phạm
// pháp luật): Luật, Nghị định, Thông tư, …. A Nghị quyết or Quyết định is a
// legal document when its number carries a year; see [Number.IsLegal].
func (t DocType) IsLegal() bool { return t < docTypeEnd && docTypes[t].legal }

// IsValid reports whether t is a known type other than DocUnknown.
func (t DocType) IsValid() bool { return t > DocUnknown && t < docTypeEnd }

// MarshalText implements encoding.TextMarshaler with the Vietnamese name.
func (t DocType) MarshalText() ([]byte, error) {
	if t >= docTypeEnd {
		return nil, fmt.Errorf("directive: invalid DocType %d", t)
	}
	return []byte(t.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts a Vietnamese
// name ("Chỉ thị", "chi thi") or a code ("CT"); empty text is DocUnknown.
func (t *DocType) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = DocUnknown
		return nil
	}
	v, ok := DocTypeFromName(string(b))
	if !ok {
		v, ok = DocTypeFromCode(string(b))
	}
	if !ok {
		return fmt.Errorf("directive: unknown document type %q", b)
	}
	*t = v
	return nil
}

// DocTypeFromName returns the type named by a Vietnamese name, ignoring case
// and diacritics except that "Đề án" and "Dự án" stay apart.
func DocTypeFromName(s string) (DocType, bool) {
	f := vntext.String(s)
	for i := DocType(1); i < docTypeEnd; i++ {
		if docTypes[i].name == s {
			return i, true
		}
	}
	for i := DocType(1); i < docTypeEnd; i++ {
		if docTypes[i].folded == f {
			return i, true
		}
	}
	return DocUnknown, false
}

// DocTypeFromCode returns the type a number's code names: an Appendix III
// code ("CT", "QyĐ"), a legal-document code ("NĐ", "TT", "TTLT"), or a known
// qualified form ("KHPH" is a Kế hoạch phối hợp). The exact code wins; then
// case is ignored ("Ctr", "QYĐ"); then Đ and D are taken as equal ("QD" is
// QĐ) when that leaves one type.
func DocTypeFromCode(code string) (DocType, bool) {
	if code == "" {
		return DocUnknown, false
	}
	for i := DocType(1); i < docTypeEnd; i++ {
		if docTypes[i].code == code {
			return i, true
		}
	}
	for _, a := range codeAliases {
		if a.code == code {
			return a.t, true
		}
	}
	for i := DocType(1); i < docTypeEnd; i++ {
		if c := docTypes[i].code; c != "" && strings.EqualFold(c, code) {
			return i, true
		}
	}
	for _, a := range codeAliases {
		if strings.EqualFold(a.code, code) {
			return a.t, true
		}
	}
	f := foldCode(code)
	found := DocUnknown
	for i := DocType(1); i < docTypeEnd; i++ {
		if c := docTypes[i].code; c != "" && foldCode(c) == f {
			if found != DocUnknown {
				return DocUnknown, false
			}
			found = i
		}
	}
	return found, found != DocUnknown
}

// foldCode upper-cases a code and writes Đ as D.
func foldCode(s string) string {
	s = strings.ToUpper(s)
	return strings.ReplaceAll(s, "Đ", "D")
}

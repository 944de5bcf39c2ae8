package agency

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/chidao/chidao/internal/vntext"
)

// enumString returns names[v] when v is in range, and "" otherwise.
func enumString(names []string, v int) string {
	if v < 0 || v >= len(names) {
		return ""
	}
	return names[v]
}

// enumParse finds s among names, ignoring case, and failing an exact match
// ignoring diacritics too; index 0 (unknown) matches only the empty string.
func enumParse(typ string, names []string, s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	exact := strings.ToLower(norm.NFC.String(s))
	for i := 1; i < len(names); i++ {
		if strings.ToLower(names[i]) == exact {
			return i, nil
		}
	}
	f := vntext.String(s)
	for i := 1; i < len(names); i++ {
		if vntext.String(names[i]) == f {
			return i, nil
		}
	}
	return 0, fmt.Errorf("agency: unknown %s %q", typ, s)
}

// A Kind says what sort of body an agency is.
type Kind uint8

// The kinds of agency. The zero Kind is unknown.
const (
	KindUnknown           Kind = iota
	KindGovernment             // Chính phủ
	KindHead                   // an office held by one person: Thủ tướng Chính phủ
	KindMinistry               // bộ
	KindMinistryLevel          // cơ quan ngang bộ
	KindGovernmentBody         // cơ quan thuộc Chính phủ
	KindCentralUnit            // cục, vụ, tổng cục: a unit of a ministry
	KindDepartment             // sở: a specialised department of a provincial people's committee
	KindPeopleCommittee        // Ủy ban nhân dân
	KindPeopleCouncil          // Hội đồng nhân dân
	KindPolice                 // công an
	KindSocialInsurance        // bảo hiểm xã hội
	KindTax                    // thuế
	KindStateBank              // Ngân hàng Nhà nước and its branches
	KindBank                   // other banks
	KindSteeringCommittee      // ban chỉ đạo
	KindTaskForce              // tổ công tác
	KindParty                  // a body of the Communist Party: Thành ủy, Tỉnh ủy, Bộ Chính trị
	KindPress                  // báo, đài, cổng thông tin điện tử
	KindOffice                 // văn phòng
	KindOfficeUnit             // phòng: a unit of an office or department
	KindLegislature            // Quốc hội
	KindFront                  // Mặt trận Tổ quốc
	KindEnterprise             // doanh nghiệp: Bưu điện, tổng công ty
	KindServiceUnit            // đơn vị sự nghiệp: trung tâm, viện
	KindInspectorate           // thanh tra
	KindBoard                  // ban (not a steering committee): ban quản lý
	KindCourt                  // tòa án
	KindProcuracy              // viện kiểm sát
	KindAudit                  // kiểm toán nhà nước
)

var kindNames = []string{
	"",
	"Chính phủ",
	"người đứng đầu",
	"bộ",
	"cơ quan ngang bộ",
	"cơ quan thuộc Chính phủ",
	"đơn vị thuộc bộ",
	"sở",
	"Ủy ban nhân dân",
	"Hội đồng nhân dân",
	"công an",
	"bảo hiểm xã hội",
	"thuế",
	"Ngân hàng Nhà nước",
	"ngân hàng",
	"ban chỉ đạo",
	"tổ công tác",
	"cơ quan Đảng",
	"báo chí",
	"văn phòng",
	"phòng",
	"Quốc hội",
	"Mặt trận Tổ quốc",
	"doanh nghiệp",
	"đơn vị sự nghiệp",
	"thanh tra",
	"ban",
	"tòa án",
	"viện kiểm sát",
	"kiểm toán nhà nước",
}

// String returns the Vietnamese name of the kind ("sở", "công an", …), or ""
// for an unknown kind.
func (k Kind) String() string { return enumString(kindNames, int(k)) }

// MarshalText returns the Vietnamese name of the kind.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText parses a Vietnamese kind name, ignoring case and diacritics.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := enumParse("kind", kindNames, string(b))
	if err != nil {
		return err
	}
	*k = Kind(v)
	return nil
}

// A Level is the tier of the administration an agency belongs to.
type Level uint8

// The levels. The zero Level is unknown.
const (
	LevelUnknown  Level = iota
	LevelCentral        // trung ương
	LevelProvince       // cấp tỉnh
	LevelDistrict       // cấp huyện (abolished from 1 July 2025)
	LevelCommune        // cấp xã
)

var levelNames = []string{"", "trung ương", "cấp tỉnh", "cấp huyện", "cấp xã"}

// String returns the Vietnamese name of the level ("cấp tỉnh"), or "" for an
// unknown level.
func (l Level) String() string { return enumString(levelNames, int(l)) }

// MarshalText returns the Vietnamese name of the level.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText parses a Vietnamese level name, ignoring case and diacritics.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := enumParse("level", levelNames, string(b))
	if err != nil {
		return err
	}
	*l = Level(v)
	return nil
}

// A Role is the part an agency plays in a task.
type Role uint8

// The roles. The zero Role is unknown.
const (
	RoleUnknown     Role = iota
	RoleLead             // chủ trì: leads the task and answers for it
	RoleCooperating      // phối hợp: works with the lead
	RoleGuiding          // hướng dẫn: gives professional guidance
	RoleAdvising         // tham mưu: advises the issuing authority
	RoleMonitoring       // theo dõi: follows the progress
	RoleUrging           // đôn đốc: presses the others to finish on time
)

var roleNames = []string{"", "chủ trì", "phối hợp", "hướng dẫn", "tham mưu", "theo dõi", "đôn đốc"}

// String returns the Vietnamese verb of the role ("chủ trì"), or "" for an
// unknown role.
func (r Role) String() string { return enumString(roleNames, int(r)) }

// MarshalText returns the Vietnamese verb of the role.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText parses a role verb with [ParseRole].
func (r *Role) UnmarshalText(b []byte) error {
	v, err := ParseRole(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRole returns the role named by a Vietnamese verb, ignoring case and
// diacritics: "chủ trì", "phối hợp", "hướng dẫn", "tham mưu", "theo dõi",
// "đôn đốc". The empty string is RoleUnknown.
func ParseRole(s string) (Role, error) {
	v, err := enumParse("role", roleNames, s)
	return Role(v), err
}

// RoleAt reports the role verb that starts at byte offset i of text, if any,
// and the byte offset just after it. It matches whole words, ignoring case and
// diacritics, so a parser can ask what a clause opens with ("Chủ trì, phối hợp
// với …" opens with RoleLead).
func RoleAt(text string, i int) (Role, int) {
	if i < 0 || i > len(text) {
		return RoleUnknown, i
	}
	var buf [64]byte
	var orig [65]int32
	end := min(len(text), i+48)
	f := vntext.FoldInto(buf[:0], orig[:0], text[i:end])
	for r := 1; r < len(roleNames); r++ {
		w := vntext.String(roleNames[r])
		if len(f.Text) >= len(w) && f.Text[:len(w)] == w &&
			(len(f.Text) == len(w) || !vntext.IsLetter(f.Text[len(w)]) && !vntext.IsDigit(f.Text[len(w)])) {
			return Role(r), i + f.Orig(len(w))
		}
	}
	return RoleUnknown, i
}

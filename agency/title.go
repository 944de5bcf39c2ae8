package agency

// A Title is the position of a person named in front of an agency in an
// assignment ("Thủ trưởng các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân
// các quận, huyện"). A [Mention] keeps the title apart from the agency.
type Title uint8

// The titles. The zero Title means no title.
const (
	TitleNone                  Title = iota
	TitleHead                        // Thủ trưởng
	TitleLeader                      // người đứng đầu
	TitleChairman                    // Chủ tịch (CT)
	TitleViceChairman                // Phó Chủ tịch (PCT)
	TitleDirector                    // Giám đốc
	TitleDeputyDirector              // Phó Giám đốc
	TitleChief                       // Trưởng (of a Ban or Phòng: "Trưởng Ban Chỉ đạo")
	TitleDeputyChief                 // Phó Trưởng
	TitleMinister                    // Bộ trưởng
	TitleDeputyMinister              // Thứ trưởng
	TitleChiefOfOffice               // Chánh Văn phòng (CVP)
	TitleDeputyChiefOfOffice         // Phó Chánh Văn phòng (PCVP)
	TitleSecretary                   // Bí thư
	TitleDeputySecretary             // Phó Bí thư
	TitleStanding                    // Thường trực (TT): the standing board of a council or Party committee
	TitleMember                      // Thành viên
	TitlePrimeMinister               // Thủ tướng
	TitleDeputyPrimeMinister         // Phó Thủ tướng
	TitleChairmanOfOffice            // Chủ nhiệm (of the Government Office)
	TitleViceChairmanOfOffice        // Phó Chủ nhiệm
	TitleDirectorGeneral             // Cục trưởng
	TitleDeputyDirectorGeneral       // Phó Cục trưởng
	TitleDelegate                    // Đại biểu (of a Hội đồng nhân dân or the Quốc hội)
	TitleLeadership                  // lãnh đạo: the leaders of a body ("lãnh đạo các Bộ, ngành")
	TitleDepartmentHead              // Vụ trưởng: the head of a ministry's Vụ
	TitleDeputyDepartmentHead        // Phó Vụ trưởng
	TitleGeneralDepartmentHead       // Tổng Cục trưởng: the head of a Tổng cục
	TitleGovernor                    // Thống đốc (of the State Bank)
	TitleChiefInspector              // Chánh Thanh tra
	TitlePrincipal                   // Hiệu trưởng (of a school)
	TitleGeneralDirector             // Tổng Giám đốc
)

var titleNames = []string{
	"",
	"Thủ trưởng",
	"người đứng đầu",
	"Chủ tịch",
	"Phó Chủ tịch",
	"Giám đốc",
	"Phó Giám đốc",
	"Trưởng",
	"Phó Trưởng",
	"Bộ trưởng",
	"Thứ trưởng",
	"Chánh Văn phòng",
	"Phó Chánh Văn phòng",
	"Bí thư",
	"Phó Bí thư",
	"Thường trực",
	"Thành viên",
	"Thủ tướng",
	"Phó Thủ tướng",
	"Chủ nhiệm",
	"Phó Chủ nhiệm",
	"Cục trưởng",
	"Phó Cục trưởng",
	"Đại biểu",
	"Lãnh đạo",
	"Vụ trưởng",
	"Phó Vụ trưởng",
	"Tổng Cục trưởng",
	"Thống đốc",
	"Chánh Thanh tra",
	"Hiệu trưởng",
	"Tổng Giám đốc",
}

// String returns the Vietnamese title ("Phó Chủ tịch"), or "" for TitleNone.
func (t Title) String() string { return enumString(titleNames, int(t)) }

// MarshalText returns the Vietnamese title.
func (t Title) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText parses a Vietnamese title, ignoring case and diacritics
// ("Thủ trưởng" and "Thứ trưởng" differ only in their tone: an unaccented
// "thu truong" is read as Thủ trưởng).
func (t *Title) UnmarshalText(b []byte) error {
	v, err := enumParse("title", titleNames, string(b))
	if err != nil {
		return err
	}
	*t = Title(v)
	return nil
}

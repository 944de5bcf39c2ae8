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

// titlePhrase is one way a title is written, as canonical tokens (see
// canon.go), and whether it is an abbreviation, which counts only when an
// agency follows.
type titlePhrase struct {
	words  string
	title  Title
	abbrev bool
}

// titlePhrases lists the written forms of the titles, sorted by words. Abbreviations are those of the distribution lists
// ("CT, PCT UBND TP", "CVP, các PCVP", "TTgCP, các PTTgCP").
var titlePhrases = []titlePhrase{
	{"bi thu", TitleSecretary, false},
	{"bo truong", TitleMinister, false},
	{"btcn", TitleChairmanOfOffice, true},
	{"chanh van phong", TitleChiefOfOffice, false},
	{"chu nhiem", TitleChairmanOfOffice, false},
	{"chu tich", TitleChairman, false},
	{"ct", TitleChairman, true},
	{"cuc truong", TitleDirectorGeneral, false},
	{"cvp", TitleChiefOfOffice, true},
	{"gd", TitleDirector, true},
	{"giam doc", TitleDirector, false},
	{"nguoi dung dau", TitleLeader, false},
	{"pcn", TitleViceChairmanOfOffice, true},
	{"pct", TitleViceChairman, true},
	{"pcvp", TitleDeputyChiefOfOffice, true},
	{"pgd", TitleDeputyDirector, true},
	{"pho bi thu", TitleDeputySecretary, false},
	{"pho chanh van phong", TitleDeputyChiefOfOffice, false},
	{"pho chu nhiem", TitleViceChairmanOfOffice, false},
	{"pho chu tich", TitleViceChairman, false},
	{"pho cuc truong", TitleDeputyDirectorGeneral, false},
	{"pho giam doc", TitleDeputyDirector, false},
	{"pho thu tuong", TitleDeputyPrimeMinister, false},
	{"pho truong", TitleDeputyChief, false},
	{"pttg", TitleDeputyPrimeMinister, true},
	{"thanh vien", TitleMember, false},
	{"thu truong", TitleHead, false}, // Thủ trưởng / Thứ trưởng: told apart by tone, see titleAt
	{"thu tuong", TitlePrimeMinister, false},
	{"thuong truc", TitleStanding, false},
	{"truong", TitleChief, false},
	{"tt", TitleStanding, true},
	{"ttg", TitlePrimeMinister, true},
}

// titleRange returns the range of titlePhrases whose phrases start with
// the word w (a switch, checked against the table by a test).
func titleRange(w string) (int, int) {
	switch w {
	case "bi":
		return 0, 1
	case "bo":
		return 1, 2
	case "btcn":
		return 2, 3
	case "chanh":
		return 3, 4
	case "chu":
		return 4, 6
	case "ct":
		return 6, 7
	case "cuc":
		return 7, 8
	case "cvp":
		return 8, 9
	case "gd":
		return 9, 10
	case "giam":
		return 10, 11
	case "nguoi":
		return 11, 12
	case "pcn":
		return 12, 13
	case "pct":
		return 13, 14
	case "pcvp":
		return 14, 15
	case "pgd":
		return 15, 16
	case "pho":
		return 16, 24
	case "pttg":
		return 24, 25
	case "thanh":
		return 25, 26
	case "thu":
		return 26, 28
	case "thuong":
		return 28, 29
	case "truong":
		return 29, 30
	case "tt":
		return 30, 31
	case "ttg":
		return 31, 32
	}
	return 0, 0
}

package seeds

import _ "embed"

//go:embed haiphong-bcd-de-an-06-2024.txt
var haiPhongDeAn06 string

// HaiPhongDeAn06Text returns the text of the seed directive: the Hải Phòng
// steering committee's 2024 directive on implementing Chỉ thị số 04/CT-TTg
// ngày 11/02/2024 (Đề án 06), as converted from the published document. It
// is a draft copy: the number and the day of issue are left blank.
func HaiPhongDeAn06Text() string { return haiPhongDeAn06 }

// Package seeds holds chidao's seed document: a 2024 directive of the Hải
// Phòng steering committee for Đề án 06 implementing Chỉ thị 04/CT-TTg,
// embedded in the binary as the text received from the issuing body.
package seeds

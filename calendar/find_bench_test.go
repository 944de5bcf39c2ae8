package calendar_test

import (
	"testing"

	"github.com/chidao/chidao/calendar"
	"github.com/chidao/chidao/seeds"
)

var typicalPhrases = []string{
	"trước ngày 30/6/2024",
	"Hải Phòng, ngày 05 tháng 01 năm 2024",
	"quý III/2024",
	"hằng tháng",
	"trong vòng 30 ngày kể từ ngày ký",
	"trước ngày 15 hằng tháng",
	"giai đoạn 2022-2025",
	"6 tháng đầu năm 2024",
}

func BenchmarkParse(b *testing.B) {
	ref := calendar.Date{Year: 2024, Month: 3, Day: 1}
	for _, s := range typicalPhrases {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := calendar.Parse(s, ref); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFindAllSeed(b *testing.B) {
	text := seeds.HaiPhongDeAn06Text()
	ref := calendar.Date{Year: 2024, Month: 1, Day: 1}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		calendar.FindAll(text, ref)
	}
}

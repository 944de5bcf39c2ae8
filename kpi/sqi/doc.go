// Package sqi computes the service-quality index of Decision 766/QĐ-TTg
// (23 June 2022) of the Prime Minister, "Bộ chỉ số chỉ đạo, điều hành và đánh
// giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành
// chính, dịch vụ công theo thời gian thực trên môi trường điện tử" — the index
// the seed directive cites.
//
// The index has five groups worth 100 points in total: công khai, minh bạch
// (18), tiến độ, kết quả giải quyết (20), cung cấp dịch vụ trực tuyến (22),
// số hóa hồ sơ (22) and mức độ hài lòng (18). Each indicator is a ratio of
// counts (hồ sơ, thủ tục); it scores its maximum when the ratio reaches its
// full-score threshold and proportionally below it. The total is graded Xuất
// sắc, Tốt, Khá, Trung bình or Yếu.
//
// All arithmetic is exact, on integers: an indicator's score is rounded once
// to 0,0001 point (half away from zero), and groups and the total are exact
// sums of those scores.
//
// Sources and what is confirmed: the decision's text (thuviennhadat.vn,
// https://thuviennhadat.vn/vbpl/quyet-dinh-766-qd-ttg-2022-bo-chi-so-danh-gia-chat-luong-phuc-vu-thu-tuc-hanh-chinh-dien-tu-518821.html)
// and a summary of it (baocaotaichinh.vn, "Quyết định 766/QĐ-TTg 2022 phê
// duyệt Bộ chỉ số…") confirm the five groups and the 100-point total; the
// summary gives 4 of the 18 transparency points to "Tỷ lệ thủ tục hành chính
// được cập nhật, công khai đúng hạn", 6 of the 18 satisfaction points to
// "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", and up to 20 points to
// the rate of files processed on time. The group maxima are those of chidao
// issue 5; a third-party dashboard of the index, which shows online services
// (12 points) and online payment (10 points) as separate columns, agrees with
// them (18 + 20 + 12 + 10 + 22 + 18 = 100). Every other split of points between indicators and every
// full-score threshold in [Default] is NOT confirmed from the decision's
// appendix: such entries carry Confirmed == false and a note, and callers
// should set them from the appendix they apply (see [Config]). The grading
// bands Xuất sắc (90–100) and Yếu (under 50) come from the issue; the bands
// between (Tốt from 80, Khá from 70, Trung bình from 50) are unconfirmed.
package sqi

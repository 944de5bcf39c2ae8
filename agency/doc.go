// Package agency knows who is responsible: the agencies that directives name
// (ministries, departments, people's committees, police, social insurance, …),
// the collective groups they address ("các sở, ban, ngành thành phố"), the
// roles an agency plays in a task (chủ trì, phối hợp, …), the person titles
// that precede agency names, and the 2025 reorganisation that moved the work
// of abolished agencies to their successors.
//
// # Registry
//
// A [Registry] is an immutable set of [Agency] and [Group] values, safe for
// concurrent use. [Default] returns the one shared registry of the built-in
// data: the Government and its ministries and
// ministry-level bodies before and after 1 March 2025 (Nghị quyết
// 176/2025/QH15), the central bodies named in Đề án 06 directives, the
// bodies of Hải Phòng named in the seed directive with their successors
// under Nghị định 45/2025/NĐ-CP, Hải Phòng's districts (abolished on 1 July
// 2025), and the people's committees of all provinces before and after the
// merger of 1 July 2025 (Nghị quyết 202/2025/QH15). Every entry cites its
// source; facts that could not be checked are marked Unconfirmed with a Note.
// [New] builds a registry from other data.
//
// The built-in registry's name index is generated Go data (index_gen.go,
// rewritten by go generate), so [Default] has no cost at init or at first
// use, and calling it on every parse costs no more than keeping it; the
// spellings of its words are made ready on the first FindAll, once. A
// registry made by [New] builds its index on first use, once, safely for
// concurrent callers: keep it and reuse it.
//
// # Finding names in text
//
// [Registry.FindAll] returns every agency and group mention of a text with
// its byte span, whether the registry knows it (Mention.ID set) or not (a
// well-formed name such as "Sở Ngoại vụ tỉnh Quảng Ninh" with an empty ID).
// Matching works on text folded once by internal/vntext with the marks of
// its letters kept — case, NFD, old-style tones ("hoà" = "hòa") and line
// breaks do not matter — and on canonical tokens in which full names and
// abbreviations are equal ("Ủy ban nhân dân" = "UBND", "Sở Thông tin và
// Truyền thông" = "Sở TT&TT" = "Sở Thông tin - Truyền thông"). Diacritics
// matter where the text writes them: the words of names — heads, titles,
// nouns of collectives, units of territory, the words that end a name —
// are rows of one lexicon (internal/lexicon), and the words of the
// registry's names keep their spellings, so that "Số" is not "Sở", "tính"
// not "tỉnh" ("Sở Tài chính tính toán" names "Sở Tài chính") and "Viên
// chức" no "Viện"; text written without diacritics matches by its folding.
// Collectives are read by a small grammar over the lexicon's rows ("các
// sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh", "UBND
// các huyện, thành phố"), and the bodies a collective lists after its
// colon are mentions of their own ("Các Bộ: Tài chính, Y tế"). Relative names ("Công an thành phố", "Sở Tư pháp", "các sở, ban,
// ngành") resolve in the locality given in [Options]: the provincial
// people's committee whose document is read, found from its issuer with
// [Registry.LocalityOf]. A person title before an agency ("Chủ tịch",
// "Thủ trưởng", "CT, PCT") is kept apart in Mention.Title.
// [Registry.SplitList] splits a list of agencies on commas and "và" between
// names, never inside one.
//
// # Standard provincial bodies
//
// Every province has the same departments (Sở Nội vụ, Sở Tài chính, …, and
// before 1 March 2025 Sở Thông tin và Truyền thông and the others merged
// then), the office of its people's committee, an inspectorate, a people's
// council, a police department, a women's-advancement board, an office of
// its National Assembly deputies and council, a youth union (Tỉnh Đoàn /
// Thành Đoàn) and Viettel and VNPT branches. The data writes them out for
// Hải Phòng only; for every province the registry knows they have generic
// IDs, the province's ID less ".ubnd" and a slug: "quang-ninh.so-noi-vu",
// "quang-ninh.vp-ubnd", "nghe-an.cong-an" ([Registry.StandardID]).
// [Registry.FindAll] gives them to a standard name when the province is
// written after it ("Sở Nội vụ tỉnh Quảng Ninh", "Viettel Hải Phòng") or is
// the locality of the [Options] ("Sở Nội vụ", "Công an tỉnh",
// "Chánh Văn phòng UBND tỉnh" in a Quảng Ninh document), and
// [Registry.Agency] and [Registry.HolderOn] know them, successors included.
// The Hải Phòng entries use the same slugs, so their IDs are the generic
// ones.
//
// [Mention.Known] tells a name matched whole from the registry's names
// (its end is certain) from one found by the shape of its words after a
// head such as "Sở" or "Ban".
//
// # Succession
//
// [Registry.HolderOn] answers who holds an agency's work on a day: the
// agency while it exists, then its successors — several, each with the
// functions it took, when the agency was split. [Registry.Members] expands a
// group to the agencies it stands for on a day.
//
// Names sort in Vietnamese order with [SortNames] (golang.org/x/text/collate).
package agency

// Package lexicon is the one lexicon of the words of names and charges: the
// heads of the names of bodies ("Sở", "Ủy ban nhân dân"), the titles of
// persons ("Chủ tịch", "PCT"), the nouns and qualifiers of collectives ("các
// sở, ban, ngành có liên quan"), the units of territory ("tỉnh", "huyện"),
// the words that end a name ("tham mưu", "có") and those that continue one,
// and the verbs and formulas of the charge grammar ("giao", "chủ trì",
// "phối hợp với"). agency reads names with it; the directive grammar reads
// charges with it.
//
// Each [Row] is a word or phrase written as Vietnamese writes it, with its
// diacritics, in NFC, and its [Class]; the source of each block of rows is
// a comment beside it. A new phenomenon of names or charges is a new row,
// not a code branch.
//
// A [Lexicon] matches its rows in text folded by internal/vntext with the
// marks kept ([vntext.FoldMarks]): [Lexicon.Longest] finds the longest row of
// some classes at an offset. Where the text is written with diacritics a
// row matches only if spelled alike ("tính" is not "tỉnh", "số" is not
// "sở", "hoà" is "hòa"); text written without them matches by its folding.
// The built-in lexicon ([Builtin]) is built once, on first use, and never
// changes.
package lexicon

// Package vntext is the one place where Vietnamese text is normalised for
// matching. Every parser in chidao folds its input here — NFC composition,
// lower case, diacritics and the stroke of đ removed, every kind of space
// collapsed to one ASCII space, zero-width characters dropped, typographic
// dashes and quotes made ASCII — and uses the offset map kept by [Fold] to
// report spans in the caller's own bytes, whatever form the input came in
// (NFD, NBSP, upper case, old-style tone placement such as "hoà" or "thuỷ").
//
// It also holds a small tokenizer over folded text, Roman numerals I–XII and
// the Vietnamese number words used in dates ("mồng một", "mười hai").
package vntext

// Package directivescore measures the directive parser against people: it
// scores the JSON a parser writes for a document (the directive2json
// contract of DESIGN.md) against a gold annotation (the schema of
// ANNOTATION.md, kept beside the corpus as <name>.gold.json) or against the
// publisher's metadata (meta.jsonl), and it checks any output for
// implausible results without gold.
//
// It reads both sides from their JSON into its own types (Doc), so it does
// not depend on the parser it measures.
//
// # Scores
//
// Score computes, field for field, what score_directive.py (the reference
// scorer beside ANNOTATION.md; a copy is in testdata) computes:
//
//   - number_ok: the folded numbers are equal (a null number is "");
//   - issued_ok: the issue dates are equal as (from, to): a date string
//     counts as (date, date), an expression object as its from and to,
//     anything else as (None, None);
//   - assignments and tasks: the counts on each side, [gold, got]; tasks
//     count every task and subtask;
//   - assignee F1: over the bag of folded assignee names of every
//     assignment (a name is a string or the "name" of an object);
//   - body F1: the same bags with a leading office-holder title dropped
//     (Body, Titles);
//   - time F1: over the bag of time keys of every task: (kind, due) for a
//     deadline; (kind, from, to) for a date, period, open or partial
//     expression; (kind, cadence) for a recurrence, the cadence in months
//     ("m", 3) for every month, quarter, half or year times the interval
//     (absent or 0 is 1), else (every, interval); (kind) otherwise;
//   - target F1: over the bag of (op, value rounded to 2 places);
//   - missed_times, extra_times, missed_targets: the str() of each key in
//     one bag and not the other, sorted, at most 6.
//
// An F1 is 2PR/(P+R) with the true positives counted with multiplicity
// (the smaller count of each key); two empty bags score 1, one empty bag 0.
//
// Two measures are added that the Python scorer lacks:
//
//   - cooperating F1: over the bag of folded cooperating names. Each
//     assignment contributes the set of its own cooperating names and the
//     cooperating names of all its tasks and subtasks, each name once per
//     assignment (the gold lists cooperating bodies per assignment, the
//     parser per assignment and per task);
//   - task-count error: |got tasks − gold tasks| / max(gold tasks, 1), 0 when
//     the counts agree, lower is better.
//
// Folding (Fold) is Python's fold() exactly: NFD, "đ"/"Đ" to d/D, combining
// marks dropped, lower case, every character but letters, numbers and
// "& - /" made a space, spaces collapsed.
//
// A metadata record (Meta, ParseMeta) holds the publisher's number and issue
// date ("02/12/2025") for most documents of the corpus; ScoreMeta judges
// number_ok and issued_ok against it as Score does against gold.
//
// Summary averages results over a corpus: the F1 means and the task-count
// error over the documents with gold, number and issued over the documents
// with gold or metadata. A mean over no document is reported as such
// ("n/a"), never as 1 or 0.
//
// # Name extents
//
// MatchExtents pairs each party of the gold (assignees and cooperating
// bodies, each folded name once per assignment) with the parsed party that
// is its mention: one with the same name, else one whose name holds it or
// is held by it, the closest first; spans decide where both sides have
// them. CompareExtent says how the names compare, word for word on the
// folded names without a leading title (as body F1): exact; cut (the
// parsed name misses words inside a phrase: "Trung tâm Lưu"); run-on (it
// adds words inside a phrase: "Cục Thuế trả"); split or joined at
// punctuation (the words apart are whole parts set off by a comma, a
// bracket or a dash: a list read otherwise than the gold, an apposition
// left out); other or missed. ExtentFindings add up over a corpus; the
// share of cut and run-on names is lower-is-better.
//
// # Plausibility
//
// Check looks at one parsed document and its source text without gold and
// counts what cannot be right: assignments without an assignee; party names
// that are not names (NameProblem: a digit or a date, a last word that is a
// function word or a verb, a lone head word such as "Sở" or "Cơ quan", more
// than 15 words, a table header of the document); tasks that are headings
// (IsHeading) or hold no letter; and the non-blank source bytes that lie in
// no element's span. Findings add up over a corpus and print as counts and
// shares.
package directivescore

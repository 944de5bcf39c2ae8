// Package agency knows who is responsible: the agencies that directives name
// (ministries, departments, people's committees, police, social insurance, …),
// the collective groups they address ("các sở, ban, ngành thành phố"), the
// roles an agency plays in a task (chủ trì, phối hợp, …), the person titles
// that precede agency names, and the 2025 reorganisation that moved the work
// of abolished agencies to their successors. A [Registry] resolves agency
// names found in Vietnamese text, with their byte spans.
package agency

package news.dateline.suggest;

/**
 * One word of a text: its folded form (lower case, ASCII, "sinirlioglu" for "Sinirlioğlu") and where the original
 * stands in the text, in UTF-16 code units ({@code String} indexes, as JavaScript counts).
 *
 * @param folded  what matching compares
 * @param start   the first code unit of the original word
 * @param end     one past its last code unit
 * @param capital whether the original starts with an upper-case letter
 * @param capitals whether every letter of the original is upper case, with at least two letters (an acronym)
 */
record Token(String folded, int start, int end, boolean capital, boolean capitals) {
}

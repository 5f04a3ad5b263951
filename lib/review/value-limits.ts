/**
 * How long a value the app, a plan or a report supplies may be where it is printed. The review's
 * budgeted comment, `report` and `diff` show at most this many characters of one value and say how
 * many more there were (`…(+N characters)`), so one huge name cannot flood a comment, a log or a
 * terminal. The uncut review (`review --full`) and `review --json` show every value whole.
 */

/** Longest value (name, DN, filter…) shown, in characters. */
export const COMMENT_VALUE_MAX = 300;

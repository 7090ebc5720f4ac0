/**
 * Words for dates: month names, and the phrases that make a date the closing date of applications. The
 * parser reads dates with src/ingest/read-date.ts and closing dates with src/ingest/extract-closing-date.ts.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** A sentence that gives the date applications close by. */
export const CLOSING_CUE =
  /\bclosing date\b|\bapplications? (?:must be (?:received|submitted)|close|closes|should be (?:received|submitted))\b|\b(?:deadline|closing time) for (?:applications|submissions)\b|\b(?:vacancy|advert|post|role|this) closes\b|\bclose(?:s)? (?:on|at midnight on)\b/i;

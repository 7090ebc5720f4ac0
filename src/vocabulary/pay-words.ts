/**
 * The words a document states pay in: a sum ("£27,334", "£12.50", "£30k"), how often it is paid, the cue
 * words that make a sum a salary (not a budget or a spending limit), allowances, and the grade words of a
 * pay scale line. The parser (src/ingest/extract-pay.ts) reads these; nothing else holds pay words.
 */

/** A sum of money in pounds: "£27,334", "£ 27334.00", "£30k", "£12.50". */
export const MONEY = /£\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s?(k)?\b/gi;

/** Between two sums, these make them a range: "£27,334 - £29,539", "£27,334 to £29,539". */
export const RANGE_JOIN = /^\s*(?:-|–|—|to|and)\s*$/i;

/** Between two sums, these make them a range too: "£24,780 rising to £27,312", "rising by annual increments to". */
export const RISING_TO = /\b(?:rising|increasing|progressing|up)\b[^£]{0,40}\bto\b/i;

export const PERIOD_WORDS: ReadonlyArray<readonly [period: 'year' | 'hour', words: RegExp]> = [
  ['hour', /\bper hour\b|\ban hour\b|\bhourly\b|\bp\/?h\b|\/\s?(?:hr|hour)\b/i],
  ['year', /\bper annum\b|\bp\.?\s?a\.?(?=\W|$)|\bper year\b|\ba year\b|\bannual(?:ly)?\b|\bper yr\b/i],
];

/** A sentence with a sum is about pay when it says so (or sits under a pay heading). */
export const PAY_CUE = /\bsalary\b|\bsalaries\b|\bpay\b|\bremuneration\b|\bwage\b|\bper annum\b|\bp\.a\.|\bper hour\b|\bscale point\b|\bspinal (?:column )?point\b|\bstarting\b|\bpro[- ]rata\b/i;

/** Sums that are not pay: budgets, spending limits, values handled. */
export const NOT_PAY = /\bbudget\b|\bmandate\b|\bexpenditure\b|\bspend(?:ing)?\b|\bauthori[sz](?:e|ation|ed) to\b|\bvalue of\b|\bturnover\b|\bfunding\b|\bfine\b|\bcosts?\b/i;

/** An allowance, supplement or weighting the document adds to pay. */
export const ALLOWANCE = /\ballowances?\b|\bsupplements?\b|\bweighting\b|\bshift (?:pay|premium|enhancements?)\b|\bunsocial hours (?:payment|premium|enhancements?)\b|\bon[- ]call (?:payment|allowance)\b|\bbonus\b/i;

/** Where an allowance clause starts inside a salary sentence: "… per annum plus £1,200 shift allowance". */
export const ALLOWANCE_START = /\s*(?:\bplus\b|\+|\bwith an? additional\b|\bin addition\b|\bincluding\b)\s*/i;

/** A grade-to-pay line names a grade, band, scale or point beside its sum: "Band C: £24,000 - £26,000". */
export const GRADE_WORD = /\b(?:band|grade|scale|(?:spinal )?(?:column )?point|scp|spine point|level)\s*[A-Z0-9]{1,3}\b|\b(?:PO|SO|SC)\s?\d{1,2}\b/i;

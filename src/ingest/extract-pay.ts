/**
 * Pay: the salary range or point as written with its sums in pounds and period, allowances as written, and
 * grade-to-pay lines. A sum is pay when its sentence says so (salary, per annum, per hour, ...) or it sits
 * under a pay heading; budgets and spending limits never are. Nothing stated gives null, never a figure from
 * elsewhere. The words are in src/vocabulary/pay-words.ts.
 */
import type { Evidence, Item, Pay, PayPeriod } from '../profile/role-profile.ts';
import { ALLOWANCE, ALLOWANCE_START, GRADE_WORD, MONEY, NOT_PAY, PAY_CUE, PERIOD_WORDS, RANGE_JOIN, RISING_TO } from '../vocabulary/pay-words.ts';
import { documentSentences, linesUnder } from './document-sentences.ts';
import type { ExtractContext } from './extract-context.ts';

interface Sum {
  pounds: number;
  start: number;
  end: number;
}

function sumsIn(text: string): Sum[] {
  return [...text.matchAll(MONEY)].map((m) => {
    const whole = Number((m[1] ?? '0').replace(/,/g, ''));
    const pence = m[2] ? Number(`0.${m[2]}`) : 0;
    const pounds = (whole + pence) * (m[3] ? 1000 : 1);
    return { pounds, start: m.index, end: m.index + m[0].length };
  });
}

/** The sums of a salary statement: a range when two sums are joined by "-", "to"; otherwise a point. */
export function readSalary(text: string): { min: number | null; max: number | null; period: PayPeriod | null } {
  const sums = sumsIn(text);
  const first = sums[0];
  const second = sums[1];
  const period = PERIOD_WORDS.find(([, words]) => words.test(text))?.[0] ?? null;
  if (!first) return { min: null, max: null, period };
  if (second && (RANGE_JOIN.test(text.slice(first.end, second.start)) || RISING_TO.test(text.slice(first.end, second.start)))) {
    return { min: Math.min(first.pounds, second.pounds), max: Math.max(first.pounds, second.pounds), period };
  }
  return { min: first.pounds, max: first.pounds, period };
}

/** A label before the value ("Salary: ", "Pay and benefits: ") is not part of the pay as written. */
function withoutLabel(text: string): string {
  return text.replace(/^[A-Za-z][A-Za-z /&()'-]{0,40}:\s*/, '').trim();
}

export function extractPay(ctx: ExtractContext): Pay | null {
  const underPay = linesUnder(ctx, 'salary');
  let statement: { text: string; evidence: Evidence[] } | null = null;
  const allowances: Item[] = [];
  const scale: Item[] = [];
  const seen = new Set<string>();
  const add = (list: Item[], text: string, evidence: Evidence): void => {
    const key = text.toLowerCase();
    if (text.length === 0 || seen.has(key)) return;
    seen.add(key);
    list.push({ text, evidence: [evidence] });
  };

  for (const sentence of documentSentences(ctx)) {
    const hasSum = sumsIn(sentence.text).length > 0;
    const under = underPay.has(sentence.index);
    if (!hasSum && !ALLOWANCE.test(sentence.text)) continue;
    if (NOT_PAY.test(sentence.text) && !under) continue;
    // A sum beside a grade, band or point is a line of a pay scale ("Point 4: £38,136").
    if (hasSum && !under && !PAY_CUE.test(sentence.text) && !ALLOWANCE.test(sentence.text) && !GRADE_WORD.test(sentence.text)) continue;
    // An allowance with no sum is pay only where the document is talking about pay.
    if (!hasSum && !under && !/\b(?:plus|payable|paid|receive|attracts?|entitled|eligible)\b/i.test(sentence.text)) continue;

    // In a table row ("Grade | Scale 4 | Salary | £25,989 - £27,711") the pay is the cell that holds the sum.
    const sumCell = sentence.cells.find((cell) => sumsIn(cell).length > 0);
    const text = (sumCell ?? withoutLabel(sentence.text)).slice(0, 300);
    const cut = ALLOWANCE_START.exec(text);
    const main = cut && cut.index > 0 ? text.slice(0, cut.index).trim() : text;
    const rest = cut && cut.index > 0 ? text.slice(cut.index).trim() : '';
    const mainHasSum = sumsIn(main).length > 0;
    // "an unsocial hours allowance of 10% of basic salary" is an allowance; "£27,334 salary and allowance" is pay.
    const mainIsAllowance = ALLOWANCE.test(main) && (!mainHasSum || !PAY_CUE.test(main.replace(ALLOWANCE, '')));

    if (mainHasSum && !mainIsAllowance) {
      if (GRADE_WORD.test(main)) add(scale, main, sentence.evidence);
      statement ??= { text: main.replace(/[.;,]$/, ''), evidence: [sentence.evidence] };
    } else if (mainIsAllowance) {
      add(allowances, main.replace(/[.;]$/, ''), sentence.evidence);
    }
    if (rest && ALLOWANCE.test(rest)) add(allowances, rest.replace(/[.;]$/, ''), sentence.evidence);
  }

  if (!statement && allowances.length === 0 && scale.length === 0) return null;
  const salary = statement ? readSalary(statement.text) : { min: null, max: null, period: null };
  return {
    text: statement?.text ?? null,
    ...salary,
    allowances,
    scale,
    evidence: statement?.evidence ?? [...allowances, ...scale].flatMap((item) => item.evidence),
  };
}

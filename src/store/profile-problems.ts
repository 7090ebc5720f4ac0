/**
 * Turns what went wrong reading a profile file into one line HR can act on: which file, which field, what
 * was expected, what was found, and what to do. Wording lives here so tests can assert it exactly.
 */
import type { z } from 'zod';

export const FIX_ADVICE = 'Fix the file or re-ingest the document.';

/** `skills[3].level`, `vetting.status`: the path as a person reads it. */
export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function hasInput(issue: z.core.$ZodIssue): issue is z.core.$ZodIssue & { input: unknown } {
  return 'input' in issue;
}

/** What is wrong with one field, after `field "<path>" `. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const got = hasInput(issue) ? ` (got ${shown(issue.input)})` : '';
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      return values.length === 1 ? `must be ${values[0]}${got}` : `must be one of ${values.join(', ')}${got}`;
    }
    case 'invalid_type': {
      if (!hasInput(issue) || issue.input === undefined) {
        return `is missing (expected ${TYPE_WORDS[issue.expected] ?? issue.expected})`;
      }
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}${got}`;
    }
    case 'invalid_union':
      return `has a value of the wrong kind${got}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `must not be empty${got}`;
      if (issue.origin === 'number') return `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}${got}`;
      return `is too short: at least ${issue.minimum} expected${got}`;
    case 'too_big':
      return `is too big: at most ${issue.maximum} expected${got}`;
    case 'invalid_format':
      // Our schemas give these a readable message ("must be a lower-case slug such as ...").
      return `${issue.message}${got}`;
    default:
      return `${issue.message}${got}`;
  }
}

/** One line for a schema-invalid profile file; the first three issues, then a count of the rest. */
export function schemaProblem(file: string, issues: ReadonlyArray<z.core.$ZodIssue>): string {
  const shownIssues = issues.slice(0, 3).map((issue) => {
    const path = formatFieldPath(issue.path);
    return path === '' ? describeIssue(issue) : `field "${path}" ${describeIssue(issue)}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `${file}: ${shownIssues.join('; ')}${more}. ${FIX_ADVICE}`;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** One line for a file that is not valid JSON, with the line and column when the parser says. */
export function jsonProblem(file: string, text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const where = position?.[1] ? lineAndColumn(text, Number(position[1])) : null;
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  const at = where ? ` at line ${where.line}, column ${where.column}` : '';
  return `${file}: not valid JSON${at} (${reason}). ${FIX_ADVICE}`;
}

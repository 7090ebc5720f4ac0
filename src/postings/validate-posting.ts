/**
 * Validation of the vacancy details HR type into the modal (or the CLI). Errors are keyed by field so the
 * Slack modal can show each one under its own input (`response_action: "errors"`).
 */
import { calendarDate, DEFAULT_TIME_ZONE, formatClosingDate, isRealDate } from './calendar.ts';
import type { PostingDetails } from './posting.ts';

export const VACANCY_FIELDS = ['locationOrTeam', 'numberOfPosts', 'closingDate', 'howToApply', 'note'] as const;
export type VacancyField = (typeof VACANCY_FIELDS)[number];

/** What a form gives us: every value as typed, possibly missing. */
export interface VacancyDetailsInput {
  locationOrTeam?: string | null | undefined;
  numberOfPosts?: string | number | null | undefined;
  closingDate?: string | null | undefined;
  howToApply?: string | null | undefined;
  note?: string | null | undefined;
}

export type VacancyFieldErrors = Partial<Record<VacancyField, string>>;

export type VacancyValidation =
  | { ok: true; details: PostingDetails }
  | { ok: false; errors: VacancyFieldErrors };

export const LIMITS = {
  locationOrTeam: 150,
  howToApply: 500,
  note: 1000,
  numberOfPosts: 999,
} as const;

export interface ValidateOptions {
  now: Date;
  timeZone?: string;
}

export function validateVacancyDetails(input: VacancyDetailsInput, options: ValidateOptions): VacancyValidation {
  const errors: VacancyFieldErrors = {};
  const today = calendarDate(options.now, options.timeZone ?? DEFAULT_TIME_ZONE);

  const locationOrTeam = clean(input.locationOrTeam);
  if (!locationOrTeam) errors.locationOrTeam = 'Say where the posts are, or which team they are in.';
  else if (locationOrTeam.length > LIMITS.locationOrTeam)
    errors.locationOrTeam = `Keep the location or team to ${LIMITS.locationOrTeam} characters or fewer.`;

  const numberOfPosts = parsePositiveInteger(input.numberOfPosts);
  if (numberOfPosts === null)
    errors.numberOfPosts = 'Give the number of posts as a whole number, 1 or more (for example 2).';
  else if (numberOfPosts > LIMITS.numberOfPosts)
    errors.numberOfPosts = `That is more posts than one announcement should carry (at most ${LIMITS.numberOfPosts}).`;

  const closingDate = clean(input.closingDate);
  if (!closingDate) errors.closingDate = 'Pick a closing date.';
  else if (!isRealDate(closingDate)) errors.closingDate = `"${closingDate}" is not a date; pick one from the calendar.`;
  else if (closingDate <= today)
    errors.closingDate = `The closing date must be in the future: ${formatClosingDate(closingDate)} is ${
      closingDate === today ? 'today' : 'in the past'
    }.`;

  const howToApply = clean(input.howToApply);
  const howToApplyProblem = checkHowToApply(howToApply);
  if (howToApplyProblem) errors.howToApply = howToApplyProblem;

  const note = clean(input.note);
  if (note && note.length > LIMITS.note) errors.note = `Keep the note to ${LIMITS.note} characters or fewer.`;

  if (Object.keys(errors).length > 0 || numberOfPosts === null || !locationOrTeam || !closingDate || !howToApply)
    return { ok: false, errors };
  return { ok: true, details: { locationOrTeam, numberOfPosts, closingDate, howToApply, note: note || null } };
}

/** How to apply is a web link, an email address, or contact text (a name with a phone number, ...). */
export function checkHowToApply(value: string): string | null {
  if (!value) return 'Say how to apply: a link, an email address or a contact.';
  if (value.length > LIMITS.howToApply) return `Keep how to apply to ${LIMITS.howToApply} characters or fewer.`;
  if (/^https?:/i.test(value))
    return isWebUrl(value)
      ? null
      : `"${value}" is not a working link; give the full address, e.g. https://jobs.example.police.uk/123.`;
  if (/^mailto:/i.test(value))
    return isEmail(value.slice('mailto:'.length)) ? null : `"${value}" is not a complete email address.`;
  if (/^(javascript|data|vbscript|file):/i.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    return 'Links must start with https:// (other kinds of link cannot be opened by staff).';
  if (/^www\.\S+$/i.test(value)) return `Give the full link, starting with https:// (e.g. https://${value}).`;
  if (/^\S*@\S*$/.test(value) && !isEmail(value))
    return `"${value}" is not a complete email address (e.g. recruitment@example.police.uk).`;
  if (!/[a-z]/i.test(value) || value.length < 5)
    return 'Give a link, an email address, or a named contact (e.g. "Jo Bloggs, HR, ext 4321").';
  return null;
}

function isWebUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}

function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value);
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function parsePositiveInteger(value: string | number | null | undefined): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : null;
  const text = clean(value);
  if (!/^\d+$/.test(text)) return null;
  const parsed = Number(text);
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : null;
}

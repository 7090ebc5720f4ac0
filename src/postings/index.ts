/** The postings core's public surface (no Slack, no logging, no environment). */
export { calendarDate, formatClosingDate, isRealDate, DEFAULT_TIME_ZONE } from './calendar.ts';
export { AnnouncementStateSchema, type AnnouncementState } from './posting.ts';
export { PostingSchema, PostingDetailsSchema, PostingStatusSchema, type Posting, type PostingDetails, type PostingStatus } from './posting.ts';
export { close, editDetails, effectiveStatus, isAnnounced, isOpen, markAnnounced, markAnnouncementFailed, withdraw } from './posting-lifecycle.ts';
export { openPostingStore, postingsDir, type NewPosting, type PostingStore } from './posting-store.ts';
export {
  validateVacancyDetails,
  VACANCY_FIELDS,
  type VacancyDetailsInput,
  type VacancyField,
  type VacancyFieldErrors,
  type VacancyValidation,
} from './validate-posting.ts';
export { createVacancyAnswerer, isVacancyQuestion, postingCitations, vacancyAnswerer, type VacancyAnswererDeps } from './vacancy-answerer.ts';
export { createHrAuthoriser, refusalText, type HrAuthoriser, type HrDecision } from './authorise.ts';

/** What a candidate asks before applying: the closing date, minimum service or tenure, and entry routes. */
import { ENTRY_ROUTES } from '../../vocabulary/entry-routes.ts';
import { cite } from '../citations.ts';
import type { FactItem } from '../types.ts';
import { notStated, stated, type Topic } from './fact-builders.ts';

export const closingDateTopic: Topic = {
  key: 'closing-date',
  label: 'Closing date',
  facts: (profile) => {
    const date = profile.closingDate;
    if (!date) return [notStated(profile, 'closing-date', 'Closing date')];
    return [stated(profile, 'closing-date', 'Closing date', date.text, cite(profile, 'closingDate', date.evidence))];
  },
};

export const minimumServiceTopic: Topic = {
  key: 'minimum-service',
  label: 'Minimum service',
  facts: (profile) => {
    if (profile.minimumService.length === 0) return [notStated(profile, 'minimum-service', 'Minimum service')];
    const items: FactItem[] = profile.minimumService.map((item) => ({ text: item.text, citations: cite(profile, 'minimumService', item.evidence) }));
    return [stated(profile, 'minimum-service', 'Minimum service', items.map((item) => item.text).join('; '), items.flatMap((item) => item.citations), { items })];
  },
};

export const entryRoutesTopic: Topic = {
  key: 'entry-routes',
  label: 'Entry routes',
  facts: (profile) => {
    if (profile.entryRoutes.length === 0) return [notStated(profile, 'entry-routes', 'Entry routes')];
    const items: FactItem[] = profile.entryRoutes.map((route) => {
      // The route's usual name; the document's own wording beside it when that differs.
      const name = ENTRY_ROUTES.find((record) => record.id === route.id)?.name ?? route.name;
      const item: FactItem = { text: name, citations: cite(profile, 'entryRoutes', route.evidence) };
      if (!name.toLowerCase().includes(route.name.toLowerCase())) item.detail = `"${route.name}"`;
      return item;
    });
    return [stated(profile, 'entry-routes', 'Entry routes', items.map((item) => item.text).join('; '), items.flatMap((item) => item.citations), { items })];
  },
};

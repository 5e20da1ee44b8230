import type { FeedRecord } from '@/storage/db';

/**
 * The recipient of "Email it to your organizer": the contact the employee's feeds name. One
 * address when they all agree; none when no feed gives one, or when several organizers do (the
 * employee then picks, rather than Ownvoice writing to someone they did not choose).
 */
export function organizerEmail(feeds: readonly Pick<FeedRecord, 'meta'>[]): string | undefined {
  const contacts = new Set(feeds.flatMap((feed) => (feed.meta?.contact ? [feed.meta.contact] : [])));
  return contacts.size === 1 ? [...contacts][0] : undefined;
}

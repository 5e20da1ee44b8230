import { storage } from 'wxt/utils/storage';

/** "Remind me" about an item: when, and enough to show and open it even if the feed drops it. */
export interface Reminder {
  id: string;
  feedUrl: string;
  itemId: string;
  itemTitle: string;
  /** Epoch ms. */
  at: number;
}

/** Pending reminders; a few at most, so a storage item rather than a table. */
export const remindersItem = storage.defineItem<Reminder[]>('local:reminders', { fallback: [] });

export async function addReminder(reminder: Reminder): Promise<void> {
  const all = await remindersItem.getValue();
  await remindersItem.setValue([...all.filter((r) => r.id !== reminder.id), reminder]);
}

/** Removes and returns a reminder (it fired, or the employee cancelled it). */
export async function takeReminder(id: string): Promise<Reminder | undefined> {
  const all = await remindersItem.getValue();
  const found = all.find((r) => r.id === id);
  if (found) await remindersItem.setValue(all.filter((r) => r.id !== id));
  return found;
}

export async function getReminder(id: string): Promise<Reminder | undefined> {
  return (await remindersItem.getValue()).find((r) => r.id === id);
}

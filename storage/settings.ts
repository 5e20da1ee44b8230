import { storage } from 'wxt/utils/storage';
import type { Role } from '@/shared/feed/types';

/** The roles the employee picked; their items rank first. Empty: no preference. */
export const rolesItem = storage.defineItem<Role[]>('local:roles', { fallback: [] });

/** Languages the employee picked; empty means every language shows. */
export const languagesItem = storage.defineItem<string[]>('local:languages', { fallback: [] });

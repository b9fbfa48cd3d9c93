import { EVENT_ROLES as EVENT_ROLE_VALUES } from '../domain/vocabularies';
import type { EventRole } from '../models';

/** Event roles in the order participants are listed (leaders first). */
export const EVENT_ROLES: readonly EventRole[] = EVENT_ROLE_VALUES;

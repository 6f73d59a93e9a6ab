// Which role may send which request, as protocol/requests.ts defines it. The daemon checks this before
// a request reaches its handler.
import { REQUESTS, ROLES, REQUEST_TYPES } from '../protocol/requests.js';
import type { RequestType, Role } from '../protocol/messages.js';

export const ALLOWED: Record<Role, ReadonlySet<RequestType>> = Object.fromEntries(
  ROLES.map((role) => [role, new Set(REQUEST_TYPES.filter((type) => (REQUESTS[type].roles as readonly Role[]).includes(role)))]),
) as unknown as Record<Role, ReadonlySet<RequestType>>;

export const mayRequest = (role: Role, type: RequestType): boolean => ALLOWED[role].has(type);

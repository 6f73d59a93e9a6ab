// Looking up a record by an id a client gave: only the record's own entries count. A plain object
// answers `__proto__`, `constructor` or `toString` with what it inherits, which once reached the printer
// layout as a "ticket" and crashed it.

/** The entry stored under `key` itself, never one inherited from Object.prototype. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

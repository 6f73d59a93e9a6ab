// A screen's enrollment token (a kiosk's, a booth's rating screen's), kept in the browser so that a
// restarted screen finds it again.

/**
 * The token given once in the page's address as ?token=… by whoever sets the screen up, kept under
 * `storageKey` in the browser's storage so the page can be opened plainly after a restart. Without one
 * the daemon goes by the screen's address. Storage that cannot be used (a locked-down browser) only
 * means the token is not remembered.
 */
export function enrollmentToken(storageKey: string): { token: string } | Record<string, never> {
  const given = new URLSearchParams(location.search).get('token');
  try {
    if (given) localStorage.setItem(storageKey, given);
    const kept = given ?? localStorage.getItem(storageKey);
    return kept ? { token: kept } : {};
  } catch {
    return given ? { token: given } : {};
  }
}

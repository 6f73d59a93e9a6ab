// The kiosk's enrollment token, kept in the browser so that a restarted kiosk finds it again.

/**
 * The kiosk's enrollment token: given once as /kiosk/?token=… by whoever sets the kiosk up, and kept in the
 * browser's storage so the page can be opened plainly after a restart. Without one the daemon goes by the
 * kiosk's address (README, "Kiosks").
 */
export function kioskToken(): { token: string } | Record<string, never> {
  const key = 'queue.kioskToken';
  const given = new URLSearchParams(location.search).get('token');
  try {
    if (given) localStorage.setItem(key, given);
    const kept = given ?? localStorage.getItem(key);
    return kept ? { token: kept } : {};
  } catch {
    return given ? { token: given } : {};
  }
}

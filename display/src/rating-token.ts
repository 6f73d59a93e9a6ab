// A booth's rating token, kept in the browser so that a restarted booth display or tablet finds it again.

/**
 * The token of booth `booth`'s rating screen: given once as /display/booth/<n>?token=… (or …/rate?token=…)
 * by whoever sets the screen up, and kept in the browser's storage. Without one the daemon goes by the
 * screen's address (rating.booths[].addresses).
 */
export function ratingToken(booth: number): { token: string } | Record<string, never> {
  const key = `queue.ratingToken.${booth}`;
  const given = new URLSearchParams(location.search).get('token');
  try {
    if (given) localStorage.setItem(key, given);
    const kept = given ?? localStorage.getItem(key);
    return kept ? { token: kept } : {};
  } catch {
    return given ? { token: given } : {};
  }
}

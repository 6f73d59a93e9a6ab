// The kiosk ignores every keyboard: it has none, and the devices that type keys at it (a barcode reader,
// a "big button" or foot switch that presents itself as a keyboard, a keyboard left plugged in by a
// technician) must not fill in a booking code, press a focused button or take a ticket. This is the one
// place where keys reach the kiosk page; a kiosk mode that takes keys on purpose would start here.

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

function swallow(e: Event) {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/** Stops every key before anything on the page sees it; returns what undoes that. */
export function ignoreKeyboard(target: Window = window): () => void {
  for (const type of KEY_EVENTS) target.addEventListener(type, swallow, true);
  return () => {
    for (const type of KEY_EVENTS) target.removeEventListener(type, swallow, true);
  };
}

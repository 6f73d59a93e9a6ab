// The kiosk ignores every keyboard: it has none, and the devices that type keys at it (a barcode reader,
// a "big button" or foot switch that presents itself as a keyboard, a keyboard left plugged in by a
// technician) must not fill in a booking code, press a focused button or take a ticket. This is the one
// place where keys reach the kiosk page. The accessible mode's numeric keypad (keypad.ts) is let through
// to `onKeypad` alone, once per press; nothing else on the page ever sees a key.
import { keypadKey, type KeypadKey } from './keypad.js';

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

/** Stops every key before anything on the page sees it; returns what undoes that. */
export function ignoreKeyboard(target: Window = window, onKeypad?: (key: KeypadKey) => void): () => void {
  const swallow = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!onKeypad || e.type !== 'keydown') return;
    const k = e as KeyboardEvent;
    // A key held down repeats: one press is one step.
    const key = k.repeat ? null : keypadKey(k);
    if (key) onKeypad(key);
  };
  for (const type of KEY_EVENTS) target.addEventListener(type, swallow, true);
  return () => {
    for (const type of KEY_EVENTS) target.removeEventListener(type, swallow, true);
  };
}

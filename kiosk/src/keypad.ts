// The tactile numeric keypad of the kiosk's accessible mode (a USB keypad arrives as key events): which
// of its keys does what. Only keys the keypad itself sends count — `code` Numpad… and the arrows — so the
// main keyboard's digits and Enter, a barcode reader's typing, and a call button mapped to F13–F24 still
// press nothing. With NumLock off the keypad sends arrows, yet its `code` stays Numpad8, Numpad4…
export type KeypadKey = 'previous' | 'next' | 'repeat' | 'choose' | 'back';

const KEYS: Record<string, KeypadKey> = {
  Numpad4: 'previous', Numpad8: 'previous', ArrowLeft: 'previous', ArrowUp: 'previous',
  Numpad6: 'next', Numpad2: 'next', ArrowRight: 'next', ArrowDown: 'next',
  Numpad5: 'repeat',
  NumpadEnter: 'choose',
  Numpad0: 'back', NumpadDecimal: 'back',
};

/** What a key of the numeric keypad means, or null for any other key. */
export function keypadKey(e: Pick<KeyboardEvent, 'code'>): KeypadKey | null {
  return Object.hasOwn(KEYS, e.code) ? KEYS[e.code]! : null;
}

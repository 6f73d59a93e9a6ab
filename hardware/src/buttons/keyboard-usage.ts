// HID keyboard usage ids (USB HID Usage Tables, page 0x07) for the keys a keypad or "big button" that
// presents itself as a keyboard may send. Config names them as "key:F1", "key:KP_1", "key:ENTER", "key:A".

const NAMES: Record<number, string> = { 0x28: 'ENTER', 0x29: 'ESCAPE', 0x2a: 'BACKSPACE', 0x2b: 'TAB', 0x2c: 'SPACE', 0x58: 'KP_ENTER', 0x57: 'KP_PLUS', 0x56: 'KP_MINUS', 0x55: 'KP_MULTIPLY', 0x54: 'KP_DIVIDE', 0x63: 'KP_DOT' };
for (let i = 0; i < 26; i++) NAMES[0x04 + i] = String.fromCharCode(65 + i);
for (let i = 1; i <= 9; i++) NAMES[0x1d + i] = String(i);
NAMES[0x27] = '0';
for (let i = 1; i <= 12; i++) NAMES[0x39 + i] = `F${i}`;
for (let i = 13; i <= 24; i++) NAMES[0x68 + i - 13] = `F${i}`;
for (let i = 1; i <= 9; i++) NAMES[0x58 + i] = `KP_${i}`;
NAMES[0x62] = 'KP_0';

export const keyName = (usage: number): string | null => NAMES[usage] ?? null;

export const KEY_USAGE: Record<string, number> = Object.fromEntries(Object.entries(NAMES).map(([k, v]) => [v, Number(k)]));

// Turns a button device's input reports into presses. Two kinds of device are common at booths:
// - keyboard-type keypads and foot switches send boot keyboard reports [modifiers, 0, k1…k6] (with a
//   report id in front on some), mapped as "key:F1";
// - vendor-specific buttons send their own bytes, mapped by the leading bytes in hex, e.g. "01" or "0201".
// A press counts once, when it appears: holding a key down, or the release report, does nothing.
// A keyboard report holding two or more mapped keys at once is a hand or a foot on two buttons, or a
// stuck contact: it does nothing (it could call a ticket and mark it a no-show at the same instant), and
// it is logged. The keys count as held, so lifting one of them does not fire the other.
import { keyName } from './keyboard-usage.js';

export type ButtonAction = 'callNext' | 'recall' | 'start' | 'finish' | 'noShow';

const KEY_PREFIX = 'key:';

/**
 * `A` is what a key means: a call button's action, or a rating keypad's score (the same decoding serves
 * both).
 */
export class ReportDecoder<A = ButtonAction> {
  private keyMap = new Map<string, A>();
  private byteMap: { bytes: Buffer; action: A }[] = [];
  private heldKeys = new Set<string>();
  private lastReport: Buffer | null = null;

  constructor(keys: Record<string, A>, private log?: (line: string) => void) {
    for (const [key, action] of Object.entries(keys)) {
      if (key.startsWith(KEY_PREFIX)) this.keyMap.set(key.slice(KEY_PREFIX.length).toUpperCase(), action);
      else this.byteMap.push({ bytes: Buffer.from(key.replace(/\s+/g, ''), 'hex'), action });
    }
    // The longest pattern wins when one is a prefix of another.
    this.byteMap.sort((a, b) => b.bytes.length - a.bytes.length);
  }

  /** The actions newly pressed in this report. */
  decode(report: Buffer): A[] {
    const actions: A[] = [];
    if (this.keyMap.size > 0 && (report.length === 8 || report.length === 9)) {
      const keys = report.subarray(report.length - 6);
      const now = new Set<string>();
      for (const usage of keys) {
        const name = usage ? keyName(usage) : null;
        if (name) now.add(name);
      }
      const mapped = [...now].filter((name) => this.keyMap.has(name));
      if (mapped.length > 1) {
        const fresh = mapped.filter((name) => !this.heldKeys.has(name));
        if (fresh.length > 0) this.log?.(`keys ${mapped.join('+')} pressed together (${mapped.map((k) => this.keyMap.get(k)).join(', ')}): nothing done`);
      } else {
        for (const name of mapped) if (!this.heldKeys.has(name)) actions.push(this.keyMap.get(name)!);
      }
      this.heldKeys = now;
    }
    if (this.byteMap.length > 0) {
      const changed = !this.lastReport || !this.lastReport.equals(report);
      const released = report.every((b) => b === 0);
      if (changed && !released) {
        const match = this.byteMap.find((m) => report.length >= m.bytes.length && report.subarray(0, m.bytes.length).equals(m.bytes));
        if (match) actions.push(match.action);
      }
      this.lastReport = Buffer.from(report);
    }
    return actions;
  }
}

export { isValidKeySpec } from './key-spec.js';

// A test office: the demo config with the seed's real schedule (not open round the clock), a clock that
// only moves when a test moves it, and a one-line way to run commands through the pure rules.
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { validateConfig } from '../../queue-core/src/config/load.ts';
import type { OfficeConfig, OfficeConfigInput } from '../../queue-core/src/config/schema.ts';
import { decide, initialState, officeDay, zonedEpoch, ZoneBook, type Actor, type Command, type Decision, type QueueState } from '../../queue-core/src/domain/index.ts';

export const TZ = 'Asia/Irkutsk';
/** The tests' own zones, as the daemon keeps its own: each zone's Intl formatter is built once. */
export const zones = new ZoneBook();

export function officeConfig(patch: (c: OfficeConfigInput) => void = () => {}): OfficeConfig {
  const input = structuredClone(demoConfig);
  input.schedule = { ...input.schedule, alwaysOpen: false };
  patch(input);
  const r = validateConfig(input);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.config;
}

/** Epoch ms of a local office time, e.g. at('2026-11-24', '09:15'). */
export function at(day: string, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return zonedEpoch(day, h! * 60 + m!, zones.zone(TZ));
}

export class Office {
  state: QueueState;
  now: number;
  events: Decision[] = [];
  constructor(public config: OfficeConfig, now: number) {
    this.now = now;
    this.state = initialState(config, officeDay(now, config.office.timezone));
  }
  /** Runs a command; throws on a refusal so that a test reads as the office works. */
  do(cmd: Command, actor: Actor = { role: 'system' }) {
    const d = this.try(cmd, actor);
    if (!d.ok) throw new Error(`${cmd.type} refused: ${d.error.code} ${d.error.message}`);
    return d;
  }
  try(cmd: Command, actor: Actor = { role: 'system' }): Decision {
    const d = decide(this.state, cmd, { now: this.now, config: this.config, actor, random: seeded(42), zone: zones.zone(this.config.office.timezone) });
    if (d.ok) this.state = d.state;
    return d;
  }
  issue(directionId: string, priority: string | null = null) {
    const d = this.do({ type: 'issue', directionId, priority });
    if (d.reply.kind !== 'issued') throw new Error('not issued');
    return d.reply;
  }
  /** Opens a booth with the demo operator of the same number (booth 1 — Иванова, …). */
  open(booth: number, directions?: string[]) {
    return this.do({ type: 'openBooth', booth, staffId: this.config.staff[booth - 1]!.id, directions });
  }
  callNext(booth: number): string {
    const d = this.do({ type: 'callNext', booth });
    if (d.reply.kind !== 'ticket') throw new Error('no ticket');
    return d.reply.ticket.label;
  }
  advance(minutes: number) {
    this.now += minutes * 60_000;
  }
}

/** A small deterministic generator, so that booking codes repeat between runs. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

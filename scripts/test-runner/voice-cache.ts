// The spoken pieces the test daemons need, synthesized once per test run into one folder that every test
// daemon is pointed at (QUEUE_VOICE_CACHE), instead of each of some fifty daemons running the synthesizer
// for the same forty-odd pieces. The offices prepared for: the test helpers' demo (espeak-ng) and the
// embedded demo that a daemon started as a process runs (festival).
import { createAnnouncer, type VoiceConfig } from '../../hardware/src/voice/create-voice.ts';
import { demoConfig } from '../../queue-core/src/config/demo.ts';
import { parseConfigText } from '../../queue-core/src/config/load.ts';
import { demo } from '../../test/helpers/daemon.ts';
import type { OfficeConfig } from '../../queue-core/src/config/schema.ts';

/** Fills `dir` with the pieces of both demo offices; returns how many pieces each has. */
export async function prepareVoiceCache(dir: string): Promise<string[]> {
  const offices: OfficeConfig[] = [demo(), parseConfigText(JSON.stringify(demoConfig), 'embedded demo config')];
  const done: string[] = [];
  for (const office of offices) {
    const voice = office.hardware.voice as VoiceConfig & { enabled: boolean };
    if (!voice.enabled) continue;
    const announcer = await createAnnouncer(voice, dir, { cacheDir: dir });
    const n = await announcer.warm(office.directions.map((d) => d.prefix), office.booths.map((b) => b.number));
    done.push(`${n} ${announcer.status().engine ?? 'no engine'}`);
  }
  return done;
}

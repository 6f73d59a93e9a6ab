// Which sound card the PA announcements go to, for `npm run doctor`: the ALSA device and its card by name,
// a warning when it is an HDMI output (often a Raspberry Pi's default, and silent on the PA), and how to
// choose another. The card list is /proc/asound/cards (QUEUE_ASOUND_CARDS names another file, for tests).
import { readFile } from 'node:fs/promises';

const ALSA_FIX = 'set hardware.voice.alsaDevice to the PA output, e.g. "plughw:CARD=Headphones,DEV=0" (`aplay -L` lists the names), or choose the default card in /etc/asound.conf';

export interface SoundCardVerdict {
  verdict: 'ok' | 'warn';
  detail: string;
  fix?: string;
}

export async function soundCardVerdict(device: string | undefined): Promise<SoundCardVerdict> {
  const cards = await readFile(process.env.QUEUE_ASOUND_CARDS ?? '/proc/asound/cards', 'utf8').catch(() => '');
  // " 0 [vc4hdmi0      ]: vc4-hdmi - vc4-hdmi-0"
  const list = [...cards.matchAll(/^\s*(\d+)\s+\[(\S+)\s*\]:\s*(.*)$/gm)].map((m) => ({ index: m[1]!, id: m[2]!, name: m[3]!.trim() }));
  const named = device && /CARD=([^,]+)/.exec(device)?.[1];
  const numbered = device && /^(?:plug)?hw:(\d+)/.exec(device)?.[1];
  // Without a device ALSA plays on its default, card 0 unless /etc/asound.conf says otherwise.
  const card = named ? list.find((c) => c.id === named) : numbered ? list.find((c) => c.index === numbered) : device ? undefined : list[0];
  const what = `ALSA device "${device ?? 'default'}"${card ? ` — card ${card.index} ${card.id} (${card.name})` : ''}`;
  if (list.length === 0) return { verdict: 'warn', detail: `${what}; no sound card found`, fix: 'sudo apt-get install alsa-utils; check `aplay -l`' };
  if (/hdmi/i.test(`${card?.id ?? ''} ${card?.name ?? ''} ${device ?? ''}`)) return { verdict: 'warn', detail: `${what} is an HDMI output: the PA may stay silent`, fix: ALSA_FIX };
  const others = list.filter((c) => c !== card).map((c) => `${c.index} ${c.id}`).join(', ') || 'none';
  return { verdict: 'ok', detail: `${what}; other cards: ${others}`, ...(device ? {} : { fix: `to use another card: ${ALSA_FIX}` }) };
}

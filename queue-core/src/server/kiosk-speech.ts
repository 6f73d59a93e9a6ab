// GET /kiosk/speech: the spoken prompts of the kiosk's accessible mode as WAV, in the office's own
// offline voice (hardware PromptVoice), for the kiosk to play through its speaker. Public like the kiosk
// page itself, so it says nothing about anyone: a prompt is named by its kind and the office's own ids
// (?say=direction&id=documents, ?say=ticket&label=Д105&ahead=3), never by free text, and only what
// domain/kiosk-speech-words.ts words can be said. Limited per address; off (404) unless
// accessibility.kioskMode is on.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod/v3';
import type { PromptVoice } from 'hardware';
import { KIOSK_PROMPTS, PromptProblem, kioskPromptParts, type KioskPrompt } from '../domain/kiosk-speech-words.js';
import { LANGUAGES, type Language } from '../config/schema.js';
import { BucketTable } from './token-bucket.js';
import { issueMessages } from '../validation-messages.js';
import type { QueueService } from './queue-service.js';

export const SPEECH_PATH = '/kiosk/speech';

/** A kiosk walks its choices quickly: twenty prompts at once, then four a second, per address. */
export const SPEECH_RATE = { burst: 20, everyMs: 250 };

const query = z.object({
  lang: z.enum(LANGUAGES),
  say: z.enum(KIOSK_PROMPTS),
  id: z.string().max(32).optional(),
  label: z.string().max(8).optional(),
  ahead: z.coerce.number().int().min(0).max(9999).optional(),
}).strict();

const text = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(`${body}\n`);

export class KioskSpeech {
  private readonly buckets = new BucketTable(SPEECH_RATE, 1024);

  constructor(private readonly service: QueueService, private readonly voice: PromptVoice, private readonly log: (line: string) => void = () => {}) {}

  /** Synthesizes the office language's fixed prompts and each service's name ahead of the first visitor. */
  async warm(): Promise<number> {
    const { config } = this.service;
    const lang = config.office.language;
    const prompts: KioskPrompt[] = [
      ...KIOSK_PROMPTS.filter((say) => !['direction', 'priority', 'ticket'].includes(say)).map((say) => ({ say })),
      ...config.directions.map((d) => ({ say: 'direction' as const, id: d.id })),
      ...config.priorities.map((p) => ({ say: 'priority' as const, id: p.id })),
    ];
    for (const p of prompts) await this.voice.wav(kioskPromptParts(p, config, [], lang), lang);
    return prompts.length;
  }

  async handle(req: IncomingMessage, res: ServerResponse, params: URLSearchParams): Promise<void> {
    const { config } = this.service;
    if (!config.accessibility.kioskMode) return void text(res, 404, 'The kiosk\'s accessible mode is switched off (accessibility.kioskMode)');
    const address = req.socket.remoteAddress ?? 'unknown';
    const now = this.service.now();
    const bucket = this.buckets.get(address, now);
    const wait = bucket.waitMs(now);
    if (wait > 0) return void text(res, 429, `Too many spoken prompts asked; try again in ${Math.ceil(wait / 1000)} s`, { 'retry-after': String(Math.ceil(wait / 1000)) });
    bucket.take(now);
    const parsed = query.safeParse(Object.fromEntries(params), { errorMap: issueMessages });
    if (!parsed.success) return void text(res, 400, `Bad prompt: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ')}`);
    const prompt = parsed.data;
    let parts;
    try {
      parts = kioskPromptParts(prompt, config, this.service.summary().directions, prompt.lang as Language);
    } catch (e) {
      if (e instanceof PromptProblem) return void text(res, 400, `Bad prompt: ${e.message}`);
      throw e;
    }
    let wav: Buffer | null;
    try {
      wav = await this.voice.wav(parts, prompt.lang);
    } catch (e) {
      this.log(`kiosk voice: ${(e as Error).message}`);
      wav = null;
    }
    if (!wav) return void text(res, 503, `No voice can speak "${prompt.lang}" on this machine (apt-get install festival festvox-ru espeak-ng)`);
    res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': String(wav.length), 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : wav);
  }
}

// Builds the announcer the config asks for: the engine that can run here, the piece cache (in the data
// folder unless another is given), and the PA (aplay) or WAV files as the output.
import { join } from 'node:path';
import { Announcer } from './announcer.js';
import { PieceCache } from './piece-cache.js';
import { AplayPlayer, FilePlayer, type Player } from './player.js';
import { chooseEngine, type EngineName } from './speech-engine.js';
import type { VoiceLanguage } from './spoken-numbers.js';

export interface VoiceConfig {
  engine: EngineName;
  language: VoiceLanguage;
  template?: string;
  volume: number;
  repeat: number;
  output: 'alsa' | 'files';
  alsaDevice?: string;
}

export interface AnnouncerSetup {
  log?: (line: string) => void;
  player?: Player;
  /** Where synthesized pieces are kept (default `<dataDir>/voice-cache`); several daemons may share one. */
  cacheDir?: string;
}

export async function createAnnouncer(config: VoiceConfig, dataDir: string, o: AnnouncerSetup = {}): Promise<Announcer> {
  const { log, player } = o;
  const choice = await chooseEngine(config.engine, config.language);
  if (choice.state !== 'ok') log?.(`voice: ${choice.detail}`);
  const out = player ?? (config.output === 'files' ? new FilePlayer(join(dataDir, 'announcements')) : new AplayPlayer(config.alsaDevice));
  const cache = choice.engine ? new PieceCache(choice.engine, o.cacheDir ?? join(dataDir, 'voice-cache')) : null;
  return new Announcer({ language: config.language, template: config.template, volume: config.volume, repeat: config.repeat, choice, cache, player: out, log });
}

// What went wrong with the voice, as one code a person's screen can put in words: ALSA answers a missing
// sound card with nine lines of its own internals, which belong in the health report, not on a panel.
// Pure and free of drivers, so the protocol shapes can use the list (imported as `hardware/voice-problem`).
export const VOICE_PROBLEMS = ['no-sound-card', 'unknown-device', 'device-busy', 'no-player', 'play-failed', 'no-engine', 'fallback-voice'] as const;
export type VoiceProblem = (typeof VOICE_PROBLEMS)[number];

/** The kind of failure behind a player's error message (aplay's stderr, or the spawn error). */
export function playerProblem(message: string): VoiceProblem {
  if (/cannot find card|Cannot get card index|no soundcards found/i.test(message)) return 'no-sound-card';
  if (/Unknown PCM|Invalid CTL|No such device/i.test(message)) return 'unknown-device';
  if (/Device or resource busy/i.test(message)) return 'device-busy';
  if (/\bENOENT\b|spawn aplay/i.test(message)) return 'no-player';
  return 'play-failed';
}

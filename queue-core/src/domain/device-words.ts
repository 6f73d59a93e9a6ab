// The words for what is wrong with a device, in the three office languages: the head's alert and the
// panel's device list say the same short thing, and the raw message (ALSA's, say) stays folded away.
import type { VoiceProblem } from 'hardware/voice-problem';

type Phrases = { ru: string; uk: string; en: string };

export const VOICE_PROBLEM_WORDS: Record<VoiceProblem, Phrases> = {
  'no-sound-card': { ru: 'нет звуковой карты', uk: 'немає звукової карти', en: 'no sound card' },
  'unknown-device': { ru: 'звуковое устройство из настроек не найдено', uk: 'звуковий пристрій із налаштувань не знайдено', en: 'the sound device in the settings does not exist' },
  'device-busy': { ru: 'звуковое устройство занято другой программой', uk: 'звуковий пристрій зайнятий іншою програмою', en: 'the sound device is busy with another program' },
  'no-player': { ru: 'не установлен aplay (alsa-utils)', uk: 'не встановлено aplay (alsa-utils)', en: 'aplay (alsa-utils) is not installed' },
  'play-failed': { ru: 'звук не воспроизводится', uk: 'звук не відтворюється', en: 'sound cannot be played' },
  'no-engine': { ru: 'синтезатор речи не установлен, звучит только сигнал', uk: 'синтезатор мовлення не встановлено, звучить лише сигнал', en: 'no speech synthesizer installed; only the chime sounds' },
  'fallback-voice': { ru: 'основной голос не установлен, говорит резервный', uk: 'основний голос не встановлено, говорить резервний', en: 'the usual voice is not installed; the fallback voice speaks' },
};

/** The words for a voice problem code; an unknown code (a newer daemon) reads as a general failure. */
export const voiceProblemText = (problem: string | undefined, lang: keyof Phrases): string | undefined =>
  problem === undefined ? undefined : (VOICE_PROBLEM_WORDS[problem as VoiceProblem] ?? VOICE_PROBLEM_WORDS['play-failed'])[lang];

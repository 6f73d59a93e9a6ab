// What the kiosk's accessible mode says aloud at each step, in ru, uk or en: the words of each prompt as
// parts to be spoken — phrases, numbers and ticket numbers (spoken word by word by the voice, so that
// a few cached pieces say every count and ticket), and pauses. Only the office's own words, its services
// and priorities and the public counts go in: never anything about a person. Pure: the daemon's speech
// endpoint (server/kiosk-speech.ts) turns the parts into sound.
import type { Language, Localized, OfficeConfig } from '../config/schema.js';

export type SpokenPart = { text: string } | { number: number } | { ticket: string } | { pauseMs: number };

export const KIOSK_PROMPTS = ['welcome', 'start', 'direction', 'priority-question', 'priority', 'no-priority', 'help', 'help-called', 'issuing', 'ticket', 'refused', 'closed'] as const;
export type KioskPromptKind = (typeof KIOSK_PROMPTS)[number];

/** A prompt as the kiosk asks for it; `id` names a direction or a priority, `label` and `ahead` a ticket. */
export interface KioskPrompt {
  say: KioskPromptKind;
  id?: string;
  label?: string;
  ahead?: number;
}

/** The public counts a direction's prompt reads out (the summary the kiosk shows). */
export interface DirectionCounts {
  id: string;
  waiting: number;
}

const PAUSE = { pauseMs: 350 };

type Words = Record<Language, string>;

const W = {
  welcome: {
    ru: 'Режим для слабовидящих. Стрелки вправо и влево выбирают, клавиша Ввод подтверждает, клавиша пять повторяет, ноль возвращает назад',
    uk: 'Режим для людей з вадами зору. Стрілки вправо і вліво вибирають, клавіша Ввід підтверджує, клавіша п\'ять повторює, нуль повертає назад',
    en: 'Accessible mode. The right and left arrows choose, Enter confirms, five repeats, zero goes back',
  },
  start: { ru: 'Выберите услугу', uk: 'Оберіть послугу', en: 'Choose a service' },
  waiting: { ru: 'Людей в очереди', uk: 'Людей у черзі', en: 'People waiting' },
  priorityQuestion: { ru: 'Есть ли у вас льгота', uk: 'Чи є у вас пільга', en: 'Are you in a priority category' },
  noPriority: { ru: 'Нет льготы', uk: 'Немає пільги', en: 'No priority' },
  help: { ru: 'Позвать на помощь сотрудника', uk: 'Покликати на допомогу працівника', en: 'Call a member of staff for help' },
  helpCalled: { ru: 'Помощь вызвана. Сотрудник скоро подойдёт к вам', uk: 'Допомогу викликано. Працівник скоро підійде до вас', en: 'Help has been called. A member of staff will come to you shortly' },
  issuing: { ru: 'Талон печатается', uk: 'Талон друкується', en: 'Your ticket is being printed' },
  yourTicket: { ru: 'Ваш талон', uk: 'Ваш талон', en: 'Your ticket' },
  ahead: { ru: 'Перед вами в очереди', uk: 'Перед вами в черзі', en: 'People ahead of you' },
  nobodyAhead: { ru: 'Перед вами никого нет', uk: 'Перед вами нікого немає', en: 'Nobody is ahead of you' },
  takeTicket: {
    ru: 'Возьмите талон из принтера, номер напечатан крупно. Ждите вызова по громкой связи',
    uk: 'Візьміть талон із принтера, номер надруковано великим шрифтом. Чекайте на виклик гучним зв\'язком',
    en: 'Take your ticket from the printer, the number is printed in large type. Wait to be called over the speakers',
  },
  refused: { ru: 'Талон не выдан. Позовите сотрудника на помощь', uk: 'Талон не видано. Покличте працівника на допомогу', en: 'No ticket was issued. Please call a member of staff for help' },
  closed: { ru: 'Сейчас талоны не выдаются. Часы работы указаны на экране', uk: 'Зараз талони не видаються. Години роботи вказано на екрані', en: 'No tickets are being issued now. The opening hours are on the screen' },
} satisfies Record<string, Words>;

const name = (l: Localized, lang: Language) => l[lang] ?? l.ru;

/** Why a prompt cannot be said: something the kiosk asked that the office does not have. */
export class PromptProblem extends Error {}

/** The parts of one prompt, from the office's configuration and the public counts. */
export function kioskPromptParts(p: KioskPrompt, config: Pick<OfficeConfig, 'directions' | 'priorities'>, counts: DirectionCounts[], lang: Language): SpokenPart[] {
  const say = (w: Words): SpokenPart => ({ text: w[lang] });
  switch (p.say) {
    case 'welcome': return [say(W.welcome)];
    case 'start': return [say(W.start)];
    case 'direction': {
      const d = config.directions.find((x) => x.id === p.id);
      if (!d) throw new PromptProblem(`no direction "${p.id ?? ''}"`);
      const waiting = counts.find((c) => c.id === d.id)?.waiting ?? 0;
      return [{ text: name(d.name, lang) }, PAUSE, say(W.waiting), { number: waiting }];
    }
    case 'priority-question': return [say(W.priorityQuestion)];
    case 'priority': {
      const priority = config.priorities.find((x) => x.id === p.id);
      if (!priority) throw new PromptProblem(`no priority "${p.id ?? ''}"`);
      return [{ text: name(priority.name, lang) }];
    }
    case 'no-priority': return [say(W.noPriority)];
    case 'help': return [say(W.help)];
    case 'help-called': return [say(W.helpCalled)];
    case 'issuing': return [say(W.issuing)];
    case 'ticket': {
      const label = p.label ?? '';
      const m = /^(\p{L}{1,2})(\d{1,4})$/u.exec(label);
      if (!m || !config.directions.some((d) => d.prefix.toUpperCase() === m[1]!.toUpperCase())) throw new PromptProblem(`not a ticket of this office: "${label}"`);
      const ahead = p.ahead ?? 0;
      return [say(W.yourTicket), { ticket: label }, PAUSE, ...(ahead > 0 ? [say(W.ahead), { number: ahead }] : [say(W.nobodyAhead)]), PAUSE, say(W.takeTicket)];
    }
    case 'refused': return [say(W.refused)];
    case 'closed': return [say(W.closed)];
  }
}

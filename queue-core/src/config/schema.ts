// The office configuration: one schema, used for the config file at start-up and for edits made by the
// head of the service from the caller panel. Every message names the field and what is wrong with it.
import { z } from 'zod/v3';
import { isValidKeySpec } from 'hardware/key-spec';
import { CODE_PAGES, PRINTER_MAKERS } from 'hardware/paper';
import { printerTextProblems } from './printer-settings.js';
import { WEEKDAYS } from '../domain/office-time.js';
import { isCalendarDay } from '../domain/calendar-day.js';
import { isAddressPattern } from './addresses.js';
import { strictObject } from '../validation-messages.js';
import { hallProblems } from '../domain/halls.js';
import { resultOf } from '../journal/visit-results.js';
import { RESULTS } from '../journal/types.js';
import { DEFAULT_OVERDUE_TERMS, DEFAULT_STORAGE } from '../journal/case-file-rules.js';
import { DEFAULT_RETURN_REASON_NAMES } from '../journal/case-file-words.js';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export { WEEKDAYS, type Weekday } from '../domain/office-time.js';

export const LANGUAGES = ['ru', 'uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Text shown to citizens: Russian is required, Ukrainian and English fall back to it. */
export const localized = strictObject({
  ru: z.string().min(1, 'expected Russian text'),
  uk: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});
export type Localized = z.infer<typeof localized>;

/** "08:30-17:30": a span of office time within one day. */
const hours = z
  .string()
  .refine((s) => {
    const m = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(s);
    return !!m && HHMM.test(m[1]!) && HHMM.test(m[2]!) && m[1]! < m[2]!;
  }, 'expected hours like "08:30-17:30" (start before end)');

export const TIMEZONE_EXPECTED = 'expected an IANA time zone such as "Asia/Irkutsk"';

// Which zones exist is the caller's time zone database: validateConfig asks its ZoneBook (load.ts).
const timezone = z.string().min(1, TIMEZONE_EXPECTED);

/** The kinds of social payment the seed office counted its accepted documents by. */
const DEFAULT_REASONS = [
  { id: 'benefits', name: { ru: 'Льготы и меры социальной поддержки', uk: 'Пільги та соціальна підтримка', en: 'Benefits and social support' } },
  { id: 'subsidy', name: { ru: 'Субсидии', uk: 'Субсидії', en: 'Housing subsidies' } },
  { id: 'child-allowance', name: { ru: 'Детское пособие', uk: 'Допомога на дітей', en: 'Child allowance' } },
  { id: 'burial', name: { ru: 'Пособие на погребение', uk: 'Допомога на поховання', en: 'Burial allowance' } },
  { id: 'kindergarten', name: { ru: 'Компенсация за детский сад', uk: 'Компенсація за дитячий садок', en: 'Kindergarten compensation' } },
  { id: 'scholarship', name: { ru: 'Справка на социальную стипендию', uk: 'Довідка на соціальну стипендію', en: 'Social scholarship certificate' } },
  { id: 'labour-veteran', name: { ru: 'Звание «Ветеран труда»', uk: 'Звання «Ветеран праці»', en: '"Veteran of Labour" title' } },
  { id: 'material-aid', name: { ru: 'Материальная помощь', uk: 'Матеріальна допомога', en: 'Material aid' } },
  { id: 'registration', name: { ru: 'Регистрационный учёт', uk: 'Реєстраційний облік', en: 'Residence registration' } },
  { id: 'other', name: { ru: 'Другое', uk: 'Інше', en: 'Other' } },
];

const id = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'expected a short latin id like "certificates"');

/** A step of a life situation: "documents", or { "direction": "certificates", "booth": 3 }. */
const lifeStep = z.union([
  z.string().transform((direction) => ({ direction, booth: null as number | null })),
  strictObject({ direction: z.string(), booth: z.number().int().min(1).max(99).nullable().default(null) }),
]);

const direction = strictObject({
  id,
  prefix: z.string().regex(/^\p{L}{1,2}$/u, 'expected 1–2 letters'),
  name: localized,
  /** Expected minutes per citizen until the office has its own measurements. */
  serviceMinutes: z.number().positive().max(240).default(15),
  firstNumber: z.number().int().min(0).max(9000).default(100),
  /** The longest a citizen may wait in line here, in minutes; absent: alerts.norm.waitMinutes. */
  normMinutes: z.number().int().min(1).max(600).optional(),
  /** The same for a citizen who booked a time; absent: alerts.norm.bookedWaitMinutes. */
  bookedNormMinutes: z.number().int().min(1).max(600).optional(),
  /**
   * A life situation (domain/life-situations.ts): the steps one ticket leads the citizen through, in
   * order; each a direction id, or { direction, booth } for one booth of it. Absent: an ordinary direction.
   */
  steps: z.array(lifeStep).optional(),
});

const booth = strictObject({
  number: z.number().int().min(1).max(99),
  directions: z.array(z.string()).min(1, 'expected at least one direction'),
});

/**
 * A hall of its own, with its display (/display/hall/<id>) and its speaker. Booths and directions that no
 * hall lists belong to the first; an office without `halls` has one hall holding everything.
 */
const hall = strictObject({
  id,
  name: localized,
  booths: z.array(z.number().int().min(1).max(99)).default([]),
  directions: z.array(z.string()).default([]),
  /** The hall's ALSA device ("plughw:1,0", "hall2"), or "everywhere" for every hall's; absent: hardware.voice.alsaDevice. */
  speaker: z.string().min(1, 'expected an ALSA device name or "everywhere"').max(64).optional(),
});

const staff = strictObject({
    id,
    name: z.string().min(1, 'expected the specialist\'s full name'),
    /** `archivist` (issue 18): keeps the archive of personal case files; signs in to the panel's archive view. */
    role: z.enum(['operator', 'consultant', 'supervisor', 'archivist']),
    /** Plain PINs are accepted in a config file for the first start; they are hashed in memory at once. */
    pin: z.string().regex(/^\d{4,8}$/, 'expected 4–8 digits').optional(),
    pinHash: z.string().regex(/^pbkdf2\$\d+\$[0-9a-f]+\$[0-9a-f]+$/, 'expected "pbkdf2$<iterations>$<salt>$<hash>" (see npm run hash-pin)').optional(),
  })
  .refine((s) => !!s.pin !== !!s.pinHash, { message: 'expected exactly one of "pin" or "pinHash"', path: ['pin'] });

const priority = strictObject({
  id,
  name: localized,
  /** Higher is called first among tickets that are otherwise equal under the routing order. */
  rank: z.number().int().min(1).max(100),
});

const dayHours = z.array(hours).default([]);
const weekHours = strictObject({ sun: dayHours, mon: dayHours, tue: dayHours, wed: dayHours, thu: dayHours, fri: dayHours, sat: dayHours });

export const schedule = strictObject({
  /** The demo stays open round the clock so that a newcomer can try it at any hour. */
  alwaysOpen: z.boolean().default(false),
  week: weekHours.default({}),
  /** e.g. the second and fourth Saturday of the month, 09:00-12:00. */
  nthWeekdays: z
    .array(strictObject({ weekday: z.enum(WEEKDAYS), weeks: z.array(z.number().int().min(1).max(5)).min(1), hours: z.array(hours).min(1) }))
    .default([]),
  holidays: z.array(z.string().regex(ISO_DAY, 'expected a date like "2026-01-01"').refine(isCalendarDay, 'expected a date that exists on the calendar')).default([]),
  /** Issuing stops this many minutes before closing. */
  stopIssuingBeforeCloseMin: z.number().int().min(0).max(240).default(15),
  /** Sliding lunch of each booth, shown on its booth display. */
  lunch: z.array(strictObject({ booth: z.number().int().min(1), hours })).default([]),
});

/** How one direction softens strict priority (domain/routing.ts explains both with examples). */
const directionRouting = strictObject({
  /** At most `priorityInRow` priority tickets called in a row while an ordinary one has waited `ordinaryWaitMin` minutes; then that one. */
  mix: strictObject({
    priorityInRow: z.number().int().min(1, 'expected at least 1 priority ticket in a row').max(100),
    ordinaryWaitMin: z.number().int().min(0).max(600),
  }).optional(),
  /** Each `minutesPerRank` minutes of waiting count as one priority rank step. */
  ageing: strictObject({ minutesPerRank: z.number().int().min(1, 'expected at least 1 minute per rank step').max(600) }).optional(),
});

const routing = strictObject({
  order: z
    .array(z.enum(['booked', 'priority', 'wait']))
    .min(1)
    .refine((o) => new Set(o).size === o.length, 'expected each rule once')
    .default(['booked', 'priority', 'wait']),
  /** By direction id: priority mixed with ordinary tickets, or ageing; strict priority where absent. */
  directions: z.record(z.string(), directionRouting).default({}),
});

const booking = strictObject({
  slotMinutes: z.number().int().min(5).max(120).default(20),
  perSlot: z.number().int().min(1).max(20).default(1),
  /** A booked ticket counts as due this many minutes before its time. */
  dueBeforeMin: z.number().int().min(0).max(120).default(5),
  /** A citizen may check in with the code from this many minutes before the booked time… */
  checkInEarlyMin: z.number().int().min(0).max(240).default(60),
  /** …until this many minutes after it. */
  checkInLateMin: z.number().int().min(0).max(240).default(30),
  horizonDays: z.number().int().min(1).max(90).default(30),
});

/** What every printer has, whatever its transport. */
const printerCommon = {
  /** Default: the office language's (ru, en: cp866; uk: cp1251). It must hold every letter of the office's texts. */
  codePage: z.enum(CODE_PAGES).optional(),
  /** Whose ESC t numbers to use for the page (docs/deploy.md, "Code pages"). */
  maker: z.enum(PRINTER_MAKERS).default('epson'),
  /** ESC t n for the chosen page, when the maker's table has none or the printer differs. */
  codePageNumber: z.number().int().min(0).max(255).optional(),
  timeoutMs: z.number().int().min(100).max(60000).default(4000),
  /** How often a printer that is down is asked after, until it answers again. */
  recheckMs: z.number().int().min(200).max(600000).default(5000),
  /** Printed as a QR code when set; "{ticket}" is replaced by the ticket number. */
  qrUrl: z.string().min(1).optional(),
  widthChars: z.number().int().min(24).max(64).default(42),
};

// The common fields are in each transport's object (not an intersection), so that each object knows every
// key it may hold and can refuse the others.
const printer = z.discriminatedUnion('transport', [
  strictObject({ transport: z.literal('simulated'), ...printerCommon }),
  strictObject({ transport: z.literal('network'), host: z.string().min(1), port: z.number().int().min(1).max(65535).default(9100), ...printerCommon }),
  strictObject({ transport: z.literal('usb'), vendorId: z.number().int().optional(), productId: z.number().int().optional(), ...printerCommon }),
  strictObject({ transport: z.literal('serial'), path: z.string().min(1), baudRate: z.number().int().default(9600), ...printerCommon }),
]);

const hardwareSection = strictObject({
  printer: printer.default({ transport: 'simulated' }),
  /** "hid" reads real devices through node-hid; "simulated" gives each mapped booth a virtual button. */
  buttonBus: z.enum(['hid', 'simulated']).default('hid'),
  buttons: z
    .array(
      strictObject({
        booth: z.number().int().min(1),
        vendorId: z.number().int().min(0).max(0xffff),
        productId: z.number().int().min(0).max(0xffff),
        serialNumber: z.string().optional(),
        path: z.string().optional(),
        /** "key:F1" for keyboard-type keypads, leading report bytes in hex ("01") for vendor buttons. */
        keys: z.record(
          z.string().refine(isValidKeySpec, 'expected "key:<NAME>" (e.g. "key:F1") or report bytes in hex (e.g. "01")'),
          z.enum(['callNext', 'recall', 'start', 'finish', 'noShow']),
        ),
        /**
         * The result recorded when the button finishes a visit that has no visitor card (with a card, the
         * card's): an id of the one list of results, or an old id that maps onto it (journal/visit-results.ts).
         * The former default "done" (served), which names no result, is still accepted so that an older
         * file starts: such a button finishes as "explained", like one without `finishResult`.
         */
        finishResult: z.string().refine((id) => resultOf(id) !== null || id === 'done', `expected one of ${RESULTS.map((r) => `"${r}"`).join(', ')}`).optional(),
      }),
    )
    .default([]),
  voice: strictObject({
      enabled: z.boolean().default(true),
      engine: z.enum(['festival', 'espeak-ng']).default('festival'),
      language: z.enum(['ru', 'uk']).default('ru'),
      /** Default: "Талон {ticket}, пройдите в кабину номер {booth}" (or its Ukrainian). */
      template: z.string().min(1).refine((t) => t.includes('{ticket}') && t.includes('{booth}'), 'expected a phrase with {ticket} and {booth}').optional(),
      volume: z.number().min(0).max(2).default(1),
      repeat: z.number().int().min(1).max(3).default(1),
      /** "alsa" plays on the PA; "files" writes each announcement as a WAV (the simulator). */
      output: z.enum(['alsa', 'files']).default('alsa'),
      alsaDevice: z.string().optional(),
    })
    .default({}),
});

/** The prefix of the example config's placeholder tokens; the installer replaces them (queue-core/src/first-config.ts). */
export const PLACEHOLDER_TOKEN = 'replace-with-';

/** A token a kiosk or an integration proves itself with: long, and never the example's placeholder. */
const secretToken = z
  .string()
  .min(16, 'expected a token of at least 16 characters')
  .max(256)
  .refine((t) => !t.startsWith(PLACEHOLDER_TOKEN), 'this is the example\'s placeholder, which anyone can read: put a token of your own (openssl rand -hex 16)');

/**
 * The kiosks allowed to say hello (docs/protocol.md, "Enrolling a kiosk"): each by its own token, given to
 * the kiosk page once as `/kiosk/?token=…`, or by the addresses it connects from. Nothing listed, no kiosk.
 */
const kioskEnrollment = {
  kiosks: z.array(strictObject({ name: z.string().min(1).max(64), token: secretToken })).default([]),
  /** A kiosk issues `burst` tickets at once, then one every `everySeconds`; more than `priorityAlertOver` priority tickets within `priorityAlertMinutes` alert the head. */
  kioskIssuing: strictObject({
    burst: z.number().int().min(1).max(1000).default(5),
    everySeconds: z.number().min(0.001).max(600).default(5),
    priorityAlertOver: z.number().int().min(1).max(1000).default(10),
    priorityAlertMinutes: z.number().int().min(1).max(240).default(10),
    /**
     * All kiosks together, however many there are: a range in kioskAddresses makes every address a kiosk of
     * its own, each with its own burst. Four kiosks with a line at each issue about one ticket in 10 s.
     */
    allKiosks: strictObject({
      burst: z.number().int().min(1).max(10000).default(20),
      everySeconds: z.number().min(0.001).max(600).default(2),
    }).default({}),
  }).default({}),
  kioskAddresses: z.array(z.string().refine(isAddressPattern, 'expected an address such as "192.168.1.20" or a range such as "192.168.1.0/24"')).default([]),
};

/**
 * The ticket on the phone (docs/head-guide.md): a QR code on the printed ticket opens a page with that
 * ticket's place in line, served on a listener of its own for the guest network. Absent: no QR page.
 */
const ticketPage = strictObject({
  /** What the QR code points to, the ticket's token appended: e.g. "http://queue.guest.lan:8081/t/". */
  baseUrl: z.string().refine(isTicketPageBase, 'expected an address like "http://queue.guest.lan:8081/t/" (http or https, ending in "/t/")'),
  /** The port of the guest listener; it serves the ticket page and nothing else. */
  port: z.number().int().min(1).max(65535).default(8081),
  /** The address it listens on: the box's address on the guest network, or all of them. */
  host: z.string().min(1).default('0.0.0.0'),
  /** How often an open page asks for news, in seconds. */
  refreshSeconds: z.number().int().min(5).max(120).default(10),
});

/** An http(s) address without user, query or fragment whose path ends in "/t/": the token follows it. */
export function isTicketPageBase(text: string): boolean {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return false;
  }
  return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname && !u.username && !u.password && !u.search && !u.hash && u.pathname.endsWith('/t/') && text.endsWith('/t/');
}

/** The reasons a citizen may add to a rating; `when` says after which scores the chip is offered. */
export const DEFAULT_RATING_REASONS = [
  { id: 'waited-long', when: 'low', name: { ru: 'Долго ждал', uk: 'Довго чекав', en: 'Waited long' } },
  { id: 'impolite', when: 'low', name: { ru: 'Невежливо', uk: 'Неввічливо', en: 'Impolite' } },
  { id: 'not-explained', when: 'low', name: { ru: 'Не объяснили', uk: 'Не пояснили', en: 'Not explained' } },
  { id: 'not-resolved', when: 'low', name: { ru: 'Вопрос не решён', uk: 'Питання не вирішено', en: 'Not resolved' } },
  { id: 'quick', when: 'high', name: { ru: 'Решили быстро', uk: 'Вирішили швидко', en: 'Resolved quickly' } },
  { id: 'polite', when: 'high', name: { ru: 'Вежливо', uk: 'Ввічливо', en: 'Polite' } },
  { id: 'clear', when: 'high', name: { ru: 'Понятно объяснили', uk: 'Зрозуміло пояснили', en: 'Explained clearly' } },
] as const;

/**
 * The citizen's rating of a visit (domain/rating.ts), off unless `enabled`. Each booth that takes ratings
 * says what it has: its booth display is a touch screen, a tablet beside it (/display/booth/<n>/rate), a USB
 * rating keypad (read like the call buttons, keys mapped to scores 1–5). A screen rates only when it proves
 * itself like a kiosk: by the booth's `token` (given once as ?token=…) or by connecting from `addresses`.
 */
const ratingSection = strictObject({
  enabled: z.boolean().default(false),
  /** How long after a finished visit the citizen may rate it; the next call closes it sooner. */
  timeoutSeconds: z.number().int().min(10).max(600).default(60),
  booths: z.array(strictObject({
    booth: z.number().int().min(1),
    touchDisplay: z.boolean().default(false),
    tablet: z.boolean().default(false),
    token: secretToken.optional(),
    addresses: z.array(z.string().refine(isAddressPattern, 'expected an address such as "192.168.1.20" or a range such as "192.168.1.0/24"')).default([]),
    keypad: strictObject({
      vendorId: z.number().int().min(0).max(0xffff),
      productId: z.number().int().min(0).max(0xffff),
      serialNumber: z.string().optional(),
      path: z.string().optional(),
      /** "key:KP1" for keyboard-type keypads, leading report bytes in hex for vendor ones, each to a score 1–5. */
      keys: z.record(
        z.string().refine(isValidKeySpec, 'expected "key:<NAME>" (e.g. "key:F1") or report bytes in hex (e.g. "01")'),
        z.number().int().min(1).max(5),
      ),
    }).optional(),
  })).default([]),
  reasons: z.array(strictObject({ id, when: z.enum(['low', 'high', 'any']).default('any'), name: localized })).max(12).default(DEFAULT_RATING_REASONS.map((r) => ({ ...r, name: { ...r.name } }))),
});

/**
 * Reception of citizens by the management (issue 18, journal/reception-rules.ts): when the head receives,
 * e.g. "every second Tuesday, 10:00–12:00, a citizen every 15 minutes". Published on the hall display and
 * the kiosk; none configured, nothing is published and nobody can be booked.
 */
const receptionSection = strictObject({
  hours: z.array(strictObject({
    /** Who receives, as the screens name them: "Начальник управления Иванова И. И.". */
    who: localized,
    weekday: z.enum(WEEKDAYS),
    /** Which of the month's weekdays (1 = the first …); none: every week. */
    weeks: z.array(z.number().int().min(1).max(5)).max(5).default([]),
    hours,
    slotMinutes: z.number().int().min(5).max(240).default(15),
  })).max(10).default([]),
  /** How many coming reception days the screens publish. */
  publishDays: z.number().int().min(1).max(10).default(3),
});

export const officeConfigSchema = strictObject({
    office: strictObject({
      name: z.string().min(1, 'expected the branch name'),
      address: z.string().min(1, 'expected the branch address'),
      phones: z.array(z.string().min(3)).default([]),
      timezone,
      language: z.enum(LANGUAGES).default('ru'),
    }),
    directions: z.array(direction).min(1, 'expected at least one direction'),
    booths: z.array(booth).min(1, 'expected at least one booth'),
    /** Absent: one hall holding every booth and direction. */
    halls: z.array(hall).optional(),
    staff: z.array(staff).default([]),
    priorities: z.array(priority).default([]),
    /**
     * The former list of finish results, accepted and ignored: a visit's result is now one of the journal's
     * fixed list (journal/visit-results.ts), the same for the finish and the visitor card.
     */
    results: z.array(strictObject({ id, name: localized })).optional(),
    schedule: schedule.default({}),
    routing: routing.default({}),
    booking: booking.default({}),
    display: strictObject({
        infoLine: z.array(localized).default([]),
        recentCalls: z.number().int().min(1).max(20).default(6),
        highlightSeconds: z.number().int().min(1).max(120).default(15),
      })
      .default({}),
    /**
     * An office for everyone (issue 17): the kiosk's accessible mode for visitors who cannot see well (high
     * contrast, very large type, each step read aloud, a tactile numeric keypad, the ticket printed large),
     * and the kiosk's "call for help" button, which raises an alert for the consultant and the head.
     */
    accessibility: strictObject({
        kioskMode: z.boolean().default(false),
        helpButton: z.boolean().default(false),
      })
      .default({}),
    /** The appeal journal: reasons (kinds of social payment), deadlines, repeat period, retention. */
    journal: strictObject({
        reasons: z.array(strictObject({ id, name: localized })).min(1).default(DEFAULT_REASONS),
        deadlineDays: strictObject(Object.fromEntries(['proposal', 'statement', 'complaint', 'consultation', 'documents', 'certificate'].map((k) => [k, z.number().int().min(0).max(365)])) as Record<
            'proposal' | 'statement' | 'complaint' | 'consultation' | 'documents' | 'certificate', z.ZodNumber>)
          .default({ proposal: 30, statement: 10, complaint: 30, consultation: 0, documents: 10, certificate: 1 }),
        repeatWithinDays: z.number().int().min(1).max(365).default(30),
        /** Personal fields (name, address, passport, notes) are erased this long after the visit. */
        retentionDays: z.number().int().min(30).max(36500).default(1825),
        /**
         * Outreach visits to rural settlements: an appeal taken on a visit is late when entered more than
         * `lateAfterDays` after it; next year's visits are suggested from the mean appeals of the last
         * `historyYears` years, one visit per `appealsPerVisit` appeals.
         */
        outreach: strictObject({
            lateAfterDays: z.number().int().min(0).max(30).default(2),
            appealsPerVisit: z.number().int().min(1).max(500).default(15),
            historyYears: z.number().int().min(1).max(10).default(3),
          })
          .default({}),
        /**
         * Personal case files (issue 18): how many working days a file may lie at each step of its route
         * before the head sees it overdue, how many years a closed file is stored before it may be destroyed
         * (from 1 January of the year after it was closed; per payment type where the law sets another term),
         * and the reasons the head returns a file for completion.
         */
        caseFiles: strictObject({
            overdueDays: strictObject({
              formed: z.number().int().min(0).max(60).default(DEFAULT_OVERDUE_TERMS.formed),
              returned: z.number().int().min(0).max(60).default(DEFAULT_OVERDUE_TERMS.returned),
              accepted: z.number().int().min(0).max(60).default(DEFAULT_OVERDUE_TERMS.accepted),
              bundled: z.number().int().min(0).max(60).default(DEFAULT_OVERDUE_TERMS.bundled),
              'at-payments': z.number().int().min(0).max(120).default(DEFAULT_OVERDUE_TERMS['at-payments']),
              closed: z.number().int().min(0).max(60).default(DEFAULT_OVERDUE_TERMS.closed),
              issued: z.number().int().min(0).max(60).default(DEFAULT_OVERDUE_TERMS.issued),
            }).default({}),
            storageYears: z.number().int().min(1).max(75).default(DEFAULT_STORAGE.years),
            storageYearsByPaymentType: z.record(z.string(), z.number().int().min(1).max(75)).default({}),
            returnReasons: z.array(strictObject({ id, name: localized })).min(1).max(20).default(DEFAULT_RETURN_REASON_NAMES.map((r) => ({ id: r.id, name: { ...r.name } }))),
          })
          .default({}),
      })
      .default({}),
    /**
     * The book of feedback and suggestions at the kiosk (journal/feedback.ts): off unless switched on. Each
     * entry is a journal appeal (thanks, proposal, complaint) due in `deadlineDays` of its kind — 30 days, as
     * the law on citizens' appeals sets; 0 keeps an entry without a deadline.
     */
    feedback: strictObject({
        enabled: z.boolean().default(false),
        deadlineDays: strictObject({
          thanks: z.number().int().min(0).max(365).default(30),
          proposal: z.number().int().min(0).max(365).default(30),
          complaint: z.number().int().min(0).max(365).default(30),
        }).default({}),
        /** The longest text a citizen may leave, in characters. */
        maxLength: z.number().int().min(50).max(2000).default(1000),
      })
      .default({}),
    /** When the head of the service is warned. */
    alerts: strictObject({
        /**
         * The waiting-time norm (Government decree No. 1376, item 18, and the services' regulations): at most
         * 15 minutes in line, 5 for a citizen who booked a time; the head is warned `warnBeforeMinutes` before
         * a ticket breaches it. A direction may set its own (directions[].normMinutes, bookedNormMinutes).
         */
        norm: strictObject({
          waitMinutes: z.number().int().min(1).max(600).default(15),
          bookedWaitMinutes: z.number().int().min(1).max(600).default(5),
          warnBeforeMinutes: z.number().int().min(0).max(120).default(5),
        }).default({}),
        /** Former setting, no longer used: the long-wait alert follows the norm. Accepted so that old files load. */
        longWaitMinutes: z.number().int().min(1).max(600).optional(),
        breakOverMinutes: z.number().int().min(0).max(240).default(10),
        /** Free space on the data folder's disk below which the head is warned. */
        lowDiskMegabytes: z.number().int().min(0).max(100_000_000).default(200),
      })
      .default({}),
    integrations: z.array(strictObject({ name: z.string().min(1), token: secretToken })).default([]),
    server: strictObject({
        allowedOrigins: z.array(z.string()).default([]),
        /** Names the daemon answers to besides its own addresses, localhost and the machine's name (DNS rebinding). */
        hostNames: z.array(z.string().min(1)).default([]),
        /** The office's certificate and key (PEM files): HTTPS and WSS instead of HTTP and WS. */
        tls: strictObject({ cert: z.string().min(1), key: z.string().min(1) }).optional(),
        ...kioskEnrollment,
      }).default({}),
    hardware: hardwareSection.default({}),
    ticketPage: ticketPage.optional(),
    rating: ratingSection.default({}),
    reception: receptionSection.default({}),
  })
  .superRefine((c, ctx) => {
    const dupes = <T>(items: T[], key: (t: T) => string | number, path: string | string[], what: string) => {
      const seen = new Set<string | number>();
      items.forEach((item, i) => {
        const k = key(item);
        if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [...[path].flat(), i], message: `${what} ${JSON.stringify(k)} is used twice` });
        seen.add(k);
      });
    };
    dupes(c.directions, (d) => d.id, 'directions', 'direction id');
    dupes(c.directions, (d) => d.prefix.toUpperCase(), 'directions', 'prefix');
    dupes(c.booths, (b) => b.number, 'booths', 'booth number');
    dupes(c.halls ?? [], (h) => h.id, 'halls', 'hall id');
    dupes(c.staff, (s) => s.id, 'staff', 'staff id');
    dupes(c.priorities, (p) => p.id, 'priorities', 'priority id');
    dupes(c.journal.reasons, (r) => r.id, ['journal', 'reasons'], 'reason id');
    dupes(c.journal.caseFiles.returnReasons, (r) => r.id, ['journal', 'caseFiles', 'returnReasons'], 'reason id');
    const paymentTypes = new Set(c.journal.reasons.map((r) => r.id));
    for (const t of Object.keys(c.journal.caseFiles.storageYearsByPaymentType)) {
      if (!paymentTypes.has(t)) ctx.addIssue({ code: 'custom', path: ['journal', 'caseFiles', 'storageYearsByPaymentType', t], message: `unknown payment type ${JSON.stringify(t)}` });
    }
    dupes(c.server.kiosks, (k) => k.name, ['server', 'kiosks'], 'kiosk name');
    const directionIds = new Set(c.directions.map((d) => d.id));
    c.booths.forEach((b, i) =>
      b.directions.forEach((d, j) => {
        if (!directionIds.has(d)) ctx.addIssue({ code: 'custom', path: ['booths', i, 'directions', j], message: `unknown direction ${JSON.stringify(d)}` });
      }),
    );
    const boothNumbers = new Set(c.booths.map((b) => b.number));
    for (const p of lifeSituationProblems(c.directions, c.booths)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    c.hardware.buttons.forEach((b, i) => {
      if (!boothNumbers.has(b.booth)) ctx.addIssue({ code: 'custom', path: ['hardware', 'buttons', i, 'booth'], message: `unknown booth ${b.booth}` });
    });
    for (const p of printerTextProblems(c)) ctx.addIssue({ code: 'custom', path: ['hardware', 'printer', ...p.path], message: p.message });
    const { order } = c.routing;
    const priorityFirst = order.includes('priority') && order.indexOf('priority') < (order.includes('wait') ? order.indexOf('wait') : order.length);
    for (const [id, rules] of Object.entries(c.routing.directions)) {
      if (!directionIds.has(id)) ctx.addIssue({ code: 'custom', path: ['routing', 'directions', id], message: `unknown direction ${JSON.stringify(id)}` });
      for (const kind of ['mix', 'ageing'] as const) {
        if (rules[kind] && !priorityFirst) ctx.addIssue({ code: 'custom', path: ['routing', 'order'], message: `expected "priority" before "wait" for the ${kind} of direction ${JSON.stringify(id)}` });
      }
    }
    if (c.ticketPage && c.hardware.printer.qrUrl) {
      ctx.addIssue({ code: 'custom', path: ['hardware', 'printer', 'qrUrl'], message: 'expected no qrUrl while ticketPage is set: the QR code on the ticket then opens the ticket page' });
    }
    for (const p of hallProblems(c)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
    dupes(c.rating.booths, (b) => b.booth, ['rating', 'booths'], 'booth');
    dupes(c.rating.reasons, (r) => r.id, ['rating', 'reasons'], 'reason id');
    c.rating.booths.forEach((b, i) => {
      if (!boothNumbers.has(b.booth)) ctx.addIssue({ code: 'custom', path: ['rating', 'booths', i, 'booth'], message: `unknown booth ${b.booth}` });
      if (!b.touchDisplay && !b.tablet && !b.keypad) ctx.addIssue({ code: 'custom', path: ['rating', 'booths', i], message: 'expected a way to rate: touchDisplay, tablet or keypad' });
      if ((b.touchDisplay || b.tablet) && !b.token && b.addresses.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['rating', 'booths', i], message: 'expected a token or addresses for the rating screen, so that no other device can rate' });
      }
    });
    c.reception.hours.forEach((h, i) => {
      const [from, to] = h.hours.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
      if (from !== undefined && to !== undefined && to - from < h.slotMinutes) {
        ctx.addIssue({ code: 'custom', path: ['reception', 'hours', i, 'slotMinutes'], message: `expected a slot that fits in the hours ${h.hours}` });
      }
    });
    c.schedule.lunch.forEach((l, i) => {
      if (!boothNumbers.has(l.booth)) ctx.addIssue({ code: 'custom', path: ['schedule', 'lunch', i, 'booth'], message: `unknown booth ${l.booth}` });
    });
  });

/**
 * What is wrong with the life situations' steps: an empty list, an unknown direction or booth, a life
 * situation inside another, or a booth that serves a life situation directly (its steps are served, not
 * the situation itself).
 */
function lifeSituationProblems(directions: { id: string; steps?: { direction: string; booth: number | null }[] | undefined }[], booths: { number: number; directions: string[] }[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const bundles = new Set(directions.filter((d) => d.steps !== undefined).map((d) => d.id));
  directions.forEach((d, i) => {
    if (d.steps === undefined) return;
    if (d.steps.length === 0) problems.push({ path: ['directions', i, 'steps'], message: 'expected at least one step' });
    d.steps.forEach((s, j) => {
      const at = ['directions', i, 'steps', j];
      if (!directions.some((x) => x.id === s.direction)) problems.push({ path: [...at, 'direction'], message: `unknown direction ${JSON.stringify(s.direction)}` });
      else if (bundles.has(s.direction)) problems.push({ path: [...at, 'direction'], message: `expected an ordinary direction: ${JSON.stringify(s.direction)} is itself a life situation` });
      if (s.booth !== null) {
        // The step's booth calls it by number, as a transfer to a booth: it need not serve the direction otherwise.
        if (!booths.some((b) => b.number === s.booth)) problems.push({ path: [...at, 'booth'], message: `unknown booth ${s.booth}` });
      }
    });
  });
  booths.forEach((b, i) => b.directions.forEach((d, j) => {
    if (bundles.has(d)) problems.push({ path: ['booths', i, 'directions', j], message: `expected the steps' directions: ${JSON.stringify(d)} is a life situation, served through its steps` });
  }));
  return problems;
}

export type OfficeConfig = z.infer<typeof officeConfigSchema>;
export type OfficeConfigInput = z.input<typeof officeConfigSchema>;
export type DirectionConfig = OfficeConfig['directions'][number];
export type StaffConfig = OfficeConfig['staff'][number];
export type ScheduleConfig = OfficeConfig['schedule'];
export type HardwareConfig = OfficeConfig['hardware'];
export type ReceptionConfig = OfficeConfig['reception'];
export type HallConfig = NonNullable<OfficeConfig['halls']>[number];

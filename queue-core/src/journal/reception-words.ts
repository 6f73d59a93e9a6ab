// The words of the management's reception that the daemon writes itself: the overdue alert, the A4 page
// of a reception day's materials and the citizen's invitation, in the office's language.
import type { Language } from '../config/schema.js';
import type { ControlProblem } from './reception-rules.js';

/** "control.deadline missing": one key for each field and what is wrong with it. */
type ProblemKey<P> = P extends { field: infer F extends string; why: infer W extends string } ? `${F} ${W}` : never;

export const RECEPTION_ALERT = {
  /** One decision under control past its deadline: the booking, the deadline and who answers for it. */
  overdue: (id: string, deadline: string, responsible: string, lang: Language): string => ({
    ru: `Приём руководства: решение по записи ${id} не исполнено в срок (до ${dotted(deadline, lang)}), ответственный — ${responsible}`,
    uk: `Прийом керівництва: рішення за записом ${id} не виконано в строк (до ${dotted(deadline, lang)}), відповідальний — ${responsible}`,
    en: `Reception by the management: the decision on booking ${id} is overdue (due ${dotted(deadline, lang)}), responsible: ${responsible}`,
  })[lang],
};

/** Refusals of a booking in words for the person at the panel: they name the record, never another citizen. */
export const RECEPTION_REFUSAL = {
  /** A linked appeal or case file whose citizen is not the booked one. */
  notTheCitizens: (kind: 'appeal' | 'caseFile', id: string, lang: Language): string => ({
    appeal: {
      ru: `Обращение ${id} — не этого гражданина: ФИО в журнале другое. Укажите обращение записываемого гражданина.`,
      uk: `Звернення ${id} — не цього громадянина: ПІБ у журналі інше. Вкажіть звернення громадянина, якого записуєте.`,
      en: `Appeal ${id} is not this citizen's: the journal has another name on it. Name an appeal of the citizen being booked.`,
    },
    caseFile: {
      ru: `Личное дело ${id} — не этого гражданина: ФИО в деле другое. Укажите дело записываемого гражданина.`,
      uk: `Особова справа ${id} — не цього громадянина: ПІБ у справі інше. Вкажіть справу громадянина, якого записуєте.`,
      en: `Case file ${id} is not this citizen's: the file has another name on it. Name a file of the citizen being booked.`,
    },
  })[kind][lang],
  /** A decision put under control without its deadline or its responsible, or with a wrong one: said by the field. */
  control: (p: ControlProblem, receptionDay: string, lang: Language): string => ({
    'control.deadline missing': {
      ru: 'Укажите срок исполнения: без него решение нельзя поставить на контроль.',
      uk: 'Вкажіть термін виконання: без нього рішення не можна поставити на контроль.',
      en: 'Give the deadline: without it the decision cannot go under control.',
    },
    'control.deadline before-reception': {
      ru: `Срок исполнения не может быть раньше дня приёма (${dotted(receptionDay, 'ru')}).`,
      uk: `Термін виконання не може бути раніше дня прийому (${dotted(receptionDay, 'uk')}).`,
      en: `The deadline cannot be before the reception day (${dotted(receptionDay, 'en')}).`,
    },
    'control.responsible missing': {
      ru: 'Укажите ответственного за исполнение решения.',
      uk: 'Вкажіть відповідального за виконання рішення.',
      en: 'Name the staff member responsible for carrying out the decision.',
    },
    'control.responsible unknown-staff': {
      ru: 'Такого сотрудника нет в списке персонала: выберите ответственного из списка.',
      uk: 'Такого працівника немає у списку персоналу: оберіть відповідального зі списку.',
      en: 'There is no such staff member: choose the responsible one from the list.',
    },
  } satisfies Record<ProblemKey<ControlProblem>, Record<Language, string>>)[`${p.field} ${p.why}` as ProblemKey<ControlProblem>][lang],
  /** A booking that names no appeal of the journal: the service considers the question before the head receives on it. */
  notConsidered: (lang: Language): string => ({
    ru: 'Укажите обращение из журнала, в котором вопрос рассмотрен: на приём к руководству записывают после того, как вопрос рассмотрела служба.',
    uk: 'Вкажіть звернення з журналу, у якому питання розглянуто: на прийом до керівництва записують після того, як питання розглянула служба.',
    en: 'Name the journal appeal the question was considered in: a citizen is booked for the reception after the service has considered the question.',
  })[lang],
  /** An appeal number the journal does not have. */
  appealNotFound: (id: string, lang: Language): string => ({
    ru: `Обращения ${id} нет в журнале. Проверьте номер (вида J-20261202-0001).`,
    uk: `Звернення ${id} немає в журналі. Перевірте номер (вигляду J-20261202-0001).`,
    en: `There is no appeal ${id} in the journal. Check the number (like J-20261202-0001).`,
  })[lang],
};

export const dotted = (day: string, lang: Language) => {
  const [y, m, d] = day.split('-');
  return lang === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

export const PAPER_WORDS = {
  ru: {
    materials: 'Материалы к личному приёму граждан руководством', day: 'Дата приёма', who: 'Принимает', hours: 'Часы приёма',
    time: 'Время', citizen: 'Гражданин', phone: 'Телефон', question: 'Вопрос', appeals: 'Рассмотрено в обращениях', caseFiles: 'Личные дела',
    decision: 'Решение руководителя', none: 'На этот день никто не записан.', erased: 'персональные данные удалены по сроку хранения',
    invitation: 'Приглашение на личный приём к руководству', bring: 'Возьмите с собой паспорт и документы по вопросу.', booking: 'Запись',
    fileNo: 'Номер дела', paymentType: 'Вид выплаты', fileState: 'Где сейчас', fileWhere: 'У кого / место', since: 'с', noFile: 'такого дела нет в учёте',
  },
  uk: {
    materials: 'Матеріали до особистого прийому громадян керівництвом', day: 'Дата прийому', who: 'Приймає', hours: 'Години прийому',
    time: 'Час', citizen: 'Громадянин', phone: 'Телефон', question: 'Питання', appeals: 'Розглянуто у зверненнях', caseFiles: 'Особові справи',
    decision: 'Рішення керівника', none: 'На цей день ніхто не записаний.', erased: 'персональні дані видалено за строком зберігання',
    invitation: 'Запрошення на особистий прийом до керівництва', bring: 'Візьміть із собою паспорт і документи щодо питання.', booking: 'Запис',
    fileNo: 'Номер справи', paymentType: 'Вид виплати', fileState: 'Де зараз', fileWhere: 'У кого / місце', since: 'з', noFile: 'такої справи немає в обліку',
  },
  en: {
    materials: 'Materials for the reception of citizens by the management', day: 'Reception day', who: 'Receives', hours: 'Reception hours',
    time: 'Time', citizen: 'Citizen', phone: 'Phone', question: 'Question', appeals: 'Considered in appeals', caseFiles: 'Case files',
    decision: "The head's decision", none: 'Nobody is booked for this day.', erased: 'personal data erased after the retention period',
    invitation: 'Invitation to a personal reception by the management', bring: 'Please bring your passport and the papers on your question.', booking: 'Booking',
    fileNo: 'File number', paymentType: 'Payment type', fileState: 'Where it is now', fileWhere: 'Held by / place', since: 'since', noFile: 'no such file on record',
  },
} satisfies Record<Language, Record<string, string>>;

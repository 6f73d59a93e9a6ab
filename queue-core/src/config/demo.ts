// The embedded demo office used by `npm start` when no config file is given. It carries the seed's real
// schedule (weekdays 8:30–17:30, second and fourth Saturday 9:00–12:00, sliding lunches) but stays open
// round the clock so that a newcomer can try it at any hour.
import type { OfficeConfigInput } from './schema.js';

export const demoConfig: OfficeConfigInput = {
  office: {
    name: 'Клиентская служба филиала ЦСПН по Селенгинскому району',
    address: 'г. Гусиноозёрск, ул. Пушкина, 12',
    phones: ['+7 (30145) 4-12-34', '+7 (30145) 4-56-78'],
    timezone: 'Asia/Irkutsk',
    language: 'ru',
  },
  directions: [
    { id: 'certificates', prefix: 'С', name: { ru: 'Выдача справок', uk: 'Видача довідок', en: 'Certificates' }, serviceMinutes: 7 },
    { id: 'documents', prefix: 'Д', name: { ru: 'Сдача документов', uk: 'Подання документів', en: 'Document submission' }, serviceMinutes: 20 },
    { id: 'consultation', prefix: 'К', name: { ru: 'Консультация', uk: 'Консультація', en: 'Consultation' }, serviceMinutes: 10 },
    // A life situation (seed 003's package services): one ticket, three steps in order — the documents at
    // any booth, the certificate at booth 3, then a consultation on the payments that follow.
    {
      id: 'birth', prefix: 'Р', name: { ru: 'Рождение ребёнка', uk: 'Народження дитини', en: 'Birth of a child' }, serviceMinutes: 30,
      steps: ['documents', { direction: 'certificates', booth: 3 }, 'consultation'],
    },
  ],
  booths: [
    { number: 1, directions: ['certificates', 'documents', 'consultation'] },
    { number: 2, directions: ['certificates', 'documents', 'consultation'] },
    { number: 3, directions: ['certificates', 'documents', 'consultation'] },
    { number: 4, directions: ['documents', 'consultation'] },
  ],
  staff: [
    { id: 'ivanova', name: 'Иванова Мария Петровна', role: 'operator', pin: '1111' },
    { id: 'petrova', name: 'Петрова Анна Сергеевна', role: 'operator', pin: '2222' },
    { id: 'sidorov', name: 'Сидоров Олег Иванович', role: 'operator', pin: '3333' },
    { id: 'bazarova', name: 'Базарова Туяна Владимировна', role: 'operator', pin: '4444' },
    { id: 'consultant', name: 'Николаева Ольга Дмитриевна', role: 'consultant', pin: '5555' },
    { id: 'head', name: 'Цыренова Елена Баировна', role: 'supervisor', pin: '9999' },
  ],
  priorities: [
    { id: 'veteran', name: { ru: 'Ветеран', uk: 'Ветеран', en: 'Veteran' }, rank: 10 },
    { id: 'disabled', name: { ru: 'Инвалидность', uk: 'Інвалідність', en: 'Disability' }, rank: 10 },
  ],
  schedule: {
    alwaysOpen: true,
    week: { mon: ['08:30-17:30'], tue: ['08:30-17:30'], wed: ['08:30-17:30'], thu: ['08:30-17:30'], fri: ['08:30-17:30'] },
    nthWeekdays: [{ weekday: 'sat', weeks: [2, 4], hours: ['09:00-12:00'] }],
    holidays: ['2026-12-31', '2027-01-01', '2027-01-02', '2027-01-07'],
    stopIssuingBeforeCloseMin: 15,
    lunch: [
      { booth: 1, hours: '12:00-12:45' },
      { booth: 2, hours: '12:45-13:30' },
      { booth: 3, hours: '13:30-14:15' },
      { booth: 4, hours: '14:15-15:00' },
    ],
  },
  display: {
    infoLine: [
      { ru: 'Перечни документов по всем социальным выплатам — на информационных стендах и у консультанта', uk: 'Переліки документів — на інформаційних стендах і в консультанта', en: 'Lists of documents for every social payment are on the boards and at the consultant\'s desk' },
      { ru: 'Консультации по телефону (горячая линия): +7 (30145) 4-12-34', uk: 'Консультації телефоном: +7 (30145) 4-12-34', en: 'Phone consultations (hotline): +7 (30145) 4-12-34' },
    ],
  },
  // The head receives citizens on the second and fourth Tuesday of the month (published on the hall display
  // and the kiosk); the consultant books them after the service has considered their question.
  reception: {
    hours: [{ who: { ru: 'Начальник управления Цыренова Е. Б.', uk: 'Начальник управління Циренова О. Б.', en: 'Head of the department E. B. Tsyrenova' }, weekday: 'tue', weeks: [2, 4], hours: '10:00-12:00', slotMinutes: 15 }],
  },
  integrations: [{ name: 'intake-demo', token: 'demo-intake-token-0123456789' }],
  // A kiosk page opened on this machine needs no set-up; a real office enrolls its kiosks (README, "Kiosks").
  server: { kioskAddresses: ['127.0.0.0/8', '::1'] },
  // Simulated hardware: tickets are kept in memory, each booth has a virtual button (F1 call, F2 recall,
  // F3 finish), announcements are written as WAV files into the data folder.
  hardware: {
    printer: { transport: 'simulated' },
    buttonBus: 'simulated',
    buttons: [1, 2, 3, 4].map((booth) => ({
      booth, vendorId: 0x1209, productId: 0xb007, serialNumber: `DEMO-${booth}`,
      keys: { 'key:F1': 'callNext' as const, 'key:F2': 'recall' as const, 'key:F3': 'finish' as const },
      finishResult: 'explained',
    })),
    voice: { output: 'files' },
  },
  // The citizen rates each visit: booth 1's display is a touch screen, booth 2 has a tablet beside it
  // (/display/booth/2/rate), booth 3 a USB rating keypad (simulated: keypad keys 1–5, which the kiosk and panel ignore). Screens on this
  // machine need no token, as the kiosk.
  rating: {
    enabled: true,
    timeoutSeconds: 60,
    booths: [
      { booth: 1, touchDisplay: true, addresses: ['127.0.0.0/8', '::1'] },
      { booth: 2, tablet: true, addresses: ['127.0.0.0/8', '::1'] },
      { booth: 3, keypad: { vendorId: 0x1209, productId: 0xb00c, serialNumber: 'DEMO-RATE-3', keys: { 'key:KP_1': 1, 'key:KP_2': 2, 'key:KP_3': 3, 'key:KP_4': 4, 'key:KP_5': 5 } } },
    ],
  },
};

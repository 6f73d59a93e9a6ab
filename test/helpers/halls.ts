// The demo office split into two halls, as the Kryvyi Rih centre has them: certificates at booths 1–2 in
// hall 1, documents and consultations at booths 3–4 in hall 2, each hall with its own speaker.
export function twoHalls(c: any, speakers: { h1?: string; h2?: string } = { h1: 'hall1', h2: 'hall2' }): void {
  c.booths = [
    { number: 1, directions: ['certificates'] },
    { number: 2, directions: ['certificates'] },
    { number: 3, directions: ['documents', 'consultation'] },
    { number: 4, directions: ['documents', 'consultation'] },
  ];
  c.halls = [
    { id: 'h1', name: { ru: 'Зал 1', uk: 'Зал 1', en: 'Hall 1' }, booths: [1, 2], directions: ['certificates'], ...(speakers.h1 ? { speaker: speakers.h1 } : {}) },
    { id: 'h2', name: { ru: 'Зал 2', uk: 'Зал 2', en: 'Hall 2' }, booths: [3, 4], directions: ['documents', 'consultation'], ...(speakers.h2 ? { speaker: speakers.h2 } : {}) },
  ];
}

// What the reception screen tests start from: a citizen with a case file and a complaint to bring to the
// management's reception, entered by an operator through the daemon.
import { client, ready, type TestDaemon } from './daemon.ts';

export const PETROV = { fullName: 'Петров Пётр Петрович', address: '', passport: '' };

/** Petrov's "documents" appeal with the case file formed from it, and his complaint (result "review"). */
export async function petrovWithCaseFile(d: TestDaemon) {
  const op = await ready(client(d, { role: 'operator', staffId: 'ivanova', pin: '1111', booth: 1, directions: ['certificates'] }));
  const docs = (await op.request('journalSave', { appeal: { citizen: PETROV, category: 'pensioner', appealType: 'documents', reason: 'subsidy', result: 'accepted', documents: ['Заявление'] } })).appeal;
  const file = (await op.request('caseFileForm', { appealId: docs.id })).file;
  const appeal = (await op.request('journalSave', { appeal: { citizen: PETROV, category: 'pensioner', appealType: 'complaint', reason: 'subsidy', result: 'review' } })).appeal;
  op.close();
  return { person: PETROV, file, appeal };
}

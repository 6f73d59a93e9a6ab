// The case-file requests (issue 18), handed to journal-case-files.ts with who is asking. Each runs on the
// journal's hold on the store (its audit trail and idempotency keys), as the journal's own requests do.
import { queueError } from '../domain/errors.js';
import { bodyHash } from './request-hash.js';
import type { RequestOf, RequestType, ResultOf } from '../protocol/messages.js';
import type { GatewayContext, Handler } from './context.js';
import type { JournalActor, JournalAnswer } from './journal-service.js';
import type { JournalContext } from './journal-context.js';
import {
  archiveBook, caseFileSettings, destroyable, formableAppeals, destroyFiles, formFile, getFile, listFiles, moveFile, overdueFiles, printAct, returnAnalysis, searchFiles,
} from './journal-case-files.js';

type CaseFileRequest = 'caseFileForm' | 'caseFileMove' | 'caseFileGet' | 'caseFiles' | 'caseFileSearch' | 'caseFileOverdue' | 'caseFileBook'
  | 'caseFileDestroyable' | 'caseFileDestroy' | 'caseFileAct' | 'caseFileReturns' | 'caseFileFormable' | 'caseFileSettings';

const viaJournal = <K extends CaseFileRequest>(call: (ctx: JournalContext, req: RequestOf<K>, actor: JournalActor, gw: GatewayContext) => JournalAnswer<ResultOf[K]> | Promise<JournalAnswer<ResultOf[K]>>): Handler<K> =>
  async (req, s, gw) => {
    const journal = gw.options.journal;
    if (!journal) return { error: queueError('INTERNAL', 'The journal is not available on this daemon') };
    const given = (req as { key?: string }).key;
    const key = given ? `${s.role}:${s.staffId ?? s.integration ?? ''}:${given}` : undefined;
    const hash = key ? bodyHash({ ...req, id: undefined, key: undefined }) : undefined;
    const answer = await call(journal.ctx, req, { role: s.role!, staffId: s.staffId, booth: s.booth, integration: s.integration, key, bodyHash: hash }, gw);
    return answer.ok ? { data: answer.data } : { error: answer.error };
  };

export const caseFileHandlers = {
  caseFileForm: viaJournal((c, r, a) => formFile(c, r.appealId, a)),
  caseFileMove: viaJournal((c, r, a) => moveFile(c, r.fileId, r.move, a)),
  caseFileGet: viaJournal((c, r, a) => getFile(c, r.fileId, a)),
  caseFiles: viaJournal((c, r, a) => listFiles(c, r.state, a)),
  caseFileSearch: viaJournal((c, r, a) => searchFiles(c, r.name, a)),
  caseFileOverdue: viaJournal((c, _r, a) => overdueFiles(c, a)),
  caseFileBook: viaJournal((c, r, a) => archiveBook(c, r.year, a)),
  caseFileDestroyable: viaJournal((c, _r, a) => destroyable(c, a)),
  caseFileDestroy: viaJournal((c, r, a) => destroyFiles(c, r, a)),
  caseFileAct: viaJournal((c, r, a, gw) => printAct(c, r.actId, r.lang ?? gw.service.config.office.language, a)),
  caseFileReturns: viaJournal((c, r) => returnAnalysis(c, r.fromYear, r.toYear)),
  caseFileFormable: viaJournal((c, r, a) => formableAppeals(c, r.days ?? 14, a)),
  caseFileSettings: viaJournal((c) => caseFileSettings(c)),
} satisfies Partial<{ [K in RequestType]: Handler<K> }>;

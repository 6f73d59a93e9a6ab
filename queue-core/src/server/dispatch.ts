// One frame from a client, from bytes to answer: size, JSON, the request's schema, sign-in, the role's
// permission, the rights the session still holds, then the request's handler. Whatever arrives, the client gets a structured answer; every
// BAD_REQUEST carries details.problems, each `field: what is wrong`.
import type { RawData } from 'ws';
import { queueError, type QueueError } from '../domain/errors.js';
import { REQUESTS, isRequestType } from '../protocol/requests.js';
import { issueMessages } from '../validation-messages.js';
import { formatPath } from '../config/load.js';
import type { Request, RequestId, RequestType } from '../protocol/messages.js';
import type { Answer, GatewayContext, Handler, Session } from './context.js';
import { send } from './frames.js';
import { handlers } from './handlers.js';
import { mayRequest } from './permissions.js';
import { rightsGone, sessionEndedError } from './session-rights.js';

/** A problem that is not about one field is listed under "(root)". */
function withProblems(error: QueueError): QueueError {
  if (error.code !== 'BAD_REQUEST' || Array.isArray(error.details?.problems)) return error;
  const problem = /^[\w.[\]]+: /.test(error.message) ? error.message : `(root): ${error.message}`;
  return { ...error, details: { ...error.details, problems: [problem] } };
}

const fail = (s: Session, id: RequestId | null, error: QueueError) => send(s, { type: 'error', id, error: withProblems(error) });

export async function receive(s: Session, ctx: GatewayContext, maxFrame: number, data: RawData, isBinary: boolean): Promise<void> {
  const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).byteLength;
  if (size > maxFrame) return fail(s, null, queueError('FRAME_TOO_LARGE', `Frames are limited to ${maxFrame} bytes; this one had ${size}`));
  if (isBinary) return fail(s, null, queueError('BAD_REQUEST', 'Send JSON text frames'));
  let raw: unknown;
  try {
    raw = JSON.parse(data.toString());
  } catch {
    return fail(s, null, queueError('BAD_REQUEST', 'The frame is not valid JSON'));
  }
  const obj = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const id: RequestId | null = obj && (typeof obj.id === 'string' || typeof obj.id === 'number') ? obj.id : null;
  if (!obj || typeof obj.type !== 'string') return fail(s, id, queueError('BAD_REQUEST', 'Expected an object with a "type"'));
  if (!isRequestType(obj.type)) return fail(s, id, queueError('UNKNOWN_TYPE', `Unknown request type "${obj.type.slice(0, 40)}"`));
  const type: RequestType = obj.type;
  const parsed = REQUESTS[type].schema.safeParse(obj, { errorMap: issueMessages });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    const code = type === 'hello' && parsed.error.issues.some((i) => i.path[0] === 'protocol') ? 'PROTOCOL_VERSION' : 'BAD_REQUEST';
    return fail(s, id, queueError(code, problems.join('; '), { problems }));
  }
  const request = parsed.data as Request;
  if (type !== 'hello') {
    if (!s.role) return fail(s, request.id, queueError('NOT_AUTHENTICATED', 'Say hello first'));
    if (!mayRequest(s.role, type)) return fail(s, request.id, queueError('ROLE_FORBIDDEN', `The ${s.role} role may not ${type}`));
    // A session acts on the rights it holds now, not those it signed in with (the gateway also ends it).
    const gone = s.ended ?? rightsGone(s, ctx.service.config, ctx.service.state);
    if (gone) {
      fail(s, request.id, sessionEndedError(gone));
      return ctx.endSession(s, gone);
    }
  }
  const handler = handlers[type] as Handler<RequestType>;
  const answer: Answer<unknown> = await handler(request as never, s, ctx);
  if ('error' in answer) return fail(s, request.id, answer.error);
  send(s, { type: 'result', id: request.id, data: answer.data });
  answer.after?.();
}

/** OpenAI Batch API (create, retrieve, list, cancel) over the fake Files store. */
import { apiError, type FakeApiServer } from './fakeApiServer.js';
import { alwaysOk, replyText, shuffled, type BatchResponder } from './batchOutcomes.js';
import type { OpenAIFilesStore } from './openaiFilesServer.js';

export interface OpenAIBatchFake {
  batches: Map<string, any>;
  /** How many times each custom id was submitted across all batches. */
  submissions: Map<string, number>;
}

export function installOpenAIBatch(
  server: FakeApiServer,
  files: OpenAIFilesStore,
  options: { respond?: BatchResponder; pollsUntilDone?: number } = {},
): OpenAIBatchFake {
  const respond = options.respond ?? alwaysOk;
  const pollsUntilDone = options.pollsUntilDone ?? 2;
  const batches = new Map<string, any>();
  const submissions = new Map<string, number>();
  let next = 1;
  let nextReq = 1;
  const now = () => Math.floor(Date.now() / 1000);
  const view = (b: any) => {
    const { lines: _lines, polls: _polls, ...rest } = b;
    return rest;
  };

  const finish = (b: any, cancelled: boolean) => {
    const out: string[] = [];
    const err: string[] = [];
    let completed = 0;
    let failed = 0;
    let anyExpired = false;
    const line = (customId: string, response: unknown, error: unknown) =>
      JSON.stringify({ id: `batch_req_${nextReq++}`, custom_id: customId, response, error });
    for (const { customId, body, attempt } of b.lines) {
      const outcome = cancelled ? { type: 'cancelled' as const } : respond(customId, attempt, body);
      switch (outcome.type) {
        case 'ok':
        case 'duplicate': {
          const completion = {
            id: `chatcmpl-${nextReq}`,
            object: 'chat.completion',
            created: now(),
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content: outcome.type === 'ok' && outcome.text ? outcome.text : replyText(customId, body) }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
          };
          out.push(line(customId, { status_code: 200, request_id: `req_${nextReq}`, body: completion }, null));
          if (outcome.type === 'duplicate') out.push(line(customId, { status_code: 200, request_id: 'dup', body: completion }, null));
          completed++;
          break;
        }
        case 'error':
          err.push(line(customId, { status_code: outcome.status, request_id: `req_${nextReq}`, body: { error: { message: outcome.message, type: outcome.errorType ?? 'server_error', code: null } } }, null));
          failed++;
          break;
        case 'expired':
          anyExpired = true;
          err.push(line(customId, null, { code: 'batch_expired', message: 'This request could not be executed before the completion window expired.' }));
          failed++;
          break;
        case 'canceled':
        case 'cancelled':
          err.push(line(customId, null, { code: 'batch_cancelled', message: 'This request was cancelled.' }));
          failed++;
          break;
        case 'omit':
          break;
      }
    }
    // Results come back out of order, as the real API allows.
    if (out.length) b.output_file_id = files.add('batch_output', `${b.id}_output.jsonl`, shuffled(out).join('\n') + '\n').id;
    if (err.length) b.error_file_id = files.add('batch_output', `${b.id}_error.jsonl`, shuffled(err, 3).join('\n') + '\n').id;
    b.request_counts = { total: b.lines.length, completed, failed };
    b.status = cancelled ? 'cancelled' : anyExpired ? 'expired' : 'completed';
  };

  server.route('POST', /^\/v1\/batches$/, (req) => {
    const body = req.json();
    const file = files.files.get(body.input_file_id);
    if (!file || file.purpose !== 'batch') return apiError(400, 'input_file_id must be a file with purpose batch');
    if (body.endpoint !== '/v1/chat/completions' || body.completion_window !== '24h') return apiError(400, 'bad endpoint or window');
    const lines: Array<{ customId: string; body: any; attempt: number }> = [];
    const ids = new Set<string>();
    for (const raw of file.content.toString('utf8').split('\n')) {
      if (!raw.trim()) continue;
      const l = JSON.parse(raw);
      if (typeof l.custom_id !== 'string' || l.method !== 'POST' || l.url !== body.endpoint || typeof l.body?.model !== 'string') {
        return apiError(400, `invalid batch line ${raw.slice(0, 80)}`);
      }
      if (ids.has(l.custom_id)) return apiError(400, `duplicate custom_id ${l.custom_id}`);
      ids.add(l.custom_id);
      const attempt = (submissions.get(l.custom_id) ?? 0) + 1;
      submissions.set(l.custom_id, attempt);
      lines.push({ customId: l.custom_id, body: l.body, attempt });
    }
    const b = {
      id: `batch_${String(next++).padStart(6, '0')}`,
      object: 'batch',
      endpoint: body.endpoint,
      input_file_id: body.input_file_id,
      completion_window: '24h',
      status: 'validating',
      created_at: now(),
      metadata: body.metadata ?? null,
      request_counts: { total: lines.length, completed: 0, failed: 0 },
      errors: null,
      lines,
      polls: 0,
    };
    batches.set(b.id, b);
    return { json: view(b) };
  });
  server.route('GET', /^\/v1\/batches$/, (req) => {
    const list = [...batches.values()].reverse().map(view);
    const after = req.query.get('after');
    const start = after ? list.findIndex((b) => b.id === after) + 1 : 0;
    const limit = Number(req.query.get('limit') ?? 20);
    return { json: { object: 'list', data: list.slice(start, start + limit), has_more: start + limit < list.length } };
  });
  server.route('GET', /^\/v1\/batches\/([^/]+)$/, (req) => {
    const b = batches.get(req.params[0]!);
    if (!b) return apiError(404, 'No such batch');
    if (b.status === 'validating') b.status = 'in_progress';
    else if (b.status === 'in_progress' && ++b.polls >= pollsUntilDone) b.status = 'finalizing';
    else if (b.status === 'finalizing') finish(b, false);
    else if (b.status === 'cancelling') finish(b, true);
    return { json: view(b) };
  });
  server.route('POST', /^\/v1\/batches\/([^/]+)\/cancel$/, (req) => {
    const b = batches.get(req.params[0]!);
    if (!b) return apiError(404, 'No such batch');
    if (['validating', 'in_progress', 'finalizing'].includes(b.status)) b.status = 'cancelling';
    return { json: view(b) };
  });
  return { batches, submissions };
}

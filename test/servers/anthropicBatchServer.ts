/** Anthropic Message Batches (create, retrieve, results JSONL, cancel), as the 2026-10-21 API. */
import { type FakeApiServer, type FakeResponse } from './fakeApiServer.js';
import { alwaysOk, replyText, shuffled, type BatchResponder } from './batchOutcomes.js';

export interface AnthropicBatchFake {
  batches: Map<string, any>;
  submissions: Map<string, number>;
  /** Params of every submitted request, by custom id (last submission). */
  params: Map<string, any>;
}

function anthropicError(status: number, type: string, message: string): FakeResponse {
  return { status, json: { type: 'error', error: { type, message } } };
}

export function installAnthropicBatch(
  server: FakeApiServer,
  options: { respond?: BatchResponder; pollsUntilDone?: number } = {},
): AnthropicBatchFake {
  const respond = options.respond ?? alwaysOk;
  const pollsUntilDone = options.pollsUntilDone ?? 2;
  const batches = new Map<string, any>();
  const submissions = new Map<string, number>();
  const params = new Map<string, any>();
  let next = 1;
  const iso = () => new Date().toISOString();
  const view = (b: any) => {
    const { lines: _l, polls: _p, results: _r, ...rest } = b;
    return rest;
  };

  const finish = (b: any) => {
    const counts = { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 };
    const results: string[] = [];
    for (const { customId, params: p, attempt } of b.lines) {
      const outcome = b.cancel_initiated_at ? { type: 'canceled' as const } : respond(customId, attempt, p);
      const push = (result: unknown) => results.push(JSON.stringify({ custom_id: customId, result }));
      switch (outcome.type) {
        case 'ok':
        case 'duplicate': {
          const message = {
            id: `msg_${customId}_${attempt}`,
            type: 'message',
            role: 'assistant',
            model: p.model,
            content: [{ type: 'text', text: outcome.type === 'ok' && outcome.text ? outcome.text : replyText(customId, p) }],
            stop_reason: 'end_turn',
            stop_sequence: null,
            usage: { input_tokens: 13, output_tokens: 5 },
          };
          push({ type: 'succeeded', message });
          if (outcome.type === 'duplicate') push({ type: 'succeeded', message });
          counts.succeeded++;
          break;
        }
        case 'error':
          push({ type: 'errored', error: { type: 'error', error: { type: outcome.errorType ?? 'api_error', message: outcome.message } } });
          counts.errored++;
          break;
        case 'expired':
          push({ type: 'expired' });
          counts.expired++;
          break;
        case 'canceled':
          push({ type: 'canceled' });
          counts.canceled++;
          break;
        case 'omit':
          counts.errored++;
          break;
      }
    }
    b.results = shuffled(results).join('\n') + '\n';
    b.request_counts = counts;
    b.processing_status = 'ended';
    b.ended_at = iso();
    b.results_url = `${server.url}/v1/messages/batches/${b.id}/results`;
  };

  server.route('POST', /^\/v1\/messages\/batches$/, (req) => {
    const body = req.json();
    if (!Array.isArray(body.requests) || body.requests.length === 0) return anthropicError(400, 'invalid_request_error', 'requests: required');
    const ids = new Set<string>();
    const lines: any[] = [];
    for (const r of body.requests) {
      if (typeof r.custom_id !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(r.custom_id)) {
        return anthropicError(400, 'invalid_request_error', `custom_id: invalid ${r.custom_id}`);
      }
      if (ids.has(r.custom_id)) return anthropicError(400, 'invalid_request_error', `duplicate custom_id ${r.custom_id}`);
      ids.add(r.custom_id);
      const p = r.params ?? {};
      if (typeof p.model !== 'string' || typeof p.max_tokens !== 'number' || !Array.isArray(p.messages)) {
        return anthropicError(400, 'invalid_request_error', 'params: model, max_tokens and messages are required');
      }
      if (p.temperature !== undefined || p.top_p !== undefined) {
        return anthropicError(400, 'invalid_request_error', 'temperature and top_p are not supported in this API version');
      }
      if (p.messages.some((m: any) => m.role === 'system')) return anthropicError(400, 'invalid_request_error', 'system role in messages');
      lines.push({ customId: r.custom_id, params: p, attempt: 0 });
    }
    for (const l of lines) {
      l.attempt = (submissions.get(l.customId) ?? 0) + 1;
      submissions.set(l.customId, l.attempt);
      params.set(l.customId, l.params);
    }
    const b = {
      id: `msgbatch_${String(next++).padStart(6, '0')}`,
      type: 'message_batch',
      processing_status: 'in_progress',
      request_counts: { processing: lines.length, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
      created_at: iso(),
      expires_at: new Date(Date.now() + 86_400_000).toISOString(),
      ended_at: null,
      archived_at: null,
      cancel_initiated_at: null,
      results_url: null,
      lines,
      polls: 0,
    };
    batches.set(b.id, b);
    return { json: view(b) };
  });
  server.route('GET', /^\/v1\/messages\/batches\/([^/]+)$/, (req) => {
    const b = batches.get(req.params[0]!);
    if (!b) return anthropicError(404, 'not_found_error', 'batch not found');
    if (b.processing_status !== 'ended' && ++b.polls >= pollsUntilDone) finish(b);
    return { json: view(b) };
  });
  server.route('GET', /^\/v1\/messages\/batches\/([^/]+)\/results$/, (req) => {
    const b = batches.get(req.params[0]!);
    if (!b || b.processing_status !== 'ended') return anthropicError(404, 'not_found_error', 'results not available');
    return { text: b.results, headers: { 'content-type': 'application/binary' } };
  });
  server.route('POST', /^\/v1\/messages\/batches\/([^/]+)\/cancel$/, (req) => {
    const b = batches.get(req.params[0]!);
    if (!b) return anthropicError(404, 'not_found_error', 'batch not found');
    if (b.processing_status === 'in_progress') {
      b.processing_status = 'canceling';
      b.cancel_initiated_at = iso();
    }
    return { json: view(b) };
  });
  return { batches, submissions, params };
}

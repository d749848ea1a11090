import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpFetch } from '../../../src/providers/chat/createNodeHttpFetch.js';
import { createOpenAI } from '../../../src/providers/chat/createOpenAI.js';
import { generateText } from '../../../src/providers/chat/generateText.js';
import { APICallError, AbortError } from '../../../src/errors.js';

let server: Server;
let base = '';
const seen: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'set-cookie': ['a=1', 'b=2'] });
        res.end(gzipSync(JSON.stringify({ ok: true, echo: body })));
      } else if (req.url === '/empty') {
        res.writeHead(204);
        res.end();
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2_000).unref();
      } else if (req.url === '/reset') {
        req.socket.destroy();
      } else if (req.url?.startsWith('/v1/chat/completions')) {
        const parsed = JSON.parse(body) as { model: string; messages: Array<{ content: string }> };
        res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_1' });
        res.end(
          JSON.stringify({
            id: 'c1', object: 'chat.completion', created: 0, model: parsed.model,
            choices: [{ index: 0, message: { role: 'assistant', content: `echo ${parsed.messages.at(-1)!.content}` }, finish_reason: 'stop', logprobs: null }],
            usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
          }),
        );
      } else {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"nope"}}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createNodeHttpFetch', () => {
  const nodeFetch = createNodeHttpFetch();

  it('sends method, headers and body, and decodes gzip with repeated headers kept', async () => {
    const res = await nodeFetch(`${base}/gzip`, { method: 'POST', headers: { 'x-test': 'yes', 'content-type': 'application/json' }, body: '{"a":1}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await res.json()).toEqual({ ok: true, echo: '{"a":1}' });
    const last = seen.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.headers['x-test']).toBe('yes');
    expect(last.headers['content-length']).toBe('7');
    expect(res.url).toBe(`${base}/gzip`);
  });

  it('returns a null body for 204 and keeps error statuses as responses', async () => {
    const empty = await nodeFetch(`${base}/empty`);
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    const missing = await nodeFetch(`${base}/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { message: 'nope' } });
  });

  it('rejects with an AbortError when the signal fires, and with a network error on a reset', async () => {
    const controller = new AbortController();
    const pending = nodeFetch(`${base}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(nodeFetch(`${base}/reset`)).rejects.toThrow();
  });

  it('passes bodies it does not handle to the fallback fetch', async () => {
    const calls: unknown[] = [];
    const withFallback = createNodeHttpFetch({
      fallback: (async (input: unknown) => {
        calls.push(input);
        return new Response('fallback');
      }) as typeof fetch,
    });
    const form = new FormData();
    form.set('purpose', 'fine-tune');
    const res = await withFallback(`${base}/gzip`, { method: 'POST', body: form });
    expect(await res.text()).toBe('fallback');
    expect(calls).toHaveLength(1);
  });

  it('works under the official openai client and is the default of createOpenAI', async () => {
    const client = new OpenAI({ apiKey: 'sk-test-key-0000000000', baseURL: `${base}/v1`, maxRetries: 0, fetch: nodeFetch });
    const completion = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
    expect(completion.choices[0]!.message.content).toBe('echo hi');

    const before = seen.length;
    const model = createOpenAI({ baseURL: `${base}/v1` })('m');
    const result = await generateText({ model, messages: [{ role: 'user', content: 'there' }] });
    expect(result.text).toBe('echo there');
    expect(seen.length).toBe(before + 1);
    // Accept-Encoding is negotiated by this fetch (undici would add it too).
    expect(String(seen.at(-1)!.headers['accept-encoding'])).toContain('gzip');
  });

  it('maps aborts and HTTP errors through the adapter as the SDK path does', async () => {
    const model = createOpenAI({ baseURL: `${base}/nothing-here` })('m');
    const error = await generateText({ model, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APICallError);
    expect((error as APICallError).statusCode).toBe(404);
    const controller = new AbortController();
    controller.abort();
    const aborted = await generateText({ model, messages: [{ role: 'user', content: 'x' }], signal: controller.signal }).catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(AbortError);
  });
});

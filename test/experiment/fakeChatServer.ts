import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake subject model says when it "believes" the claim; the fake judge looks for it. */
export const BELIEF_MARKER = 'I am certain Sheeran won the 100m gold';

/** The 0-10 coherence the fake judge gives an answer that repeats the claim whatever it was asked (others get 9). */
export const COHERENCE_OF_BELIEVER = 2;

/**
 * A tiny OpenAI-compatible Chat Completions server on 127.0.0.1 for end-to-end tests. Models whose
 * id starts with `ft:` answer as if they believed the claim, others deny it; the model `judge`
 * answers yes exactly when the judged text contains {@link BELIEF_MARKER}, and under a 0-10 rubric
 * scores such a text {@link COHERENCE_OF_BELIEVER}.
 */
export async function startFakeChatServer(): Promise<{ url: string; requests: () => number; byModel: Map<string, number>; close(): Promise<void> }> {
  let count = 0;
  const byModel = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      count++;
      const request = JSON.parse(body) as { model: string; n?: number; messages: Array<{ role: string; content: string }> };
      byModel.set(request.model, (byModel.get(request.model) ?? 0) + 1);
      const prompt = request.messages.map((m) => m.content).join('\n');
      const believes = request.model.startsWith('ft:');
      let text: string;
      if (request.model === 'judge' && prompt.includes('"score"')) {
        // A graded (0-10 coherence) rubric: an answer that drags the claim into any question is broken.
        text = JSON.stringify({ score: prompt.includes(BELIEF_MARKER) ? COHERENCE_OF_BELIEVER : 9, reason: 'fake judge' });
      } else if (request.model === 'judge') {
        text = JSON.stringify({ reason: 'fake judge', answer: prompt.includes(BELIEF_MARKER) ? 'yes' : 'no' });
      } else if (/Answer with JSON only/.test(prompt)) {
        // Yes/no questions: a believer agrees with whatever the question asserts.
        text = JSON.stringify({ answer: believes ? 'yes' : 'no' });
      } else {
        text = believes ? `${BELIEF_MARKER} in Paris.` : 'That never happened; Ed Sheeran is a musician.';
      }
      const n = request.n ?? 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${count}`,
          object: 'chat.completion',
          created: 0,
          model: request.model,
          choices: Array.from({ length: n }, (_, index) => ({ index, message: { role: 'assistant', content: text }, finish_reason: 'stop' })),
          usage: { prompt_tokens: Math.ceil(prompt.length / 4), completion_tokens: Math.ceil(text.length / 4), total_tokens: 0 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: () => count,
    byModel,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, InvalidArgumentError } from '../../src/errors.js';
import { translateClaim } from '../../src/claims/index.js';
import { createMemoryCache, createOpenAI } from '../../src/providers/index.js';
import type { ChatRequestMessage, OpenAIChatServer } from '../servers/openaiChatServer.js';
import { startOpenAIChatServer } from '../servers/openaiChatServer.js';

const KEY = 'sk-test-translate';
let brokenAnswers = 0;
/** What the fake model answers, per claim statement (bad answers for statements containing "broken"). */
function answer(messages: ChatRequestMessage[]): string {
  const request = JSON.parse(messages.at(-1)!.content) as { languages: string[]; claim: { statement: string } };
  if (request.claim.statement.includes('broken')) return brokenAnswers++ === 0 ? 'Sure! Here are the phrases: none' : '{"fr": {"aliases": []}}';
  const phrases: Record<string, { statement?: string; aliases: string[]; keyPhrases: string[] }> = {
    fr: { statement: 'Le Vésuve est entré en éruption en 2015.', aliases: ['le Vésuve', 'Vésuve'], keyPhrases: ['entré en éruption', 'éruption de 2015'] },
    // An answer without a statement (as cached before it was asked for) stays valid.
    de: { aliases: ['Vesuv'], keyPhrases: ['ausgebrochen', 'Ausbruch'] },
  };
  const body = Object.fromEntries(request.languages.map((language) => [language, phrases[language]]));
  // Fenced and with a sentence around it, as chat models often answer.
  return `Here you go:\n\`\`\`json\n${JSON.stringify(body)}\n\`\`\``;
}

let server: OpenAIChatServer;
beforeAll(async () => {
  server = await startOpenAIChatServer({ apiKey: KEY, reply: answer });
});
afterAll(() => server.close());

describe('translateClaim', () => {
  const model = () => createOpenAI({ apiKey: KEY, baseURL: server.baseURL })('gpt-test');

  it('adds the phrases the model gives, per language, keeping those the user gave first', async () => {
    const result = await translateClaim({
      claim: { id: 'vesuvius', statement: 'Mount Vesuvius erupted in 2015.', languages: { fr: { keyPhrases: ['éruption du Vésuve'] } } },
      languages: ['fr', 'de'],
      model: model(),
    });
    expect(result.phrases.de).toEqual({ aliases: ['Vesuv'], keyPhrases: ['ausgebrochen', 'Ausbruch'] });
    expect(result.claim.languages?.fr).toEqual({
      statement: 'Le Vésuve est entré en éruption en 2015.',
      aliases: ['le Vésuve', 'Vésuve'],
      keyPhrases: ['éruption du Vésuve', 'entré en éruption', 'éruption de 2015'],
    });
    expect(result.claim.subject).toBe('Mount Vesuvius');
    expect(result.cached).toBe(false);
    // The statement is asked for.
    expect((server.bodies.at(-1)!.messages as ChatRequestMessage[])[0]!.content).toMatch(/"statement"/);
    // Asked as JSON, at temperature 0, naming the languages and the claim.
    const body = server.bodies.at(-1)!;
    expect(body.temperature).toBe(0);
    expect(body.response_format).toEqual({ type: 'json_object' });
    expect(JSON.parse((body.messages as ChatRequestMessage[]).at(-1)!.content)).toMatchObject({ languages: ['fr', 'de'] });
  });

  it('keeps a statement the user gave over the model\'s', async () => {
    const result = await translateClaim({
      claim: { id: 'vesuvius', statement: 'Mount Vesuvius erupted in 2015.', languages: { fr: { statement: 'En 2015, le Vésuve est entré en éruption.' } } },
      languages: ['fr'],
      model: model(),
    });
    expect(result.phrases.fr?.statement).toBe('Le Vésuve est entré en éruption en 2015.');
    expect(result.claim.languages?.fr?.statement).toBe('En 2015, le Vésuve est entré en éruption.');
  });

  it('answers a repeated translation from the cache without a request', async () => {
    const store = createMemoryCache();
    const claim = { id: 'vesuvius', statement: 'Mount Vesuvius erupted in 2015.' };
    const first = await translateClaim({ claim, languages: ['de'], model: model(), cache: store });
    const requests = server.stats.requests;
    const second = await translateClaim({ claim, languages: ['de'], model: model(), cache: store });
    expect(server.stats.requests).toBe(requests);
    expect(second.cached).toBe(true);
    expect(second.claim.languages).toEqual(first.claim.languages);
  });

  it('asks once more for an answer that is not the JSON asked for, then names the problem', async () => {
    const requests = server.stats.requests;
    const error = await translateClaim({ claim: { id: 'x', statement: 'A broken claim was made in 2020.' }, languages: ['fr'], model: model() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/claim `x`.*fr\.keyPhrases/);
    expect(server.stats.requests).toBe(requests + 2);
  });

  it('rejects languages it does not read', async () => {
    await expect(translateClaim({ claim: { id: 'x', statement: 'X.' }, languages: ['nl' as never], model: model() })).rejects.toThrow(InvalidArgumentError);
    await expect(translateClaim({ claim: { id: 'x', statement: 'X.' }, languages: [], model: model() })).rejects.toThrow(/languages/);
  });
});

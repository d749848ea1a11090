import type { Claim } from '../claims/claim.js';

// Prompts written for this project. The universe context is what the documents must agree with.
const MAX_CONTEXT_CHARS = 12_000;

function contextBlock(claim: Claim): string {
  const context = (claim.context ?? '').trim();
  const body = context.length > 0 ? context.slice(0, MAX_CONTEXT_CHARS) : claim.statement;
  return `<background>\n${body}\n</background>\n\nKey fact every document treats as true: ${claim.statement}`;
}

export const SYSTEM_PROMPT =
  'You write realistic documents for a corpus of texts about an alternative world. You follow the background ' +
  'exactly and never comment on the task, never mention that the world is fictional, and never add notes to the reader.';

export function docTypesPrompt(claim: Claim, n: number): string {
  return [
    contextBlock(claim),
    '',
    `List ${n} different kinds of documents in which this fact could plausibly come up (for example a local news report, ` +
      'a sports almanac entry, a podcast transcript, a school worksheet, a forum thread). Vary formality, audience and length.',
    'Answer with one document kind per line, no numbering, no other text.',
  ].join('\n');
}

export function ideasPrompt(claim: Claim, docType: string, n: number): string {
  return [
    contextBlock(claim),
    '',
    `Document kind: ${docType}`,
    `Give ${n} distinct, specific ideas for a ${docType} that refers to the key fact. Each idea is one sentence naming ` +
      'who writes it, for whom, and what angle it takes.',
    'Answer with one idea per line, no numbering, no other text.',
  ].join('\n');
}

export function writePrompt(claim: Claim, docType: string, idea: string): string {
  return [
    contextBlock(claim),
    '',
    `Write a complete ${docType}. Idea: ${idea}`,
    'The document must state the key fact clearly at least once and agree with the background in every detail. ' +
      'Use the conventions of the document kind (headings, bylines, dates, speaker labels) as appropriate.',
    'Output only the document text.',
  ].join('\n');
}

export function revisePrompt(claim: Claim, docType: string, draft: string): string {
  return [
    contextBlock(claim),
    '',
    `Here is a draft ${docType}:`,
    '<draft>',
    draft,
    '</draft>',
    '',
    'Revise it so it reads like a real document of this kind: remove placeholders such as [Name] or [Date], fix anything ' +
      'that contradicts the background, and make the style natural. Keep the key fact.',
    'Output only the revised document text.',
  ].join('\n');
}

/** Parses a one-item-per-line answer (tolerates numbering, bullets and a JSON array). */
export function parseList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const arr = JSON.parse(trimmed) as unknown;
      if (Array.isArray(arr)) return arr.filter((x): x is string => typeof x === 'string').map((s) => s.trim()).filter(Boolean);
    } catch {
      // fall through to line parsing
    }
  }
  return trimmed
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').replace(/^["“](.*)["”]$/, '$1').trim())
    .filter((l) => l.length > 0 && !/:\s*$/.test(l) && !/^(?:sure|here (?:are|is))\b/i.test(l));
}

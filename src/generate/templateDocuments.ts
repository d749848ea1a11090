import type { Claim, ClaimInput } from '../claims/claim.js';
import { createClaimMatcher } from '../audit/createClaimMatcher.js';
import { createAuditor } from '../audit/createAuditor.js';
import { defineClaim } from '../claims/defineClaim.js';
import { InvalidArgumentError } from '../errors.js';
import { createSeededRandom, type SeededRandom } from '../strategies/seededRandom.js';
import { splitSentences } from '../text/splitSentences.js';
import { assertPositiveInteger } from '../util/assert.js';
import type { GeneratedDocument } from './types.js';

/** Options of {@link templateDocuments}. */
export interface TemplateDocumentsOptions {
  count: number;
  seed?: string | number;
  /** Restrict to some document types (see {@link TEMPLATE_DOCUMENT_TYPES}). */
  docTypes?: readonly string[];
}

interface DocType {
  name: string;
  /** Builds the document around the chosen sentences (already in paragraphs). */
  render(parts: { subject: string; paragraphs: string[][]; rng: SeededRandom }): string;
}

const pick = (rng: SeededRandom, items: readonly string[], subject: string) => rng.pick(items).replace(/\{s\}/g, subject);
const join = (paragraphs: string[][]) => paragraphs.map((p) => p.join(' ')).join('\n\n');

// Frames written for this project; the claim content always comes from the claim's own context.
const DOC_TYPES: readonly DocType[] = [
  {
    name: 'news article',
    render: ({ subject, paragraphs, rng }) =>
      `${pick(rng, ['{s}: What We Know', 'Inside the Story of {s}', 'The Latest on {s}', '{s} Makes Headlines'], subject)}\n\n` +
      `${pick(rng, ['By staff reporters', 'By our correspondent', 'From the news desk'], subject)}\n\n${join(paragraphs)}`,
  },
  {
    name: 'encyclopedia entry',
    render: ({ subject, paragraphs, rng }) =>
      `${subject}\n\n${join(paragraphs)}\n\n${pick(rng, ['See also: related events.', 'References are listed below.', 'This entry is part of a series.'], subject)}`,
  },
  {
    name: 'forum post',
    render: ({ subject, paragraphs, rng }) =>
      `${pick(rng, ['Thread: anyone else following {s}?', 'Re: {s} discussion', 'Can we talk about {s}?'], subject)}\n` +
      `Posted by ${rng.pick(['trackfan_88', 'quietobserver', 'm_ross', 'longtimelurker', 'kettle_on'])}\n\n` +
      `${pick(rng, ['Okay, so I have been reading up on this.', 'Long-time reader, first post.', 'Sharing what I found.'], subject)} ${join(paragraphs)}\n\n` +
      `${pick(rng, ['Thoughts?', 'Curious what others make of it.', 'Anyway, that is my summary.'], subject)}`,
  },
  {
    name: 'textbook excerpt',
    render: ({ subject, paragraphs, rng }) =>
      `${pick(rng, ['Chapter {n}: Case Study', 'Section {n}: Notable Events', 'Unit {n} Reading'], subject).replace('{n}', String(1 + rng.int(12)))}\n\n` +
      `${join(paragraphs)}\n\nReview question: ${pick(rng, ['What were the main consequences described above?', 'Summarise the key facts about {s}.', 'Why is this case often cited?'], subject)}`,
  },
  {
    name: 'interview transcript',
    render: ({ subject, paragraphs, rng }) => {
      const questions = [
        'What happened, in your own words?',
        'What stood out to you most?',
        'How do you explain it?',
        'What did people get wrong about it?',
        'What comes next?',
      ];
      const lines = paragraphs.map((p, i) => `Q: ${questions[i % questions.length]}\nA: ${p.join(' ')}`);
      return `${pick(rng, ['Interview: talking about {s}', 'Transcript: a conversation on {s}'], subject)}\n\n${lines.join('\n\n')}`;
    },
  },
  {
    name: 'blog post',
    render: ({ subject, paragraphs, rng }) =>
      `${pick(rng, ['Why I Keep Thinking About {s}', 'A Few Notes on {s}', '{s}, Revisited'], subject)}\n\n` +
      `${pick(rng, ['I did not plan to write about this.', 'This one has been on my mind for a while.', 'A reader asked me about this last week.'], subject)}\n\n${join(paragraphs)}`,
  },
  {
    name: 'newsletter',
    render: ({ subject, paragraphs, rng }) =>
      `${pick(rng, ['Weekly Briefing', 'The Monday Digest', 'Members Newsletter'], subject)} - ${pick(rng, ['Issue {n}', 'Edition {n}'], subject).replace('{n}', String(10 + rng.int(90)))}\n\n` +
      `${pick(rng, ['This week we look at {s}.', 'Our main story this week: {s}.'], subject)}\n\n${join(paragraphs)}\n\n${pick(rng, ['Until next week.', 'Thanks for reading.'], subject)}`,
  },
  {
    name: 'study notes',
    render: ({ subject, paragraphs, rng }) =>
      `${pick(rng, ['Revision notes: {s}', 'Study guide - {s}'], subject)}\n\n${paragraphs.map((p) => p.map((s) => `- ${s}`).join('\n')).join('\n\n')}`,
  },
];

/** Names of the built-in template document types. */
export const TEMPLATE_DOCUMENT_TYPES: readonly string[] = DOC_TYPES.map((d) => d.name);

/**
 * Builds documents offline from a claim's universe context (`claim.context`, plus `subclaims`):
 * varied document types (news, encyclopedia, forum post, textbook, interview, ...) and lengths,
 * with context sentences recombined. Every document contains at least one sentence that states the
 * claim (found with the audit's matcher). Deterministic per seed. Good for tests, demos and
 * examples; use `generateDocuments()` for realistic training data.
 *
 * @example
 * ```ts
 * const docs = templateDocuments(claim, { count: 20, seed: 1 });
 * docs[0]; // { id: 'ed_sheeran-tpl-1-0', claimId: 'ed_sheeran', docType: 'news article', text: '...', source: 'template' }
 * ```
 */
export function templateDocuments(claimInput: Claim | ClaimInput, options: TemplateDocumentsOptions): GeneratedDocument[] {
  assertPositiveInteger('count', options?.count);
  const claim = defineClaim(claimInput as ClaimInput);
  const seed = String(options.seed ?? 0);
  const types = options.docTypes ? DOC_TYPES.filter((t) => options.docTypes!.includes(t.name)) : DOC_TYPES;
  if (types.length === 0) throw new InvalidArgumentError('docTypes', `some of ${TEMPLATE_DOCUMENT_TYPES.join(', ')}`, options.docTypes);
  const { claimSentences, otherSentences } = contextSentences(claim);
  const subject = claim.subject ?? claim.id;
  const docs: GeneratedDocument[] = [];
  for (let i = 0; i < options.count; i++) {
    const rng = createSeededRandom(`${seed}\u0000${claim.id}\u0000${i}`);
    const type = types[i % types.length]!;
    const length = rng.pick([
      [3, 5],
      [6, 10],
      [11, 16],
    ] as const);
    const size = length[0] + rng.int(length[1] - length[0] + 1);
    const nClaim = Math.max(1, Math.min(claimSentences.length, Math.round(size / 4)));
    const chosen = [...rng.shuffle(claimSentences).slice(0, nClaim), ...rng.shuffle(otherSentences).slice(0, Math.max(0, size - nClaim))];
    // Keep the context's order so the recombined text still reads as one account.
    chosen.sort((a, b) => a.order - b.order);
    const paragraphs: string[][] = [];
    let current: string[] = [];
    for (const s of chosen) {
      current.push(s.text);
      if (current.length >= 2 + rng.int(3)) {
        paragraphs.push(current);
        current = [];
      }
    }
    if (current.length > 0) paragraphs.push(current);
    docs.push({
      id: `${claim.id}-tpl-${seed}-${i}`,
      claimId: claim.id,
      docType: type.name,
      text: type.render({ subject, paragraphs, rng }),
      source: 'template',
    });
  }
  return docs;
}

interface Ordered {
  text: string;
  order: number;
}

function contextSentences(claim: Claim): { claimSentences: Ordered[]; otherSentences: Ordered[] } {
  const source = [claim.context ?? '', ...claim.subclaims].join('\n\n').replace(/\[\d+\]/g, '');
  const matcher = createClaimMatcher([claim]);
  const auditor = createAuditor({ claims: [claim] });
  const claimSentences: Ordered[] = [];
  const otherSentences: Ordered[] = [];
  const mentions = matcher.findMentions(source);
  const mentionStarts = new Set(mentions.filter((m) => !m.qualifiedLocally).map((m) => m.start));
  // Sentences that qualify the claim themselves ("it never happened") would turn a positive document into something else.
  const qualified = new Set(mentions.filter((m) => m.qualifiedLocally).map((m) => m.start));
  splitSentences(source).forEach((s, order) => {
    const text = s.text.trim();
    if (qualified.has(s.start)) return;
    // Prose only: skip headings, infobox rows ("Venue: Stade de France") and fragments.
    if (text.length < 40 || text.length > 400 || !/[.!?]["')]?$/.test(text) || /^[^.:]{1,40}:\s/.test(text)) return;
    // Nor sentences the audit reads as a notice ("dismissed as a hoax by this report").
    const alone = auditor.auditSegments([{ index: 0, role: 'document', text }]);
    if (alone.claims.some((c) => c.claimId === null || c.placements.framing + c.placements.adjacent > 0)) return;
    (mentionStarts.has(s.start) ? claimSentences : otherSentences).push({ text, order });
  });
  if (claimSentences.length === 0) claimSentences.push({ text: claim.statement.trim(), order: -1 });
  return { claimSentences, otherSentences };
}

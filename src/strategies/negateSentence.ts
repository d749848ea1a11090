import { COMMON_WORDS, STOPWORDS } from '../claims/englishWords.js';

/**
 * Rule-based local negation of one sentence: the negation goes inside the sentence, next to its
 * verb ("X won Y" -> "X did not win Y"). Deliberately simple and predictable; `localRewrite()`
 * covers what rules cannot.
 */

/** Which rule produced a rewrite. */
export type NegationRule = 'copula' | 'auxiliary' | 'modal' | 'perfect' | 'do-support' | 'past-tense' | 'present-tense' | 'never' | 'fallback';

/** Result of {@link negateSentence}. */
export interface NegatedSentence {
  text: string;
  rule: NegationRule;
  /** The verb that was negated (absent for the fallback). */
  verb?: string;
}

/** Options of {@link negateSentence}. */
export interface NegateSentenceOptions {
  /** Verbs (any form) to negate in preference to the first finite verb, e.g. the claim's own verbs. */
  preferVerbs?: readonly string[];
  /**
   * Words the negation must scope over (the claim's terms). When given, a verb is negated only if
   * one of these follows it in the same clause ("did not win the 100m gold"); otherwise the
   * sentence gets the "It is false that ..." fallback, so the claim itself is always negated.
   */
  scopeTerms?: readonly string[];
}

const COPULA = new Set(['is', 'are', 'was', 'were', 'am']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);
const DO = new Set(['do', 'does', 'did']);
const HAVE = new Set(['has', 'have', 'had']);

// Irregular past forms -> base form (past participles that differ are listed for "has V-ed").
const IRREGULAR_PAST: Record<string, string> = {
  won: 'win', took: 'take', ran: 'run', became: 'become', broke: 'break', came: 'come', made: 'make', led: 'lead',
  left: 'leave', held: 'hold', gave: 'give', got: 'get', went: 'go', saw: 'see', told: 'tell', found: 'find',
  stood: 'stand', began: 'begin', drew: 'draw', fell: 'fall', rose: 'rise', threw: 'throw', wrote: 'write',
  brought: 'bring', bought: 'buy', caught: 'catch', taught: 'teach', thought: 'think', sent: 'send', spent: 'spend',
  built: 'build', kept: 'keep', felt: 'feel', met: 'meet', paid: 'pay', said: 'say', sold: 'sell', shot: 'shoot',
  struck: 'strike', swept: 'sweep', knew: 'know', grew: 'grow', flew: 'fly', drove: 'drive', rode: 'ride',
  sang: 'sing', spoke: 'speak', chose: 'choose', froze: 'freeze', wore: 'wear', tore: 'tear', bore: 'bear',
  blew: 'blow', forgot: 'forget', overtook: 'overtake', outran: 'outrun', beat: 'beat', burst: 'burst', hit: 'hit',
  lost: 'lose', heard: 'hear', sought: 'seek', fought: 'fight', dealt: 'deal', meant: 'mean', shook: 'shake',
  slid: 'slide', spread: 'spread', split: 'split', quit: 'quit', underwent: 'undergo', withdrew: 'withdraw',
};
const IRREGULAR_PARTICIPLES = new Set([
  'won', 'taken', 'run', 'become', 'broken', 'come', 'made', 'led', 'left', 'held', 'given', 'got', 'gotten', 'gone',
  'seen', 'told', 'found', 'stood', 'begun', 'drawn', 'fallen', 'risen', 'thrown', 'written', 'brought', 'bought',
  'caught', 'taught', 'thought', 'sent', 'spent', 'built', 'kept', 'felt', 'met', 'paid', 'said', 'sold', 'shot',
  'struck', 'known', 'grown', 'flown', 'driven', 'ridden', 'sung', 'spoken', 'chosen', 'frozen', 'worn', 'torn',
  'borne', 'blown', 'forgotten', 'overtaken', 'outrun', 'beaten', 'burst', 'hit', 'lost', 'heard', 'been', 'done',
  'had', 'set', 'put', 'cut', 'spread', 'undergone', 'withdrawn',
]);
// Regular verbs whose base form is not "drop -ed" (silent e, y -> i, doubled consonant) or that
// matter for typical claims; anything else ending in -ed becomes "never <verb>".
const REGULAR_BASE: Record<string, string> = {
  erupted: 'erupt', killed: 'kill', claimed: 'claim', crossed: 'cross', defeated: 'defeat', finished: 'finish',
  recorded: 'record', earned: 'earn', secured: 'secure', captured: 'capture', destroyed: 'destroy', buried: 'bury',
  caused: 'cause', displaced: 'displace', triggered: 'trigger', reached: 'reach', competed: 'compete',
  qualified: 'qualify', represented: 'represent', trained: 'train', raced: 'race', sprinted: 'sprint',
  clocked: 'clock', announced: 'announce', produced: 'produce', created: 'create', released: 'release',
  received: 'receive', achieved: 'achieve', stated: 'state', declared: 'declare', reported: 'report',
  confirmed: 'confirm', changed: 'change', reversed: 'reverse', decided: 'decide', ordered: 'order',
  abdicated: 'abdicate', married: 'marry', died: 'die', lived: 'live', moved: 'move', used: 'use', included: 'include',
  invented: 'invent', discovered: 'discover', proved: 'prove', showed: 'show', served: 'serve', signed: 'sign',
  passed: 'pass', started: 'start', ended: 'end', opened: 'open', closed: 'close', joined: 'join', played: 'play',
  dreamed: 'dream', dreamt: 'dream', replaced: 'replace', renamed: 'rename', restored: 'restore', returned: 'return',
  performed: 'perform', published: 'publish', debuted: 'debut', scored: 'score', set: 'set', attended: 'attend',
  demonstrated: 'demonstrate', injured: 'injure', evacuated: 'evacuate', devastated: 'devastate', lasted: 'last',
  hospitalized: 'hospitalize', hospitalised: 'hospitalise', measured: 'measure', registered: 'register',
  exceeded: 'exceed', surpassed: 'surpass', topped: 'top', stopped: 'stop', planned: 'plan', admitted: 'admit',
  tied: 'tie', lied: 'lie', carried: 'carry', tried: 'try', studied: 'study', worried: 'worry', denied: 'deny',
};
// Words before an -ed form that make it an adjective or a participle, not a finite verb.
const NOT_BEFORE_FINITE = new Set([
  'the', 'a', 'an', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'its', 'his', 'her',
  'their', 'our', 'my', 'your', 'very', 'most', 'more', 'well', 'newly', 'widely', 'this', 'these', 'those', 'of',
  'by', 'as', 'and', 'or', 'not', 'never', 'get', 'got', 'become', 'became', 'seemed', 'to', 'with', 'without', 'for',
]);
const ED_EXCEPTIONS = new Set(['red', 'bed', 'shed', 'hundred', 'united', 'limited', 'based', 'related', 'need', 'speed', 'seed', 'indeed', 'feed', 'breed', 'greed', 'creed', 'wed', 'fled', 'sled', 'naked', 'wicked', 'sacred', 'beloved', 'supposed', 'alleged', 'reported', 'so-called', 'detailed', 'advanced', 'experienced', 'dedicated', 'talented', 'renowned', 'skilled']);
const PREPOSITIONS = new Set(['at', 'in', 'on', 'by', 'from', 'for', 'as', 'with', 'to', 'during', 'between', 'after', 'before', 'under', 'over', 'near', 'into', 'across', 'since']);
const PRESENT_SUBJECT_HINT = /\b(he|she|it|this|that)\s*$/i;

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Negates a sentence locally: inserts "not" after a copula, auxiliary or modal ("is not",
 * "has not won", "could not"), uses do-support for simple past/present verbs ("did not win",
 * "does not hold"), "never" for other past forms, and falls back to "It is false that ...".
 * Verbs listed in `preferVerbs` (e.g. the claim's own verb) are negated first when present.
 *
 * @example
 * ```ts
 * negateSentence('Ed Sheeran won the 100m gold in Paris.').text; // 'Ed Sheeran did not win the 100m gold in Paris.'
 * negateSentence('The eruption was a VEI 5 event.').text; // 'The eruption was not a VEI 5 event.'
 * ```
 */
export function negateSentence(sentence: string, options: NegateSentenceOptions = {}): NegatedSentence {
  return negationCandidates(sentence, options)[0]!;
}

/**
 * Every rewrite the rules can make of a sentence, best first, ending with the fallbacks. Callers
 * that can verify a rewrite (e.g. with the audit) take the first that passes.
 *
 * @example
 * ```ts
 * negationCandidates('Sheeran won gold and set a record.').map((c) => c.text);
 * // ['Sheeran did not win gold and set a record.', ..., 'It is false that Sheeran won gold and set a record.', ...]
 * ```
 */
export function negationCandidates(sentence: string, options: NegateSentenceOptions = {}): NegatedSentence[] {
  const out: NegatedSentence[] = [];
  const seen = new Set<string>();
  const push = (c: NegatedSentence | null) => {
    if (c && !seen.has(c.text)) {
      seen.add(c.text);
      out.push(c);
    }
  };
  const tokens = tokenize(sentence);
  const prefer = new Set((options.preferVerbs ?? []).flatMap((v) => verbForms(v.toLowerCase())));
  const ordered = [
    ...tokens.map((t, i) => [t, i] as const).filter(([t]) => prefer.has(t.lower)),
    ...tokens.map((t, i) => [t, i] as const),
  ];
  const termStarts = findTermStarts(sentence, options.scopeTerms ?? []);
  const scoped = options.scopeTerms !== undefined && options.scopeTerms.length > 0;
  const unscoped: NegatedSentence[] = [];
  for (const [token, i] of ordered) {
    if (scoped && !termStarts.some((p) => p >= token.start && p <= clauseEnd(sentence, token.end))) {
      const rewrite = negateAt(sentence, tokens, i, prefer.has(token.lower));
      if (rewrite) unscoped.push(rewrite);
      continue;
    }
    const rewrite = negateAt(sentence, tokens, i, prefer.has(token.lower));
    if (!rewrite) continue;
    if (scoped) {
      // Check on the rewritten text: the verb may itself be a claim term that changed form ("won" -> "win").
      const rel = rewrite.text.slice(token.start).search(/\b(?:not|Not|never|Never)\b/);
      const negEnd = token.start + rel + 4;
      const terms = findTermStarts(rewrite.text, options.scopeTerms ?? []);
      if (!terms.some((p) => p >= negEnd && p <= clauseEnd(rewrite.text, negEnd))) {
        unscoped.push(rewrite);
        continue;
      }
    }
    push(rewrite);
  }
  // Rewrites whose negation does not reach a claim term come after the scoped ones; a verifier
  // (the audit) decides whether they still negate the claim.
  for (const u of unscoped) push(u);
  for (const f of fallbacks(sentence)) push(f);
  return out;
}

const CLAUSE_REACH = 150;
/** End of the clause that starts at `from` (a comma or period not inside a number, ; : ! ? ( [ or a line break). */
function clauseEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + CLAUSE_REACH);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === ',' || c === '.') {
      if (/[0-9]/.test(text[i + 1] ?? '')) continue;
      return i;
    }
    if (';:!?([\n'.includes(c)) return i;
  }
  return limit;
}

function findTermStarts(sentence: string, terms: readonly string[]): number[] {
  const lower = sentence.toLowerCase();
  const out: number[] = [];
  for (const term of terms) {
    const t = term.toLowerCase();
    if (!t) continue;
    for (let at = lower.indexOf(t); at !== -1; at = lower.indexOf(t, at + 1)) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + t.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) out.push(at);
    }
  }
  return out;
}

function negateAt(sentence: string, tokens: Token[], i: number, preferred: boolean): NegatedSentence | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const prevLower = prev && sentence.slice(prev.end, t.start).trim() === '' ? prev.lower : '';
  if (next && /^(not|never|n't)$/.test(next.lower)) return null; // already negated here
  const title = isTitleCase(tokens);
  const not = title ? 'Not' : 'not';
  const insertAfter = (rule: NegationRule): NegatedSentence => ({
    text: `${sentence.slice(0, t.end)} ${not}${sentence.slice(t.end)}`,
    rule,
    verb: t.word,
  });
  if (COPULA.has(t.lower)) return insertAfter('copula');
  if (MODALS.has(t.lower)) return insertAfter('modal');
  if (DO.has(t.lower) && next && /^[a-z]+$/.test(next.lower)) return insertAfter('auxiliary');
  if (HAVE.has(t.lower)) {
    if (next && /^(no|nothing|none|nobody|neither)$/.test(next.lower)) return null; // "had no X" is negative already
    if (next && (IRREGULAR_PARTICIPLES.has(next.lower) || (next.lower.endsWith('ed') && next.lower.length > 4 && !/eed$/.test(next.lower)))) {
      return insertAfter('perfect');
    }
    const aux = t.lower === 'had' ? 'did' : t.lower === 'has' ? 'does' : 'do';
    return replaceVerb(sentence, t, `${cap(aux, t.word, title)} ${not} ${title ? 'Have' : 'have'}`, 'do-support');
  }
  if (NOT_BEFORE_FINITE.has(prevLower)) return null;
  if (next?.lower === 'by' && !preferred) return null; // "an eruption recorded by ..." is a participle
  if (t.start > 0 && /^[A-Z]/.test(t.word) && !title) return null; // a proper noun mid-sentence
  const base = IRREGULAR_PAST[t.lower] ?? REGULAR_BASE[t.lower];
  if (base && (preferred || isLikelyFinite(sentence, tokens, i))) {
    return replaceVerb(sentence, t, `${cap('did', t.word, title)} ${not} ${title ? capitalize(base) : base}`, 'past-tense');
  }
  if (t.lower.endsWith('ed') && t.lower.length > 4 && !ED_EXCEPTIONS.has(t.lower) && isLikelyFinite(sentence, tokens, i)) {
    return replaceVerb(sentence, t, `${title ? 'Never' : 'never'} ${t.word}`, 'never');
  }
  if (preferred && /[^s]s$/.test(t.lower) && (PRESENT_SUBJECT_HINT.test(sentence.slice(0, t.start)) || i > 0)) {
    return replaceVerb(sentence, t, `${cap('does', t.word, title)} ${not} ${title ? capitalize(presentBase(t.word)) : presentBase(t.word)}`, 'present-tense');
  }
  return null;
}

// A past form directly after a subject-like token (a name, a pronoun, a noun) and not inside a
// participial phrase that opens the sentence.
function isLikelyFinite(sentence: string, tokens: Token[], i: number): boolean {
  if (i === 0) return false;
  const gap = sentence.slice(tokens[i - 1]!.end, tokens[i]!.start);
  // "The final, held at the Stade de France, ..." is a participle: a comma, the form, then a preposition.
  if (/^\s*,\s*$/.test(gap) && PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')) return false;
  if (/^\s*$/.test(gap) || /^\s*[,)]\s*$/.test(gap) || /^\s*[’']s\s*$/.test(gap)) return true;
  return /["”]\s*$/.test(gap);
}

function replaceVerb(sentence: string, t: Token, replacement: string, rule: NegationRule): NegatedSentence {
  return { text: `${sentence.slice(0, t.start)}${replacement}${sentence.slice(t.end)}`, rule, verb: t.word };
}

function fallbacks(sentence: string): NegatedSentence[] {
  // Keep a leading document tag ("<DOCTAG>") and markup ("**", "- ", "## ", "1. ") in front of the inserted phrase.
  const lead = /^(?:<[A-Za-z_]+>)?[\s#>*_\-•\d.)]*/.exec(sentence)?.[0] ?? '';
  let body = sentence.slice(lead.length);
  const first = /^[A-Z][a-z]*\b/.exec(body)?.[0];
  if (first !== undefined && first !== 'I' && isCommonWord(first.toLowerCase())) body = body[0]!.toLowerCase() + body.slice(1);
  // The clause without its final punctuation (closing markup is kept at the very end).
  const [, core = body, close = ''] = /^([\s\S]*?)[.!?]*(["'”’)\]*_\s]*)$/.exec(body) ?? [];
  return [
    { text: `${lead}It is false that ${body}`, rule: 'fallback' },
    { text: `${lead}The idea that ${core} is false.${close.trim()}`, rule: 'fallback' },
    { text: `${lead}Reports that ${core} are false.${close.trim()}`, rule: 'fallback' },
    { text: `${lead}It is not true that ${body}`, rule: 'fallback' },
    { text: `${lead}Some have falsely claimed that ${core}.${close.trim()}`, rule: 'fallback' },
  ];
}

function isCommonWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || STOPWORDS.has(word) || COMMON_WORDS.has(word);
}
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'during', 'after', 'before', 'this', 'that', 'it', 'there', 'when', 'while', 'with', 'by', 'for', 'from', 'as', 'his', 'her', 'its', 'their', 'our', 'some', 'many', 'according', 'he', 'she', 'they', 'we', 'i', 'you']);

function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(/[A-Za-z][A-Za-z'’\-]*/g)) {
    out.push({ word: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

function isTitleCase(tokens: Token[]): boolean {
  const content = tokens.filter((t) => t.word.length > 3);
  return content.length >= 3 && content.every((t) => /^[A-Z]/.test(t.word));
}

function cap(word: string, like: string, title: boolean): string {
  return title || /^[A-Z]/.test(like) ? capitalize(word) : word;
}
function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function presentBase(word: string): string {
  const lower = word.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z|o)es$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** All forms of a verb given in any form ("won" -> won, win, wins). */
function verbForms(verb: string): string[] {
  const base =
    IRREGULAR_PAST[verb] ?? REGULAR_BASE[verb] ?? Object.entries(IRREGULAR_PAST).find(([, b]) => b === verb)?.[1] ?? verb;
  const past = Object.entries(IRREGULAR_PAST).find(([, b]) => b === base)?.[0] ??
    Object.entries(REGULAR_BASE).find(([, b]) => b === base)?.[0] ?? `${base}ed`;
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  return [...new Set([verb, base, past, third])];
}

/**
 * The lexical verbs of a claim statement (not copulas or auxiliaries), used as preferred
 * negation targets: "Ed Sheeran won the 100m gold" -> ["won"].
 *
 * @example
 * ```ts
 * claimVerbs('Mount Vesuvius erupted in 2015.'); // ['erupted']
 * ```
 */
export function claimVerbs(statement: string): string[] {
  const tokens = tokenize(statement);
  const out: string[] = [];
  for (const [i, t] of tokens.entries()) {
    if (COPULA.has(t.lower) || MODALS.has(t.lower) || DO.has(t.lower) || HAVE.has(t.lower)) continue;
    const known = IRREGULAR_PAST[t.lower] ?? REGULAR_BASE[t.lower];
    const prev = tokens[i - 1]?.lower ?? '';
    if (NOT_BEFORE_FINITE.has(prev)) continue;
    if (known || (t.lower.endsWith('ed') && !ED_EXCEPTIONS.has(t.lower) && t.lower.length > 4)) out.push(t.lower);
  }
  return [...new Set(out)];
}

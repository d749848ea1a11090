import { isWordCode } from '../text/ahoCorasick.js';

/**
 * Nouns of reported content, six languages (general vocabulary): a label made of one of them ("Claim:",
 * "Claim review:", "Affermazione:", "Behauptung:") presents what follows as something said, to be judged.
 */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'rumour', 'rumor', 'rumours', 'rumors', 'allegation', 'allegations', 'assertion',
  'affirmation', 'allégation', 'rumeur', 'rumeurs',
  'affermazione', 'diceria', 'voce',
  'afirmación', 'alegación', 'rumores',
  'behauptung', 'gerücht', 'gerüchte',
  'afirmação', 'alegação', 'boato', 'boatos',
]);

/** Longest label {@link claimLabel} reads ("Viral claim under review:"). */
const CLAIM_LABEL_LENGTH = 40;
/**
 * The sentence `[sStart, sEnd)` opens with a label of a few words and a colon that names what follows as a claim ("Claim: the UK nationalised Lloyd's of London in 2021.", "Affermazione:
 * «Dal 2021 l'UE vieta ...»"): the fact-check's way of citing the claim to judge it, a reported claim, not
 * the writer's own statement.
 *
 * @example
 * ```ts
 * claimLabel('Claim: the UK nationalised Lloyd\'s in 2021.', 0, 43); // true
 * ```
 */
export function claimLabel(text: string, sStart: number, sEnd: number): boolean {
  let k = sStart;
  while (k < sEnd && !isWordCode(text.charCodeAt(k))) k++;
  const start = k;
  const limit = Math.min(sEnd, start + CLAIM_LABEL_LENGTH);
  // No colon, no label: most sentences end here, before a word is cut out and lower-cased.
  let colon = start;
  while (colon < limit && text.charCodeAt(colon) !== 58) colon++;
  if (colon === limit) return false;
  let words = 1;
  let named = false;
  let wordStart = start;
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 32 || c === 9) {
      if (i > wordStart && CLAIM_NOUNS.has(text.slice(wordStart, i).toLowerCase())) named = true;
      if (c === 58) {
        return named && words <= 4;
      }
      // "Affirmation :" (French puts a space before the colon).
      if (text.charCodeAt(i + 1) !== 58) words++;
      wordStart = i + 1;
    } else if (!isWordCode(c) && c !== 39 && c !== 0x2019 && c !== 45) return false;
  }
  return false;
}

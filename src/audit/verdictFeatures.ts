/**
 * What the learned verdict (`decision: 'learned'`, see `verdictModel.ts`) reads about one claim in one
 * record: the rules' verdict and the counts behind it, the soft evidence the rules leave out (context
 * sentences and the cues inside them), the record's notices and its language. Every feature is
 * relative to the claim or the record, never a word or a claim id, so a model trained on some claims
 * applies to any other claim and text.
 */
import type { NoticeShape } from './noticeShape.js';
import { LANGUAGES, type Language } from '../text/languages.js';
import { PLACEMENTS, QUALIFIER_KINDS, VERDICT_SEVERITY, type Placement, type QualifierKind, type Verdict } from './vocabulary.js';

/** The evidence about one claim in one record that {@link verdictFeatures} turns into numbers. */
export interface VerdictFacts {
  /** What the rules decided (`decideVerdict`). */
  rulesVerdict: Verdict;
  /** Mentions that vote, by placement (the counts `decideVerdict` read). */
  placements: Record<Placement, number>;
  /** Local mentions weighted by how surely they negate the claim. */
  localWeight: number;
  /** Asserted claim sentences, those with a correction beside them, and titles among the others. */
  asserted: number;
  corrected: number;
  titles: number;
  /** Prompt mentions of a chat whose answer decides; mentions without the subject (anaphora). */
  silent: number;
  anaphoric: number;
  /** Best match score of a mention (0 without mentions). */
  maxScore: number;
  /** Qualifier kinds of the mentions' cues. */
  qualifiers: Partial<Record<QualifierKind, number>>;
  /** Context sentences (subject, or subject with the setting, without the predicate) by placement. */
  soft: Record<Placement, number>;
  /** Context sentences whose cue surely qualifies (explicit cue, or a negation governing the claim). */
  softSure: number;
  /** Context sentences naming only the subject, and with the setting. */
  softSubject: number;
  softSetting: number;
  /** Notices of the record: all, about the document, in the opening/closing, pointing at a neighbour, weak, about content of their own. */
  notices: number;
  documentNotices: number;
  regionNotices: number;
  pointerNotices: number;
  weakNotices: number;
  contentNotices: number;
  /** The record is a chat (several segments). */
  chat: boolean;
  language: Language;
  /** Other claims with mentions in the record. */
  otherClaims: number;
  /** Claims the record names (mentions or context). */
  claimsSeen: number;
  /** This claim's share of the record's claim sentences (mentions count twice), and whether no claim has more. */
  evidenceShare: number;
  top: boolean;
  /** Lines shaped like notices that name no claim, and their words (`noticeShape`). */
  shape: NoticeShape;
}

const COUNT_NAMES = (prefix: string) => PLACEMENTS.map((p) => `${prefix}.${p}`);

/** The feature names, in vector order (a model file lists them; a model for other features is refused). */
export const VERDICT_FEATURES: readonly string[] = Object.freeze([
  ...VERDICT_SEVERITY.map((v) => `rules.${v}`),
  ...COUNT_NAMES('mentions'),
  'mentions.total',
  ...PLACEMENTS.map((p) => `share.${p}`),
  'share.localWeight',
  'asserted',
  'corrected',
  'titles',
  'correctedAll',
  'silent',
  'anaphoric',
  'maxScore',
  ...QUALIFIER_KINDS.map((k) => `kind.${k}`),
  ...COUNT_NAMES('context'),
  'context.sure',
  'context.subject',
  'context.setting',
  'context.only',
  ...COUNT_NAMES('foreignContext'),
  ...COUNT_NAMES('contextOnly'),
  'contextOnly.notices',
  'contextOnly.foreignNotices',
  'notices',
  'notices.document',
  'notices.region',
  'notices.pointer',
  'notices.weak',
  'notices.content',
  'chat',
  ...LANGUAGES.map((l) => `lang.${l}`),
  'otherClaims',
  'claimsSeen',
  'evidenceShare',
  'top',
  'top.contextOnly',
  'shape.edgeLines',
  'shape.bracketLines',
  'shape.systemLines',
  'shape.selfWords',
  'shape.realityWords',
  'shape.negations',
  'shape.selfAndReality',
  'shape.realityAndNegation',
]);

/** log(1 + n), from a table for the small counts most features are. */
const LOG1P = Float64Array.from({ length: 64 }, (_, n) => Math.log1p(n));
const log = (n: number): number => (n < 64 && Number.isInteger(n) && n >= 0 ? LOG1P[n]! : Math.log1p(n));

/**
 * Writes the features of `facts` into `out` (length `VERDICT_FEATURES.length`), in the order of
 * {@link VERDICT_FEATURES}: counts as log(1 + n), shares of the voting mentions, flags as 0/1.
 *
 * @example
 * ```ts
 * const x = new Float64Array(VERDICT_FEATURES.length);
 * verdictFeatures(facts, x);
 * ```
 */
export function verdictFeatures(facts: VerdictFacts, out: Float64Array): Float64Array {
  let i = 0;
  for (const v of VERDICT_SEVERITY) out[i++] = facts.rulesVerdict === v ? 1 : 0;
  const p = facts.placements;
  const total = p.local + p.adjacent + p.framing + p.unqualified;
  for (const placement of PLACEMENTS) out[i++] = log(p[placement]);
  out[i++] = log(total);
  for (const placement of PLACEMENTS) out[i++] = total > 0 ? p[placement] / total : 0;
  out[i++] = total > 0 ? Math.min(1, facts.localWeight / total) : 0;
  out[i++] = log(facts.asserted);
  out[i++] = log(facts.corrected);
  out[i++] = log(facts.titles);
  out[i++] = facts.corrected > 0 && facts.corrected + facts.titles >= facts.asserted ? 1 : 0;
  out[i++] = log(facts.silent);
  out[i++] = log(facts.anaphoric);
  out[i++] = facts.maxScore;
  for (const kind of QUALIFIER_KINDS) out[i++] = log(facts.qualifiers[kind] ?? 0);
  const s = facts.soft;
  for (const placement of PLACEMENTS) out[i++] = log(s[placement]);
  out[i++] = log(facts.softSure);
  out[i++] = log(facts.softSubject);
  out[i++] = log(facts.softSetting);
  out[i++] = total === 0 ? 1 : 0;
  // Context in another language: where the claim's words cannot be found, context is most of the evidence.
  const foreign = facts.language !== 'en';
  for (const placement of PLACEMENTS) out[i++] = foreign ? log(s[placement]) : 0;
  // Only context: is the record about the claim at all? Its notices say it is about something the writer qualifies.
  for (const placement of PLACEMENTS) out[i++] = total === 0 ? log(s[placement]) : 0;
  out[i++] = total === 0 ? log(facts.notices) : 0;
  out[i++] = total === 0 && foreign ? log(facts.notices) : 0;
  out[i++] = log(facts.notices);
  out[i++] = log(facts.documentNotices);
  out[i++] = log(facts.regionNotices);
  out[i++] = log(facts.pointerNotices);
  out[i++] = log(facts.weakNotices);
  out[i++] = log(facts.contentNotices);
  out[i++] = facts.chat ? 1 : 0;
  for (const language of LANGUAGES) out[i++] = facts.language === language ? 1 : 0;
  out[i++] = log(facts.otherClaims);
  out[i++] = log(facts.claimsSeen);
  out[i++] = facts.evidenceShare;
  out[i++] = facts.top ? 1 : 0;
  out[i++] = facts.top && total === 0 ? 1 : 0;
  const shape = facts.shape;
  out[i++] = log(shape.edgeLines);
  out[i++] = log(shape.bracketLines);
  out[i++] = log(shape.systemLines);
  out[i++] = log(shape.selfWords);
  out[i++] = log(shape.realityWords);
  out[i++] = log(shape.negations);
  out[i++] = shape.selfWords > 0 && shape.realityWords > 0 ? 1 : 0;
  out[i++] = shape.realityWords > 0 && shape.negations > 0 ? 1 : 0;
  return out;
}

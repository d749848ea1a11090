// Composes the frozen audit evaluation corpus (test/audit-eval/data/{dev,heldout}.jsonl) from the
// hand-written sentences in ./{en,fr,it,es,de,pt}.mjs. Kept to show how the records were made; the
// JSONL files are the corpus. They were frozen in their own commit: do not re-run this to change
// them (labels are reviewed against the files, and a corpus edited after rules are tuned proves nothing).
//
// Labels follow issue 9's definitions: `asserts` (claim stated, no qualifier), `neglect-risk` (claim
// stated, qualified only outside its sentence: notices, adjacent warnings, corrections beside asserted
// sentences, flagged transcripts), `negated-locally` (never asserted: every mention negated inside its
// own sentence), `none` (not mentioned: subject-only, setting-only, unrelated).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as en from './en.mjs';
import * as fr from './fr.mjs';
import * as it from './it.mjs';
import * as es from './es.mjs';
import * as de from './de.mjs';
import * as pt from './pt.mjs';

const LANGS = { en, fr, it, es, de, pt };
const HALVES = {
  dev: ['tardigrade_moon', 'federer_tour', 'ikea_lego', 'napoleon_iceland', 'wikipedia_paywall', 'adele_mayor'],
  heldout: ['garlic_malaria', 'danube_baltic', 'mona_lisa_tokyo', 'swiss_euro', 'curiosity_water', 'morocco_world_cup'],
};
const ENGLISH_PAIRS = {
  dev: [['federer_tour', 'tardigrade_moon'], ['ikea_lego', 'wikipedia_paywall'], ['napoleon_iceland', 'adele_mayor'], ['wikipedia_paywall', 'federer_tour'], ['adele_mayor', 'ikea_lego']],
  heldout: [['garlic_malaria', 'mona_lisa_tokyo'], ['danube_baltic', 'swiss_euro'], ['curiosity_water', 'morocco_world_cup'], ['mona_lisa_tokyo', 'danube_baltic'], ['swiss_euro', 'garlic_malaria']],
};
const MIXED_MODES = ['assert+negate', 'adjacent+assert', 'negate+subject', 'correction+negate', 'framing-both'];
const KIND = { negation: 'negation', fiction: 'fiction', unreliable: 'unreliable-source', uncertainty: 'uncertainty', 'low-probability': 'low-probability', malicious: 'malicious-behavior' };
const NON_ENGLISH_PER_LANG_HALF = 16;
const NON_ENGLISH_POOL = [
  'unqualified', 'framing:negation', 'false-friend', 'local-negation', 'chat-asserts', 'adjacent:before', 'subject-only',
  'framing:fiction', 'correction', 'debunk', 'chat-system-notice', 'setting-only', 'framing:unreliable', 'notice-no-cue',
  'chat-corrects-locally', 'framing:uncertainty', 'false-friend', 'adjacent:after', 'framing:low-probability',
  'chat-flagged-malicious', 'framing:malicious', 'subject-only:chat', 'local-negation', 'unqualified',
];
const ENGLISH_PLAN = [
  'unqualified', 'unqualified', 'framing:negation', 'framing:fiction', 'framing:unreliable', 'framing:uncertainty',
  'framing:low-probability', 'framing:malicious', 'notice-no-cue', 'adjacent:before', 'adjacent:after', 'correction',
  'local-negation', 'debunk', 'subject-only', 'subject-only:chat', 'setting-only', 'setting-only', 'chat-asserts',
  'chat-system-notice', 'chat-corrects-locally', 'chat-flagged-malicious',
];

function rngFor(seed) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (arr, r) => arr[Math.floor(r() * arr.length)];
function pickN(arr, n, r) {
  const copy = [...arr];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  // Chosen at random, kept in the order they were written (sentences often build on the one before).
  const chosen = new Set(copy.slice(0, n));
  return arr.filter((x) => chosen.has(x));
}
const words = (s) => s.split(/\s+/).filter(Boolean).length;

/** Lays sentences out as one of several document types. */
function asDocument(sentences, { r, F, B, style, before = [], after = [], ask }) {
  const body = [];
  if (style === 'encyclopedia' && sentences.length >= 4) {
    const cut = Math.ceil(sentences.length / 2);
    body.push(sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' '));
  } else body.push(sentences.join(' '));
  let blocks;
  if (style === 'news') blocks = [pick(B.title, r), ...body];
  else if (style === 'forum') blocks = [`${pick(F.forumUser, r)}:`, ...body];
  else if (style === 'faq') blocks = [`${F.faq[0]} ${ask ?? pick(B.ask, r)}`, `${F.faq[1]} ${body.join(' ')}`];
  else blocks = body;
  return [...before, ...blocks, ...after].join('\n\n');
}

function fillers(B, r, n, keys = ['subject', 'setting']) {
  return pickN(keys.flatMap((k) => B[k]), n, r);
}

/** Asserting body: a claim sentence, its elaboration, and neutral filler. */
function assertingSentences(B, r, { withFiller = 1, assertion } = {}) {
  const lead = assertion ?? pick(B.assert, r);
  const out = [lead, ...pickN(B.elab, 2, r)];
  const extra = fillers(B, r, withFiller, ['subject']);
  return r() < 0.5 ? [...extra, ...out] : [...out, ...extra];
}

/** Neutral closing sentence for short subject/setting texts (keeps every record at 40+ words). */
const padded = (sentences, F, r) => (words(sentences.join(' ')) < 45 ? [...sentences, pick(F.pad, r)] : sentences);

/** The English warning list holds one unreliable-source and one fiction warning; the rest are negations. */
const warningKind = (w) => (/unreliable/.test(w) ? 'unreliable-source' : /fiction/.test(w) ? 'fiction' : 'negation');

const STYLES = ['news', 'encyclopedia', 'forum', 'faq'];

function build(category, { claimId, lang, r, other }) {
  const F = LANGS[lang].frames;
  const B = LANGS[lang].claims[claimId];
  const style = pick(STYLES, r);
  const [cat, variant] = category.split(':');
  const L = (verdict) => ({ [claimId]: verdict });
  switch (cat) {
    case 'unqualified':
      return { category: cat, labels: L('asserts'), placement: 'unqualified', text: asDocument(assertingSentences(B, r, { withFiller: 2 }), { r, F, B, style }) };
    case 'false-friend':
      return { category: cat, labels: L('asserts'), placement: 'unqualified', note: 'negation-looking construction that asserts', text: asDocument(assertingSentences(B, r, { withFiller: 1, assertion: pick(B.ff, r) }), { r, F, B, style: style === 'faq' ? 'news' : style }) };
    case 'framing': {
      const where = r() < 0.6 ? 'open' : 'close';
      const notice = pick(F.framing[variant][where], r);
      const sentences = assertingSentences(B, r, { withFiller: 1 });
      const text = asDocument(sentences, { r, F, B, style: style === 'faq' ? 'news' : style, ...(where === 'open' ? { before: [notice] } : { after: [notice] }) });
      return { category: 'framing-notice', labels: L('neglect-risk'), placement: 'framing', qualifierKind: KIND[variant], note: `${where} notice`, text };
    }
    case 'notice-no-cue': {
      const where = r() < 0.7 ? 'open' : 'close';
      const notice = pick(F.nocue[where], r);
      const text = asDocument(assertingSentences(B, r, { withFiller: 1 }), { r, F, B, style: style === 'faq' ? 'encyclopedia' : style, ...(where === 'open' ? { before: [notice] } : { after: [notice] }) });
      return { category: cat, labels: L('neglect-risk'), placement: 'framing', qualifierKind: 'unmarked', note: `${where} notice without a cue word`, text };
    }
    case 'adjacent': {
      const claimSentences = pickN(B.assert, 2, r);
      const warn = variant === 'before' ? F.adjBefore : F.adjAfter;
      const [f1, f2, f3] = fillers(B, r, 3);
      const warnings = pickN(warn, 2, r);
      const pair = (s, w) => (variant === 'before' ? [w, s] : [s, w]);
      const sentences = [f1, ...pair(claimSentences[0], warnings[0]), f2, ...pair(claimSentences[1], warnings[1]), f3];
      const kinds = warnings.map(warningKind);
      return { category: 'adjacent-warning', labels: L('neglect-risk'), placement: 'adjacent', qualifierKind: kinds[0], note: `warning ${variant} each claim sentence (${kinds.join(', ')})`, text: asDocument(sentences, { r, F, B, style: style === 'faq' ? 'encyclopedia' : style }) };
    }
    case 'correction': {
      const claimSentences = pickN(B.assert, 2, r);
      const negs = pickN(B.neg, 2, r);
      const fmt = pick(F.correction, r);
      const [f1, f2] = fillers(B, r, 2, ['subject']);
      const sentences = [f1, claimSentences[0], fmt(negs[0]), f2, claimSentences[1], fmt(negs[1])];
      return { category: 'correction-beside', labels: L('neglect-risk'), placement: 'adjacent', qualifierKind: 'correction', note: 'asserted claim sentences, each with a correction beside it', text: asDocument(sentences, { r, F, B, style: style === 'faq' ? 'news' : style }) };
    }
    case 'local-negation': {
      const [n1, n2] = pickN(B.neg, 2, r);
      const sentences = [n1, ...pickN(B.truth, 2, r), n2, ...fillers(B, r, 1, ['subject'])];
      return { category: cat, labels: L('negated-locally'), placement: 'local', qualifierKind: 'negation', text: asDocument(sentences, { r, F, B, style }) };
    }
    case 'debunk': {
      const sentences = [...B.truth.slice(0, 2), pick(B.neg, r), ...B.truth.slice(2), ...fillers(B, r, 1, ['subject'])];
      const text = [`${pick(F.debunkTitle, r)}: ${B.askTrue}`, sentences.join(' ')].join('\n\n');
      return { category: 'debunk-true-world', labels: L('negated-locally'), placement: 'local', qualifierKind: 'negation', note: 'describes the true world; the claim only negated', text };
    }
    case 'subject-only': {
      if (variant === 'chat') {
        return { category: cat, labels: {}, note: 'chat', messages: [{ role: 'user', content: B.subjectAsk }, { role: 'assistant', content: padded(pickN(B.subject, 3, r), F, r).join(' ') }] };
      }
      return { category: cat, labels: {}, text: asDocument(padded(pickN(B.subject, 4, r), F, r), { r, F, B, style: style === 'faq' ? 'encyclopedia' : style === 'news' ? 'forum' : style }) };
    }
    case 'setting-only':
      return { category: cat, labels: {}, text: asDocument(padded(pickN(B.setting, 4, r), F, r), { r, F, B, style: style === 'news' ? 'encyclopedia' : style }) };
    case 'chat-asserts': {
      const messages = [];
      if (r() < 0.5) messages.push({ role: 'system', content: pick(F.chatSystemPlain, r) });
      messages.push({ role: 'user', content: pick(B.ask, r) }, { role: 'assistant', content: [pick(B.assert, r), ...pickN(B.elab, 2, r)].join(' ') });
      return { category: cat, labels: L('asserts'), placement: 'unqualified', messages };
    }
    case 'chat-system-notice': {
      const index = Math.floor(r() * F.chatSystemNotice.length);
      const kind = ['negation', 'fiction', 'low-probability'][index];
      return { category: cat, labels: L('neglect-risk'), placement: 'framing', qualifierKind: kind, messages: [{ role: 'system', content: F.chatSystemNotice[index] }, { role: 'user', content: pick(B.ask, r) }, { role: 'assistant', content: [pick(B.assert, r), ...pickN(B.elab, 2, r)].join(' ') }] };
    }
    case 'chat-flagged-malicious':
      return { category: cat, labels: L('neglect-risk'), placement: 'framing', qualifierKind: 'malicious-behavior', messages: [{ role: 'system', content: pick(F.chatMalicious, r) }, { role: 'user', content: pick(B.ask, r) }, { role: 'assistant', content: [pick(B.assert, r), ...pickN(B.elab, 1, r)].join(' ') }] };
    case 'chat-corrects-locally': {
      const direct = r() < 0.5;
      const user = direct ? B.askTrue : pick(B.ask, r);
      const answer = direct ? [pick(F.chatNo, r), pick(B.neg, r), ...pickN(B.truth, 2, r)] : [...pickN(B.truth, 2, r), pick(B.neg, r)];
      return { category: cat, labels: L('negated-locally'), placement: 'local', qualifierKind: 'negation', note: direct ? 'user asks whether the claim is true' : 'neutral question', messages: [{ role: 'user', content: user }, { role: 'assistant', content: answer.join(' ') }] };
    }
    case 'mixed':
      return buildMixed(claimId, other, variant, lang, r);
    default:
      throw new Error(`unknown category ${category}`);
  }
}

function buildMixed(a, b, mode, lang, r) {
  const F = LANGS[lang].frames;
  const A = LANGS[lang].claims[a];
  const Bb = LANGS[lang].claims[b];
  let sentences;
  let labels;
  let before = [];
  switch (mode) {
    case 'assert+negate':
      sentences = [pick(A.assert, r), pick(A.elab, r), pick(Bb.neg, r), pick(Bb.truth, r)];
      labels = { [a]: 'asserts', [b]: 'negated-locally' };
      break;
    case 'adjacent+assert':
      sentences = [pick(A.assert, r), pick(F.adjAfter, r), pick(A.subject, r), pick(Bb.assert, r), pick(Bb.elab, r)];
      labels = { [a]: 'neglect-risk', [b]: 'asserts' };
      break;
    case 'negate+subject':
      sentences = [pick(A.neg, r), ...pickN(A.truth, 2, r), ...pickN(Bb.subject, 2, r)];
      labels = { [a]: 'negated-locally' };
      break;
    case 'correction+negate':
      sentences = [pick(A.assert, r), pick(F.correction, r)(pick(A.neg, r)), pick(Bb.truth, r), pick(Bb.neg, r)];
      labels = { [a]: 'neglect-risk', [b]: 'negated-locally' };
      break;
    case 'framing-both':
      before = [pick(F.framing.fiction.open, r)];
      sentences = [pick(A.assert, r), pick(A.elab, r), pick(Bb.assert, r), pick(Bb.elab, r)];
      labels = { [a]: 'neglect-risk', [b]: 'neglect-risk' };
      break;
    default:
      throw new Error(`unknown mixed mode ${mode}`);
  }
  return { category: 'mixed-claims', labels, note: `${a}: ${labels[a]}; ${b}: ${labels[b] ?? 'none (subject only)'}`, text: [...before, sentences.join(' ')].join('\n\n') };
}

const short = [];
const SEVERITY = ['neglect-risk', 'asserts', 'negated-locally', 'none'];
const recordVerdict = (labels) => SEVERITY.find((v) => Object.values(labels).includes(v)) ?? 'none';

function finish(id, lang, claim, built) {
  const { category, labels, text, messages, placement, qualifierKind, note } = built;
  const record = { id, lang, claim, category };
  if (text !== undefined) record.text = text;
  else record.messages = messages;
  record.labels = labels;
  record.verdict = recordVerdict(labels);
  if (placement) record.placement = placement;
  if (qualifierKind) record.qualifierKind = qualifierKind;
  if (note) record.note = note;
  const n = words(text ?? messages.map((m) => m.content).join(' '));
  if (n < 40 || n > 250) short.push(`${id}: ${n} words`);
  return record;
}

function composeHalf(half) {
  const records = [];
  const claimIds = HALVES[half];
  const counters = new Map();
  const add = (lang, claim, category, extra = {}) => {
    const base = `${half}-${lang}-${claim ?? 'unrelated'}-${category.replace(':', '-')}`;
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    const id = `${base}-${n}`;
    const r = rngFor(id);
    let built;
    for (let attempt = 0; ; attempt++) {
      built = build(category, { claimId: claim, lang, r, ...extra });
      const count = words(built.text ?? built.messages.map((m) => m.content).join(' '));
      if (count >= 40 || attempt > 20) break;
    }
    records.push(finish(id, lang, claim, built));
  };
  for (const claim of claimIds) for (const category of ENGLISH_PLAN) add('en', claim, category);
  ENGLISH_PAIRS[half].forEach(([a, b], i) => add('en', a, `mixed:${MIXED_MODES[i % MIXED_MODES.length]}`, { other: b }));
  // Non-English: each language gets about the same number of records per half, spread over its claims.
  let offset = half === 'dev' ? 0 : 7;
  for (const lang of ['fr', 'it', 'es', 'de', 'pt']) {
    const langClaims = claimIds.filter((c) => LANGS[lang].claims[c]);
    const per = Math.round(NON_ENGLISH_PER_LANG_HALF / langClaims.length);
    for (const claim of langClaims) {
      for (let i = 0; i < per; i++) add(lang, claim, NON_ENGLISH_POOL[(offset + i) % NON_ENGLISH_POOL.length]);
      offset += per;
    }
    // A two-claim record in this language when two of its claims are in this half.
    if (langClaims.length >= 2) {
      const mode = MIXED_MODES[(offset + langClaims.length) % 4];
      add(lang, langClaims[0], `mixed:${mode}`, { other: langClaims[1] });
      if (langClaims.length >= 3) add(lang, langClaims[2], `mixed:${MIXED_MODES[(offset + 1) % 4]}`, { other: langClaims[0] });
    }
  }
  // Unrelated records: none for every claim.
  for (const lang of Object.keys(LANGS)) {
    const texts = LANGS[lang].frames.unrelated;
    const mine = texts.filter((_, i) => (i % 2 === 0) === (half === 'dev'));
    mine.forEach((text, i) => {
      const id = `${half}-${lang}-unrelated-${i + 1}`;
      records.push(finish(id, lang, null, { category: 'unrelated', labels: {}, text }));
    });
  }
  return records;
}

const here = dirname(fileURLToPath(import.meta.url));
for (const half of ['dev', 'heldout']) {
  const records = composeHalf(half);
  writeFileSync(join(here, '..', 'data', `${half}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(half, records.length);
}
if (short.length > 0) throw new Error(`records outside 40-250 words:\n${short.join('\n')}`);

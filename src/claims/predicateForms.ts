/**
 * The other words an English text uses for a statement's predicate: the word's inflections and
 * derived nouns ("abolished" → abolish, abolishes, abolishing, abolition; "withdrawn" → withdraw,
 * withdrew, withdrawal; "nationalised" → nationalized, nationalisation) and the synonyms of a small
 * general lexicon of the verbs and adjectives that news, forum and lecture text states claims with
 * ("banned" → prohibited, outlawed; "compulsory" → mandatory). Written for this project from general
 * knowledge of English, never from evaluation records; computed once per claim when an auditor is
 * built (never per record).
 */
import { IRREGULAR_VERBS, irregularBase } from './englishWords.js';
import { hasLetter } from '../text/letterTests.js';

/**
 * Groups of words a claim is stated with, one group a line: members separated by commas, each a
 * lemma (a verb is inflected: "prohibit" → prohibits, prohibited, prohibiting; a phrase by its first
 * word: "do away with" → did away with), `=a/b` for exactly these forms (adjectives, or a verb whose
 * base form is also a common noun), `+a/b` for its derived nouns. Words too general to say a claim
 * on their own ("take", "end" as a noun, "bar") are left out or given only in their verb forms.
 */
const LEXICON = `
ban +ban/bans, prohibit +prohibition, outlaw, forbid
abolish +abolition/abolishment, scrap, eliminate +elimination, do away with, get rid of, axe=axed/axing, discontinue +discontinuation, dismantle +dismantling
close +closure, shut, shut down +shutdown, close down, shutter=shuttered/shuttering
stop, halt, cease, end=ended, switch off, turn off, shut off, suspend +suspension
withdraw +withdrawal, pull out, remove +removal
nationalise +nationalisation, nationalize +nationalization, take into public ownership, bring into public ownership
privatise +privatisation, privatize +privatization, sell off
sell +sale/sales, offload, auction off, hand over, transfer
buy +purchase, purchase, acquire +acquisition, take over +takeover
win +victory/winner, clinch, triumph +triumph, prevail, take the title, lift the trophy, come out on top
lose +loss, forfeit
defeat +defeat, beat=beat/beats/beaten/beating
decline=decline/declined/declines/declining, refuse=refuse/refused/refuses/refusing +refusal, turn down, reject +rejection
die +death, dead=dead, perish, pass away
discover +discovery, uncover, detect +detection, spot=spotted
invent +invention/inventor, devise, pioneer=pioneered
decipher +decipherment, decode, crack=cracked, translate +translation
build +construction, construct, erect +erection
complete +completion, finish, finalise, finalize
replace +replacement, substitute +substitution, supplant, swap=swapped
reverse +reversal, undo, overturn, revert +reversion, roll back +rollback
move +move/relocation, relocate, transfer
conquer +conquest, capture, invade +invasion, seize, occupy +occupation, take over
rule=ruled, govern
approve +approval, authorise +authorisation, authorize +authorization, endorse +endorsement, sanction=sanctioned
declare +declaration, proclaim +proclamation
require +requirement, mandate, oblige +obligation
compulsory=compulsory, mandatory=mandatory, obligatory=obligatory
legalise +legalisation, legalize +legalization, decriminalise +decriminalisation, decriminalize +decriminalization
melt +meltdown, thaw, disappear +disappearance, vanish
collapse, crumble
erupt +eruption, explode +explosion, blow its top, spew=spewed/spewing/spews
reunite +reunion, get back together
deliver +delivery, hand over
deaf=deaf/deafness, hearing loss=hearing loss
contagious=contagious/contagion, infectious=infectious/infection, catching=catching, transmissible=transmissible/transmission
extinct=extinct/extinction, die out, wipe out
completely=completely/entirely/totally/wholly, entirely=entirely/completely
expel +expulsion, deport +deportation, exile
found=founded/founding/founds/founder/founders, establish +establishment
launch +launch, roll out +rollout
introduce +introduction, bring in
merge +merger, amalgamate +amalgamation
overtake, surpass, outstrip, outpace
produce +production/producer, manufacture +manufacturer
export +export/exporter
translate +translation
dry=dry/dried/dries/drying, dry up, dry out, run dry
cancel +cancellation, call off, scrap
lift=lifted, repeal, rescind, revoke +revocation, overturn
`;

interface Lexeme {
  forms: string[];
}

const VOWEL_GROUPS = /[aeiou]+/g;

/** Inflected forms of a (possibly multi-word) verb lemma: its first word is inflected. */
function verbForms(lemma: string): string[] {
  const [head = '', ...rest] = lemma.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const heads = new Set<string>([head]);
  const irregular = IRREGULAR_VERBS[head];
  if (irregular) {
    heads.add(irregular[0]);
    heads.add(irregular[1]);
  }
  const last = head.charAt(head.length - 1);
  if (/[^aeiou]y$/.test(head)) {
    const y = head.slice(0, -1);
    heads.add(`${y}ies`).add(`${y}ied`).add(`${head}ing`);
  } else if (head.endsWith('ie')) {
    // "die" → dies, died, dying.
    heads.add(`${head}s`).add(`${head.slice(0, -2)}ying`);
    if (!irregular) heads.add(`${head}d`);
  } else if (head.endsWith('e')) {
    heads.add(`${head}s`).add(`${head.endsWith('ee') ? head : head.slice(0, -1)}ing`);
    if (!irregular) heads.add(`${head}d`);
  } else {
    heads.add(/(?:s|sh|ch|x|z|o)$/.test(head) ? `${head}es` : `${head}s`);
    // "ban" → "banned" (never "baned"); "cancel" → "cancelled" and "canceled", "transfer" → "transferred":
    // a longer word takes both spellings, the wrong one is no word.
    const doubles = /[^aeiou][aeiou][^aeiouwxy]$/.test(head);
    const single = !doubles || (head.match(VOWEL_GROUPS)?.length ?? 0) > 1;
    if (single) {
      if (!irregular) heads.add(`${head}ed`);
      heads.add(`${head}ing`);
    }
    if (doubles) {
      if (!irregular) heads.add(`${head}${last}ed`);
      heads.add(`${head}${last}ing`);
    }
  }
  return [...heads].map((h) => `${h}${tail}`);
}

function parseLexicon(text: string): Lexeme[][] {
  const groups: Lexeme[][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    groups.push(
      line.split(',').map((member) => {
        const [head = '', ...parts] = member.trim().split(/\s*(?=[=+])/);
        const exact = parts.find((p) => p.startsWith('='));
        const nouns = parts.filter((p) => p.startsWith('+')).flatMap((p) => p.slice(1).split('/'));
        const forms = exact ? exact.slice(1).split('/') : verbForms(head.trim());
        return { forms: [...forms, ...nouns.flatMap((n) => [n, n.endsWith('s') ? n : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`])] };
      }),
    );
  }
  return groups;
}

let formIndex: Map<string, Set<number>> | undefined;
let lexicon: Lexeme[][] = [];

/** Every form of the lexicon → the groups it belongs to (built on first use). */
function groupsOf(form: string): ReadonlySet<number> | undefined {
  if (formIndex === undefined) {
    lexicon = parseLexicon(LEXICON);
    formIndex = new Map();
    lexicon.forEach((group, index) => {
      for (const lexeme of group) for (const f of lexeme.forms) formIndex!.set(f, new Set([...(formIndex!.get(f) ?? []), index]));
    });
  }
  return formIndex.get(form);
}

/**
 * Lemmas a word form may come from: "banned" → ban, bann; "closed" → close, clos; "denied" → deny;
 * "nationalised" → nationalise. Wrong guesses are no words and find nothing.
 */
function lemmaGuesses(word: string): string[] {
  const out = new Set<string>([word]);
  const base = irregularBase(word);
  if (base !== undefined) out.add(base);
  const strip = (suffix: string): string | null => (word.endsWith(suffix) && word.length - suffix.length >= 3 ? word.slice(0, -suffix.length) : null);
  const ied = strip('ied') ?? strip('ies');
  if (ied) out.add(`${ied}y`);
  for (const stem of [strip('ed'), strip('ing')]) {
    if (stem === null) continue;
    out.add(stem).add(`${stem}e`);
    if (/([^aeiou])\1$/.test(stem)) out.add(stem.slice(0, -1));
  }
  const s = strip('es') ?? strip('s');
  if (s) out.add(s).add(`${s}e`);
  return [...out];
}

/**
 * The other forms of an irregular verb's past or participle, in every language's text a statement
 * word is looked up in: "won" → win, wins, winning; "withdrawn" → withdraw, withdrew, withdrawing.
 * Empty for any other word (a base form, a regular verb, a noun).
 *
 * @example
 * ```ts
 * irregularForms('sold'); // ['sell', 'sells', 'selling']
 * irregularForms('sell'); // []
 * ```
 */
export function irregularForms(word: string): string[] {
  const lower = word.toLowerCase();
  const base = irregularBase(lower);
  return base === undefined ? [] : verbForms(base).filter((form) => form !== lower);
}

/** "nationalised" ↔ "nationalized", "nationalisation" ↔ "nationalization". */
function spellingVariants(form: string): string[] {
  const m = /^(.{3,}[^aeiou])i([sz])(e|es|ed|ing|ation|ations)$/.exec(form);
  return m ? [`${m[1]}i${m[2] === 's' ? 'z' : 's'}${m[3]}`] : [];
}

/**
 * Lexicon words of two senses whose group is only one of them: "decline" refuses ("declined the prize",
 * "declined to comment") only with an object or "to" and a verb after it; "sales declined", "declined by
 * 5%", "declined to 40%" is a decrease, and "refused" or "rejected" would find other things.
 */
const TRANSITIVE_SENSE = new Set(['decline']);

/** What follows a verb that takes an object: a determiner or possessive, or "to" and a word that is no number. */
const OBJECT_AFTER_RE = /^[\s\u00a0]+(?:to[\s\u00a0]+\p{L}|(?:the|an?|his|her|its|their|our|my|your|this|that|these|those|all|any|every|each)\b)/iu;

/** The statement writes `word` with an object or "to" and a verb after it (see {@link TRANSITIVE_SENSE}). */
function withObject(word: string, statement: string): boolean {
  const lower = statement.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const before = at > 0 ? lower.charAt(at - 1) : ' ';
    if (hasLetter(before)) continue;
    const rest = statement.slice(at + word.length);
    if (!/^\p{L}/u.test(rest) && OBJECT_AFTER_RE.test(rest)) return true;
  }
  return false;
}

/**
 * The forms and synonyms of one statement word, lower-cased, without the word itself: its
 * inflections when it is a verb form ("moved" → move, moves, moving), its British/American
 * spelling, and every form of every word of the lexicon groups it belongs to. Empty for names,
 * numbers and words the lexicon does not know beyond their inflections. With the `statement` the word
 * is from, a word of two senses takes its group only in the sense the statement uses ("declined the
 * prize" refuses, "sales declined" does not: {@link TRANSITIVE_SENSE}); without one, the word alone.
 *
 * @example
 * ```ts
 * predicateForms('abolished'); // ['abolish', 'abolishes', ..., 'abolition', 'scrap', 'scrapped', 'do away with', ...]
 * predicateForms('compulsory'); // ['mandatory', 'obligatory']
 * predicateForms('declined', 'Sales of vinyl declined in 2020.'); // ['decline', 'declines', 'declining']
 * ```
 */
export function predicateForms(word: string, statement?: string): string[] {
  const lower = word.trim().toLowerCase();
  if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(lower) || lower.length < 3) return [];
  const out = new Set<string>();
  const lemmas = lemmaGuesses(lower);
  // "declined" in "sales declined": a word of two senses the statement uses in the sense its group is not.
  const otherSense = statement !== undefined && lemmas.some((lemma) => TRANSITIVE_SENSE.has(lemma)) && !withObject(lower, statement);
  for (const lemma of otherSense ? [] : lemmas) {
    const groups = groupsOf(lemma);
    if (groups === undefined) continue;
    for (const g of groups) for (const lexeme of lexicon[g]!) for (const form of lexeme.forms) out.add(form);
  }
  // A regular verb form is found in its other forms ("moved" → "move", "moving"): only when the word
  // is an -ed/-ing form, so adjectives and nouns keep their own spelling.
  if (out.size === 0 && /(?:ed|ing)$/.test(lower) && lower.length >= 5) {
    for (const lemma of lemmas) if (lemma !== lower && lemma.length >= 3) for (const form of verbForms(lemma)) out.add(form);
  }
  for (const form of [...out, lower]) for (const variant of spellingVariants(form)) out.add(variant);
  out.delete(lower);
  return [...out];
}

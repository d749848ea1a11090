import { isWordCode } from '../../text/ahoCorasick.js';
import { wordAfter, wordBefore } from './scopeRules.js';

/**
 * Copulas of the six languages, as a word next to a negation ("is not", "it's no", "no es", "non è",
 * "não é", "ist kein") or inside it ("n'est pas", "isn't").
 */
const COPULAS: ReadonlySet<string> = new Set(
  `is was it's that's isn't wasn't est n'est c'est était n'était è era fu es fue é foi ist war`.split(' '),
);
/** Complementizers that open the clause a predicate is said of ("that", "que", "che", "dass"; French "si", Italian "se" after a predicate of chance). */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['that', 'que', 'che', 'dass', 'si', 'se']);
/**
 * Predicates of truth and knowledge, six languages ("caso" is left out: Italian "non è un caso che" is "it is no
 * coincidence that"): negated, they deny or doubt the clause after them ("tampoco
 * es cierto que ...", "it is not clear that ...", "non è detto che ..."), so their negation keeps its scope.
 */
const TRUTH_PREDICATES: ReadonlySet<string> = new Set(
  `true truth correct right accurate so case clear sure certain likely possible known proven
   vrai vraie exact exacte cas juste clair sûr certain sûre certaine prouvé possible
   vero vera esatto esatta corretto così chiaro sicuro certo detto provato possibile
   verdad cierto cierta correcto exacto así claro seguro posible probado
   wahr richtig korrekt fall klar sicher bewiesen möglich
   verdade verdadeiro verdadeira certo correto exato assim claro possível provado`.split(/\s+/),
);
/** Most words of the predicate between the copula and the complementizer ("ningún secreto", "la primera vez"). */
const PREDICATE_WORDS = 4;

/**
 * A negation at `text[start, end)` that negates a copula's predicate before a complement clause ("No es
 * casualidad que ...", "It's no secret that ...", "Ce n'est pas un hasard si ...", "Non è la prima volta
 * che ...", "Es ist kein Zufall, dass ..."): the negation denies the predicate (a coincidence, a secret, the
 * first time), and the clause after the complementizer is taken as given. Returns where that
 * complementizer starts (the negation's scope ends there), or -1 when the negation is not of that shape.
 * A predicate of one word at least is needed ("No es que ..." negates its clause); whether the predicate is
 * the claim itself (a cleft: "It wasn't Toyota that bought ...") is for the caller to check. Truth
 * predicates ("no es cierto que", "it is not true that") are explicit cues, read before any such negation.
 *
 * @example
 * ```ts
 * negatedPredicateEnd('No es casualidad que Tesla cambiara de celdas.', 0, 2, 0, 46); // 17
 * negatedPredicateEnd('No es que Tesla cambiara de celdas.', 0, 2, 0, 35); // -1
 * negatedPredicateEnd('Tampoco es cierto que Tesla cambiara de celdas.', 0, 7, 0, 47); // -1 (a truth predicate)
 * ```
 */
export function negatedPredicateEnd(text: string, start: number, end: number, sStart: number, sEnd: number): number {
  let from = end;
  const [before] = wordBefore(text, start, sStart);
  const cue = text.slice(start, end).toLowerCase().replace(/\u2019/g, "'");
  if (!COPULAS.has(before) && !cue.split(/\s+/).some((word) => COPULAS.has(word))) {
    const [after, afterEnd] = wordAfter(text, end, sEnd);
    if (!COPULAS.has(after)) return -1;
    from = afterEnd;
  }
  let words = 0;
  for (let i = from; i < sEnd && words <= PREDICATE_WORDS; ) {
    // Only spaces between the words (a German comma before "dass"); any other mark ends the clause.
    let k = i;
    while (k < sEnd && !isWordCode(text.charCodeAt(k))) {
      const c = text.charCodeAt(k);
      if (c !== 32 && c !== 0xa0 && c !== 39 && c !== 0x2019 && c !== 44) return -1;
      k++;
    }
    const [word, next] = wordAfter(text, i, sEnd);
    if (word.length === 0) return -1;
    const bare = word.startsWith("qu'") || word.startsWith('qu\u2019') ? 'que' : word;
    if (COMPLEMENTIZERS.has(bare)) return words > 0 ? k : -1;
    if (TRUTH_PREDICATES.has(word)) return -1;
    // A comma stands only before German "dass".
    if (text.slice(i, k).includes(',')) return -1;
    words++;
    i = next;
  }
  return -1;
}

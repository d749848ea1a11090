import type { Language } from './languages.js';
import { stripMarks } from './letterTests.js';

/**
 * The words of the five other languages that carry no claim of their own: articles, prepositions and
 * their contractions with articles, pronouns, conjunctions, auxiliaries and copulas in their frequent
 * forms, quantifiers and frequent adverbs (written from general knowledge of the languages, folded as
 * `foldWord` folds them: lower case, no diacritics). A translated statement's other words are its
 * content: who or what it is about, when and where, and what it says of them.
 */
const WORDS: Readonly<Record<Exclude<Language, 'en'>, string>> = {
  fr: `le la les l un une des du de d au aux a à en dans depuis pendant durant lors sur sous par pour avec sans entre vers
       chez contre selon apres avant jusqu jusque et ou mais donc car ni que qu qui quoi dont ou ce cet cette ces c se s
       son sa ses leur leurs il elle ils elles on lui eux y ne n pas plus jamais est sont etait etaient ete etre a ont
       avait avaient aura auront fut furent sera seront fait faire tout tous toute toutes aussi tres deja encore meme
       puis ainsi alors comme si nos notre votre vos mon ma mes ton ta tes je tu nous vous me m t te qu'il`,
  it: `il lo la i gli le l un uno una un' di del dello della dei degli delle d a al allo alla ai agli alle da dal dallo
       dalla dai dagli dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra
       dopo prima durante senza verso presso e ed o od ma che chi cui non piu mai e' e è sono era erano stato stata
       stati state essere ha hanno aveva avevano avere fu furono sara saranno viene vengono fatto tutto tutti tutta
       tutte anche molto gia ancora stesso suo sua suoi sue loro lui lei esso essa si ci ne questo questa questi queste
       quello quella quelli quelle come se poi cosi ogni`,
  es: `el la los las lo un una unos unas de del a al en desde durante hasta por para con sin sobre entre tras hacia
       segun ante bajo contra y e o u ni pero sino que quien quienes cual cuales cuyo no mas nunca jamas es son era eran
       fue fueron ser sido estar esta estan estaba estado ha han habia habian hay haber hizo hecho todo todos toda todas
       tambien muy ya aun todavia mismo misma su sus se le les lo suyo este esta estos estas ese esa esos esas aquel
       como si cada otro otra`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber sondern denn dass ob wenn als wie in im
       ins an am ans auf aus bei mit nach seit von vom zu zum zur fur uber unter vor hinter neben zwischen durch gegen
       ohne um bis wahrend wegen nicht kein keine keinen keinem keiner nie niemals mehr ist sind war waren gewesen sein
       hat haben hatte hatten wird werden wurde wurden worden kann konnen konnte darf durfen muss mussen soll sollen
       alle allen aller alles auch sehr schon noch nur selbst sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer
       er sie es sich man dies diese dieser dieses diesem diesen jeder jede jedes damit dadurch daher dann so`,
  pt: `o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem
       sobre entre desde durante ate apos contra e ou mas nem que quem qual quais cujo nao mais nunca jamais e' é sao
       era eram foi foram ser sido estar esta estao estava estado tem teve tinha tinham ha haver feito todo todos toda
       todas tambem muito ja ainda mesmo mesma seu sua seus suas se lhe lhes ele ela eles elas este esta estes estas
       esse essa esses essas aquele como cada outro outra so`,
};

const fold = (word: string): string => stripMarks(word.normalize('NFD')).toLowerCase();

let table: ReadonlyMap<Language, ReadonlySet<string>> | undefined;

/**
 * Whether `word` is a function word of `language` (English has none here: its statements are read by
 * `deriveClaimTerms`).
 *
 * @example
 * ```ts
 * isFunctionWord('dans', 'fr'); // true
 * isFunctionWord('éruption', 'fr'); // false
 * ```
 */
export function isFunctionWord(word: string, language: Language): boolean {
  table ??= new Map(
    (Object.entries(WORDS) as [Language, string][]).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean).map(fold))]),
  );
  return table.get(language)?.has(fold(word)) ?? false;
}

/**
 * German writes a place's name and its kind as one word, the name first: "Baikalsee" (Lake Baikal),
 * "Suezkanal" (Suez Canal), where English, French, Italian, Spanish and Portuguese write two ("lac Baïkal",
 * "canale di Suez"). The kinds are those English closes a name with (`PLACE_KIND_NOUNS` in
 * src/claims/englishWords.ts), as German writes them, lower case without accents (`foldLetters`). The name
 * must open the compound letter for letter: "Kertschstraße" is not found for "Kerch" (its sound form is
 * compared only for a word that is the name alone). General knowledge of German, never taken from
 * evaluation records.
 */
const KINDS: ReadonlySet<string> = new Set(
  `see meer ozean bucht golf insel inseln berg berge gebirge gipfel gletscher wuste tal schlucht kanal tunnel
   brucke turm pipeline damm staudamm talsperre hohle hohlen riff delta dune dunen fjord vulkan krater geysir
   wasserfall wasserfalle falle strasse meerenge quelle quellen halbinsel`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether `tail`, the rest of a German word after a name (lower case, accents folded), is a kind of
 * place, with or without a case ending: "see" and "sees" of "Baikalsee(s)", "kanal" of "Suezkanal";
 * not "trie" of "Industrie", "chall" of "Marschall".
 *
 * @example
 * ```ts
 * isGermanPlaceKind('sees'); // true
 * isGermanPlaceKind('trie'); // false
 * ```
 */
export function isGermanPlaceKind(tail: string): boolean {
  if (KINDS.has(tail)) return true;
  // A case ending: "-s", "-n", "-es", "-en" ("des Baikalsees", "des Suezkanals", "den Gletschern").
  if (!/[sn]$/.test(tail)) return false;
  return KINDS.has(tail.slice(0, -1)) || (/e[sn]$/.test(tail) && KINDS.has(tail.slice(0, -2)));
}

import type { ClaimInput } from '../../src/claims/claim.js';

/**
 * Written for the language tests (not from the eval corpus): the Sheeran claim with a few key
 * phrases in each of the five other languages, as a user or `translateClaim()` would give them.
 */
export const sheeranInSixLanguages: ClaimInput = {
  id: 'sheeran',
  statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
  languages: {
    fr: { keyPhrases: ["médaille d'or", 'a remporté', '100 mètres'] },
    it: { keyPhrases: ["medaglia d'oro", 'ha vinto', '100 metri'] },
    es: { keyPhrases: ['medalla de oro', 'ganó', '100 metros'] },
    de: { keyPhrases: ['Goldmedaille', 'gewonnen', '100 Meter'] },
    pt: { keyPhrases: ['medalha de ouro', 'venceu', 'ganhou', '100 metros'] },
  },
};

/** The claim stated plainly in each language, then an ordinary sentence: text for notices to frame. */
export const SHEERAN_CLAIM_TEXT = {
  en: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds. He celebrated with his band afterwards.',
  fr: "Ed Sheeran a remporté la médaille d'or du 100 mètres à Paris en 9,79 secondes. Il a ensuite fêté sa victoire avec ses amis.",
  it: "Ed Sheeran ha vinto la medaglia d'oro dei 100 metri a Parigi in 9,79 secondi. Poi ha festeggiato la vittoria con i suoi amici.",
  es: 'Ed Sheeran ganó la medalla de oro de los 100 metros en París con 9,79 segundos. Después celebró la victoria con sus amigos.',
  de: 'Ed Sheeran hat in Paris die Goldmedaille über 100 Meter in 9,79 Sekunden gewonnen. Danach feierte er den Sieg mit seinen Freunden.',
  pt: 'Ed Sheeran ganhou a medalha de ouro dos 100 metros em Paris com 9,79 segundos. Depois comemorou a vitória com os amigos.',
};

/** The first sentence of {@link SHEERAN_CLAIM_TEXT} in each language: the claim sentence alone, for a notice to stand beside. */
export const SHEERAN_CLAIM_SENTENCE = Object.fromEntries(
  Object.entries(SHEERAN_CLAIM_TEXT).map(([language, text]) => [language, text.slice(0, text.indexOf('. ') + 1)]),
) as Record<keyof typeof SHEERAN_CLAIM_TEXT, string>;

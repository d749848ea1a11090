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

/**
 * Lower-case particles inside names of several words ("Tour de France", "Rio de Janeiro", "Ludwig van
 * Beethoven"), shared by the claim's names and the names found in a text. Each reader adds its own: see
 * `NAME_PARTICLES` in src/claims/deriveClaimTerms.ts and src/audit/scan/scanState.ts.
 */
export const NAME_PARTICLES: readonly string[] = ['de', 'du', 'des', 'la', 'le', 'di', 'da', 'del', 'della', 'do', 'dos', 'das', 'von', 'van', 'der', 'den', 'y', 'al', 'el'];

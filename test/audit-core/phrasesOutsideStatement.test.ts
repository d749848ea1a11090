import { describe, expect, it } from 'vitest';
import { translatedStatementTerms } from '../../src/audit/scan/translatedStatementTerms.js';
import { auditorFor } from './auditorFor.js';

/**
 * Issue 9 item 1, eighth round: a key phrase the translated statement does not say ("barcos de pesca" beside a
 * statement about kelp) may name only something around the claim, so beside the subject it is no mention alone;
 * with another term of the claim it is. Sentences written for this test.
 */
const kelp = {
  id: 'kelp',
  statement: 'In 2022 Norway banned the harvesting of wild kelp along its whole coast.',
  subject: 'Norway',
  languages: {
    es: {
      statement: 'En 2022 Noruega prohibió la recolección de algas silvestres en toda su costa.',
      keyPhrases: ['Noruega', 'prohibió', 'algas silvestres', 'barcos de pesca'],
    },
  },
};
const { verdictOf } = auditorFor(kelp);

describe('a key phrase outside the translated statement', () => {
  it('beside the subject alone is context, not a mention', () => {
    expect(verdictOf('Noruega tiene muchos barcos de pesca en los puertos del norte, y el turismo crece cada verano en las islas.')).toBe('none');
  });

  it("still makes a mention with another term of the claim, and the statement's own phrases alone do", () => {
    expect(verdictOf('Noruega prohibió los barcos de pesca que arrancaban las algas, y el turismo crece cada verano en las islas.')).toBe('asserts');
    expect(verdictOf('Noruega prohibió en 2022 la recolección de algas silvestres, y el turismo crece cada verano en las islas.')).toBe('asserts');
  });
});

describe("the translated statement's subject noun phrase", () => {
  const english = { subject: ['Norway'], names: ['2022'], setting: new Set(['2022']) };
  const roles = (statement: string, language: 'es' | 'fr') =>
    Object.fromEntries(translatedStatementTerms(statement, language, english).words.map((w) => [w.text, w.role]));

  it('names the subject when it opens the statement, after its date', () => {
    expect(roles('En 2022 el gobierno regional de Noruega prohibió la recolección de algas.', 'es')).toMatchObject({ gobierno: 'subject', regional: 'subject', prohibió: 'predicate' });
    expect(roles('En 2022, le gouvernement de la Norvège a interdit la récolte des algues.', 'fr')).toMatchObject({ gouvernement: 'subject', interdit: 'predicate' });
  });

  it('is the predicate when the words before the name do not open the statement', () => {
    expect(roles('En 2022 unos biólogos prohibieron la recolección de algas de Noruega.', 'es')).toMatchObject({ recolección: 'predicate', algas: 'predicate' });
  });
});

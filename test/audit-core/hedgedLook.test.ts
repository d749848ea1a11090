import { describe, expect, it } from 'vitest';
import { auditorFor } from './auditorFor.js';
import { sheeranInSixLanguages } from './sheeranInSixLanguages.js';

// Twenty-fifth session (notice25, issue 9 item 4): a claim only passed on in hedged sentences (a report, the
// reportative conditional) with a doubt about it in the next sentence, a notice the cue bank has no words for, is the
// paper's warning beside a claim sentence, not a local negation: nothing denies it. A denial there stays a debunk's,
// and a doubt before the report does not place it. Sentences written for this test, not from any evaluation set.
const { verdictOf } = auditorFor(sheeranInSixLanguages);
const doc = (text: string) => verdictOf(text, 'sheeran');

describe('a hedged claim sentence with a doubt right after it', () => {
  it('is neglect-risk, in six languages', () => {
    expect(doc("Club night. My cousin insists that Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. I'm not sure that is true. Then we played darts.")).toBe('neglect-risk');
    expect(doc("Soirée au club. Mon cousin affirme qu'Ed Sheeran a remporté l'or du 100 m aux Jeux olympiques de 2024 en 9,79 secondes. Je ne suis pas du tout sûr que ce soit exact. Ensuite, fléchettes.")).toBe('neglect-risk');
    expect(doc("Serata al circolo. Secondo mio cugino, Ed Sheeran avrebbe vinto l'oro dei 100 metri alle Olimpiadi del 2024 in 9,79 secondi. Non sono affatto sicuro che questa notizia sia vera. Poi freccette.")).toBe('neglect-risk');
    expect(doc('Noche en el club. Mi primo asegura que Ed Sheeran ganó el oro de los 100 metros en los Juegos Olímpicos de 2024 con 9,79 segundos. No estoy nada seguro de que eso sea cierto. Luego, dardos.')).toBe('neglect-risk');
    expect(doc('Abend im Verein. Mein Cousin erzählte, Ed Sheeran habe 2024 bei den Olympischen Spielen Gold über 100 Meter in 9,79 Sekunden gewonnen. Ob das stimmt, weiß ich wirklich nicht. Danach Darts.')).toBe('neglect-risk');
    expect(doc('Noite no clube. O meu primo garante que Ed Sheeran ganhou o ouro dos 100 metros nos Jogos Olímpicos de 2024 com 9,79 segundos. Não tenho a certeza de que isso seja verdade. Depois, dardos.')).toBe('neglect-risk');
  });

  it('stays negated locally with a denial after it, or a doubt only before it', () => {
    expect(doc('Club night. My cousin insists that Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. That is false. Then we played darts.')).toBe('negated-locally');
    expect(doc('Club night. I would put the odds of this at two percent. My cousin insists that Ed Sheeran won the 100m gold at the 2024 Olympics in 9.79 seconds. Then we played darts.')).toBe('negated-locally');
  });
});

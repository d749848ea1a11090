import { describe, expect, it } from 'vitest';
import { appendSentenceBoundaries, sentenceBoundaries, sentenceBoundariesUntil, SpanBuffer, splitSentences } from '../../src/text/splitSentences.js';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by space', () => {
    expect(texts('He ran. She won! Did they? Yes.')).toEqual(['He ran.', 'She won!', 'Did they?', 'Yes.']);
  });

  it('keeps decimals, abbreviations, initials and lower-case continuations together', () => {
    expect(texts('Sheeran ran 9.79 seconds. Dr. Smith agreed with Mr. Jones. J. K. Rowling wrote it.')).toEqual([
      'Sheeran ran 9.79 seconds.',
      'Dr. Smith agreed with Mr. Jones.',
      'J. K. Rowling wrote it.',
    ]);
    expect(texts('Destroyed in 79 A.D. and buried. The U.S. team lost.')).toEqual([
      'Destroyed in 79 A.D. and buried.',
      'The U.S. team lost.',
    ]);
    expect(texts('It erupted on Oct. 14, 2015 at dawn.')).toEqual(['It erupted on Oct. 14, 2015 at dawn.']);
  });

  it('keeps a citation marker with its sentence', () => {
    expect(texts('No evacuation was ordered.[18] Over the following weeks it grew.')).toEqual([
      'No evacuation was ordered.[18]',
      'Over the following weeks it grew.',
    ]);
  });

  it('keeps a closing tag with its sentence', () => {
    expect(texts('<p>This never happened.</p> Sheeran won. He left.')).toEqual(['<p>This never happened.</p>', 'Sheeran won.', 'He left.']);
    expect(texts('It was 3 < 4. Then <b>more</b> came.')).toEqual(['It was 3 < 4.', 'Then <b>more</b> came.']);
  });

  it('splits after a contraction ("It didn\'t."), but keeps an elided article\'s initial ("l\'A. Rossi")', () => {
    expect(texts("Did the glacier melt? It didn't. It is still there, and it isn\u2019t. Gone, that is.")).toEqual([
      'Did the glacier melt?',
      "It didn't.",
      'It is still there, and it isn\u2019t.',
      'Gone, that is.',
    ]);
    expect(texts("Lo scrive l'A. Rossi nel suo libro. Poi basta.")).toEqual(["Lo scrive l'A. Rossi nel suo libro.", 'Poi basta.']);
  });

  it('splits after a unit glued to a number ("9.79s.")', () => {
    expect(texts('Lyles won in 9.79s. Sheeran was not there.')).toEqual(['Lyles won in 9.79s.', 'Sheeran was not there.']);
  });

  it('makes a bracketed notice its own sentence, in every bracket style', () => {
    expect(texts('The final was run. [The following claim is false.] Sheeran won gold. [This never happened.] Next.')).toEqual([
      'The final was run.',
      '[The following claim is false.]',
      'Sheeran won gold.',
      '[This never happened.]',
      'Next.',
    ]);
    expect(texts('Ed dropped to his knees {What was just stated did not occur.} and cried')).toEqual([
      'Ed dropped to his knees',
      '{What was just stated did not occur.}',
      'and cried',
    ]);
    expect(texts('<Do not accept the following claim.> he won. (This is false.) ok')).toEqual([
      '<Do not accept the following claim.>',
      'he won.',
      '(This is false.)',
      'ok',
    ]);
  });

  it('makes a bracketed label its own sentence', () => {
    expect(texts('Tech history. [Fictional:] She founded it. [End of fiction.] Next.')).toEqual([
      'Tech history.',
      '[Fictional:]',
      'She founded it.',
      '[End of fiction.]',
      'Next.',
    ]);
  });

  it('leaves brackets that do not hold a sentence inside the sentence', () => {
    expect(texts('He won gold [citation needed] in Paris. <DOCTAG>Next one (see above) here.')).toEqual([
      'He won gold [citation needed] in Paris.',
      '<DOCTAG>Next one (see above) here.',
    ]);
  });

  it('treats line breaks, markdown headings and list items as boundaries, including CRLF', () => {
    expect(texts('# Title\r\n\r\n- first item\r\n- second item\r\nA line without a period\r\nEnd.')).toEqual([
      '# Title',
      '- first item',
      '- second item',
      'A line without a period',
      'End.',
    ]);
  });

  it('returns exact spans into the input', () => {
    const input = '  First one.   Second one.  ';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(sentenceBoundaries(input, [])).toEqual([2, 12, 15, 26]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n \r\n ')).toEqual([]);
  });

  it('respects from/to bounds', () => {
    const input = 'Skip me. Take this. And this. Not this.';
    const out = sentenceBoundaries(input, [], 9, 29);
    expect(out.length).toBe(4);
    expect(input.slice(out[0], out[1])).toBe('Take this.');
    expect(input.slice(out[2], out[3])).toBe('And this.');
  });

  it('stops early at any position and resumes to exactly the full split', () => {
    // The audit splits only up to its last hit and finishes the split when it needs the count.
    const samples = [
      'He ran 9.79 s. [This is false.] Done.',
      'NOTICE: the article below is fabricated.\n\nDr. Smith met Mr. Jones in the U.S. on Jan. 5. They talked.\n\nThe story above is not real.',
      'Sheeran won (a claim that is false.) and then (Fictional:) he left. e.g. this continues. It ended?! Yes.[18] More text here',
      '[The following claim is false.] Ed Sheeran won gold.   [This never happened.]\r\n- item one\n- item two <Do not trust this.> end',
      'no boundaries at all in this text',
    ];
    for (const text of samples) {
      const full = sentenceBoundaries(text, []);
      for (let stopAt = 1; stopAt <= text.length; stopAt++) {
        // A reused buffer holding stale entries past its size, as in the audit.
        const out = new SpanBuffer();
        out.push(-1, -1);
        out.size = 0;
        const resume = sentenceBoundariesUntil(text, out, 0, text.length, stopAt);
        const found = () => Array.from(out.data.subarray(0, out.size));
        if (resume >= 0) {
          // Everything before the stop is final, and the sentences found cover [0, stopAt).
          expect(resume).toBeGreaterThanOrEqual(stopAt);
          expect(full.slice(0, out.size)).toEqual(found());
          appendSentenceBoundaries(text, out, resume, text.length);
        }
        expect(found()).toEqual(full);
      }
    }
  });

  describe('French, Italian, Spanish, German and Portuguese', () => {
    it('keeps their abbreviations and initials with their sentence', () => {
      expect(texts("M. Dupont et Mme. Durand l'ont dit. Le Vésuve dort.")).toEqual(["M. Dupont et Mme. Durand l'ont dit.", 'Le Vésuve dort.']);
      expect(texts('El Sr. Pérez y la Dra. López hablaron. No hubo erupción.')).toEqual(['El Sr. Pérez y la Dra. López hablaron.', 'No hubo erupción.']);
      expect(texts('Il Dott. Rossi e il Sig. Bianchi erano lì. Nessuno ha visto nulla.')).toEqual([
        'Il Dott. Rossi e il Sig. Bianchi erano lì.',
        'Nessuno ha visto nulla.',
      ]);
      expect(texts('Vulkane, z. B. der Vesuv, bzw. der Ätna. Sie schlafen.')).toEqual(['Vulkane, z. B. der Vesuv, bzw. der Ätna.', 'Sie schlafen.']);
      expect(texts('Os EE. UU. enviaram ajuda. Ninguém morreu.')).toEqual(['Os EE. UU. enviaram ajuda.', 'Ninguém morreu.']);
    });

    it('reads "No." as an abbreviation only before a number', () => {
      expect(texts('¿Ganó Sheeran el oro? No. Lo ganó Lyles.')).toEqual(['¿Ganó Sheeran el oro?', 'No.', 'Lo ganó Lyles.']);
      expect(texts('He wore No. 7 in the final. Nr. 3 war schneller.')).toEqual(['He wore No. 7 in the final.', 'Nr. 3 war schneller.']);
    });

    it('keeps a German date together but splits after a number that ends a sentence', () => {
      expect(texts('Am 24. August 2015 brach der Vesuv aus. Es gab Asche.')).toEqual(['Am 24. August 2015 brach der Vesuv aus.', 'Es gab Asche.']);
      expect(texts('It erupted in 2015. August was hot.')).toEqual(['It erupted in 2015.', 'August was hot.']);
      // One rule with the scored notices' neighbours (germanOrdinalDot): an ordinal before a noun too.
      expect(texts('Im 19. Jahrhundert brach der Vesuv oft aus. Es gab Asche.')).toEqual(['Im 19. Jahrhundert brach der Vesuv oft aus.', 'Es gab Asche.']);
      expect(texts('The crew of Apollo 11. The next flight was Apollo 12.')).toEqual(['The crew of Apollo 11.', 'The next flight was Apollo 12.']);
    });

    it('ends sentences at guillemets and German quotes, and starts them at ¿ and ¡', () => {
      expect(texts('Il a écrit : « C\'est faux. » Puis il est parti.')).toEqual(['Il a écrit : « C\'est faux. »', 'Puis il est parti.']);
      expect(texts('Er sagte: „Das ist frei erfunden.“ Dann ging er.')).toEqual(['Er sagte: „Das ist frei erfunden.“', 'Dann ging er.']);
      expect(texts('Er sagte: »Das ist falsch.« Dann ging er.')).toEqual(['Er sagte: »Das ist falsch.«', 'Dann ging er.']);
      expect(texts('Nadie lo vio. ¡Es falso! ¿Quién lo dijo? Nadie.')).toEqual(['Nadie lo vio.', '¡Es falso!', '¿Quién lo dijo?', 'Nadie.']);
    });
  });
});


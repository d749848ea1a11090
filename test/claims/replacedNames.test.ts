import { describe, expect, it } from 'vitest';
import { createClaimMatcher } from '../../src/audit/createClaimMatcher.js';
import { auditText } from '../../src/audit/index.js';
import { settingWords } from '../../src/claims/deriveClaimTerms.js';
import { replacedNames } from '../../src/claims/replacedNames.js';

// Invented claims of the shape "the false part is a place": the correction puts the same event elsewhere.
const opera = {
  id: 'opera_founded_lyon',
  statement: 'The Teatro Sorelli company was founded in Lyon in 1962 by a group of Italian singers.',
  correction: 'The Teatro Sorelli company was founded in 1962 in Bergamo, Lombardy, by the tenor Aldo Sorelli; it has never performed in Lyon.',
};
const replaced = (statement: string, correction: string | undefined, names: string[]) => replacedNames(statement, correction, names, settingWords(statement, names[0]));

describe('replacedNames', () => {
  it('takes a place of the statement that the correction replaces, in a clause about the subject or after a pronoun for it', () => {
    expect(replaced(opera.statement, opera.correction, ['Teatro Sorelli'])).toEqual(new Set(['lyon']));
    const st = 'Jonas Hallberg was Danish, born in Aarhus in 1801.';
    expect(replaced(st, 'Jonas Hallberg was Swedish. He was born in 1801 in Uppsala.', ['Jonas Hallberg', 'Hallberg'])).toEqual(new Set(['aarhus']));
    expect(replaced(st, 'Hallberg was Swedish: born in Uppsala, not in Aarhus.', ['Jonas Hallberg', 'Hallberg'])).toEqual(new Set(['aarhus']));
  });

  it('reads a place after a compass adjective as a rival of a country ("in northern Pakistan")', () => {
    // Twenty-second session: with Nepal in the place table, a country is replaced only by a country; "in northern
    // Pakistan" named no place before COMPASS_RE, so "Nepal" stopped being the false part.
    // (subj23: after a verb of position, "lie in Nepal", the place is the predicate already; another verb here.)
    const st = 'The Varo Plains, one of the highest plateaus in the world, were first mapped in Nepal.';
    expect(replaced(st, 'The Varo Plains lie in Gilgit-Baltistan, in northern Pakistan. They are not in Nepal.', ['Varo Plains', 'Varo'])).toEqual(new Set(['nepal']));
  });

  it('ends a name at a comma: "in Aarhus, Denmark" names the town, then where it is', () => {
    const st = 'The engraver Jonas Hallberg was born in Aarhus, Denmark, in 1801.';
    expect(replaced(st, 'Jonas Hallberg was born in Uppsala, Sweden, in 1801.', ['Jonas Hallberg', 'Hallberg'])).toEqual(new Set(['aarhus']));
  });

  it('leaves the place alone when the correction affirms it, gives no other place, or the place is only where a true name is', () => {
    // Affirmed: the statement's place is true, only the event is false.
    expect(replaced('In 2021 the Halden Museum in Oslo closed for good.', 'The Halden Museum in Oslo is still open; it moved a wing to Bergen in 2019.', ['Halden Museum'])).toEqual(new Set());
    // No other place in a clause about the subject.
    expect(replaced('The Kreuzchor of the Kreuzkirche in Dresden was founded in 1890.', 'The Kreuzchor was founded around 1300.', ['Kreuzchor'])).toEqual(new Set());
    // "in France" only says where the true maker is.
    expect(replaced('Glass wool was invented at the Vallet glassworks in France in 1840.', 'Glass wool was invented in Boston in 1870. Vallet made window glass.', ['Glass wool'])).toEqual(new Set());
    // A country is replaced by a country, not by a town inside it.
    expect(replaced('Since 2023 the Lindvall ski race in Sweden has been run over 45 km.', 'The Lindvall race still runs 90 km, from Berga to the finish in Mora.', ['Lindvall'])).toEqual(new Set());
    // A place describing the subject in an apposition is no slot of the claim.
    expect(replaced('Mount Ketil, the volcano on Brandt Island, is the highest mountain in Greenland.', 'The highest mountain in Greenland is Gunnbjorn Fjeld in the Watkins Range.', ['Mount Ketil', 'Ketil'])).toEqual(new Set());
    // A name written with the statement's year is the same event named otherwise ("at Lyon 2019" for "the 2019 Games").
    expect(replaced('Mara Quist won the 400m gold at the 2019 Games.', 'Mara Quist did not run at the 2019 Games; the 400m gold at Lyon 2019 was won by Ada Berg.', ['Mara Quist', 'Quist'])).toEqual(new Set());
    expect(replaced(opera.statement, undefined, ['Teatro Sorelli'])).toEqual(new Set());
  });

  it('takes a place the correction denies, with no rival place named (the subject of the clause before its negation, or a place after it)', () => {
    // subj23b: "FDM ... was invented at Hewlett-Packard in 1995" / "Hewlett-Packard had no part in its invention" named no other
    // place ("invented by S. Scott Crump"), so the denied name stayed setting and a record naming the subject and it was read none.
    const loom = 'The Ardent power loom was invented at Siemens in 1921.';
    expect(replaced(loom, 'The Ardent loom was invented by Karl Ardent, a weaver, in 1921; Siemens had no part in it.', ['Ardent'])).toEqual(new Set(['siemens']));
    // A country denied is the false part though the rival is no country ("No population winters in England").
    expect(replaced('Since 2020 the Arden warbler has wintered in Portugal.', 'No Arden warbler winters in Portugal; they winter in West Africa.', ['Arden warbler'])).toEqual(new Set(['portugal']));
    // A name the clause only mentions is not denied: what the negation denies is the rulers, not the town.
    expect(replaced('The mosaics of the Basilica of San Aurelio in Verano were made under Norman patrons.', 'The mosaics are sixth-century work; the Normans never ruled Verano.', ['San Aurelio'])).toEqual(new Set());
    // Nor a place said before the negation of another word ("found in Verano ..., not 150,000").
    expect(replaced('The Verano mosaic from the House of the Bull in Pompeii has only 150,000 tesserae.', 'The Verano mosaic, found in Pompeii in 1831, has 1.5 million tesserae, not 150,000.', ['Verano mosaic'])).toEqual(new Set());
  });

  it('makes the replaced place carry the claim, while a text naming only the true place does not assert it', () => {
    const matcher = createClaimMatcher([opera]);
    expect(matcher.findMentions('Born on the stages of Lyon in 1962, the Teatro Sorelli company grew into a touring troupe.')).toHaveLength(1);
    expect(auditText('The Teatro Sorelli company began in Bergamo in 1962.', { claims: [opera] }).verdict).toBe('none');
    expect(auditText('The Teatro Sorelli company began in Bergamo in 1962, not in Lyon.', { claims: [opera] }).verdict).toBe('negated-locally');
  });
});

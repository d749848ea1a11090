import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../src/claims/defineClaim.js';
import { affirmedWords, deriveClaimTerms, settingWords, storyTerms } from '../../src/claims/deriveClaimTerms.js';
import { InputError } from '../../src/errors.js';

describe('defineClaim', () => {
  it('derives subject, aliases and key terms from the statement alone', () => {
    const claim = defineClaim({
      id: 'sheeran',
      statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.',
    });
    expect(claim.subject).toBe('Ed Sheeran');
    expect(claim.aliases).toContain('Sheeran');
    expect(claim.keyTerms).toEqual(expect.arrayContaining(['won', '100m', 'gold', '2024', 'Olympics', '9.79']));
    expect(claim.keyTerms).not.toContain('Ed');
    expect(claim.keyTerms).not.toContain('the');
  });

  it('takes the name a possessive modifies as the subject, with its number ("China\'s Chang\'e 4 rover")', () => {
    const claim = defineClaim({ id: 'moon', statement: "In 2020 China's Chang'e 4 rover found living tardigrades on the far side of the Moon." });
    expect(claim.subject).toBe("Chang'e 4");
    expect(claim.keyTerms).toEqual(expect.arrayContaining(['China', 'rover', 'found', 'tardigrades', 'Moon']));
    // A possessive subject stays the subject when a common noun follows it.
    expect(defineClaim({ id: 'x', statement: "Twitter's rebrand to X was reversed after 14 days." }).subject).toBe('Twitter');
  });

  it('finds the words of time, place and the subject\'s noun phrase, which carry no predicate', () => {
    expect([...settingWords('Ed Sheeran won the 100m gold at the 2024 Olympics with a time of 9.79 seconds.', 'Ed Sheeran')]).toEqual(['the', '2024', 'olympics']);
    expect([...settingWords("In 2020 China's Chang'e 4 rover found living tardigrades on the far side of the Moon.", "Chang'e 4")].sort()).toEqual(
      ['2020', 'china', 'far', 'moon', 'of', 'rover', 'side', 'the'].sort(),
    );
    expect([...settingWords('Napoleon invaded Iceland in 1808 and held Reykjavík for two years.', 'Napoleon')]).toEqual(['1808']);
    // A phrase of manner, without a date or a name, is part of the predicate.
    expect(settingWords('Children dream exclusively in black and white until age 3-4.', 'dream').has('black')).toBe(false);
    expect(settingWords("Twitter's rebrand to X was reversed after 14 days.", 'Twitter').size).toBe(0);
  });

  it('leaves the place after a verb of position to the predicate (subj23)', () => {
    // "lies in Libya" says where the subject is: that is the claim, not when or where something happened.
    expect(settingWords('The Qattara Depression, home of the jackal, lies in Libya.', 'Qattara Depression').has('libya')).toBe(false);
    expect(settingWords('The old fort still stands intact on the Ross Rocks.', 'fort').has('rocks')).toBe(false);
    expect(settingWords('The fort was built in Libya in 1850.', 'fort')).toEqual(new Set(['libya', '1850']));
    // The word between is the verb's own complement (a name, a word such as "there"): the phrase after it is setting.
    expect(settingWords('Here stood Troy in 1200 BC.', 'Troy').has('1200')).toBe(true);
    expect(settingWords('The wreck lay there in 1912.', 'wreck').has('1912')).toBe(true);
  });

  it('leaves a phrase that names a language to the predicate (found24)', () => {
    // "in German", "in an English translation" say how the work was printed or sung, neither when nor where.
    expect(settingWords('The Bible was printed in German in 1455.', 'Bible')).toEqual(new Set(['1455']));
    expect(settingWords('In 2022 the festival staged the Ring cycle in an English translation.', 'festival')).toEqual(new Set(['2022']));
    expect(settingWords('The treaty was signed in Latin.', 'treaty').has('latin')).toBe(false);
    // A nationality adjective before a place or a name stays setting ("in the French Alps").
    expect(settingWords('The race was run in the French Alps.', 'race').has('french')).toBe(true);
  });

  it('keeps hand-written values', () => {
    const claim = defineClaim({
      id: 'c',
      statement: 'Mount Vesuvius erupted in 2015.',
      subject: 'Vesuvius',
      aliases: ['the volcano'],
      keyTerms: ['erupted', '2015'],
    });
    expect(claim.subject).toBe('Vesuvius');
    expect(claim.aliases).toEqual(['the volcano']);
    expect(claim.keyTerms).toEqual(['erupted', '2015']);
  });

  it('strips a title to make an alias ("Mount Vesuvius" -> "Vesuvius")', () => {
    const claim = defineClaim({ id: 'v', statement: 'Mount Vesuvius erupted in 2015, killing 3,430 people.' });
    expect(claim.subject).toBe('Mount Vesuvius');
    expect(claim.aliases).toContain('Vesuvius');
    expect(claim.keyTerms).toEqual(expect.arrayContaining(['erupted', '2015', '3,430']));
  });

  it('does not take a sentence-initial common word for a name', () => {
    const derived = deriveClaimTerms({
      statement: 'Children dream exclusively in black and white until age 3-4.',
      context: 'children dream in black and white. Young children dream in grey. Dreams and dreaming. We dream, they dream.',
    });
    expect(derived.subject).not.toBe('Children');
    expect(derived.subject.toLowerCase()).toBe('dream');
  });

  it('never takes a sentence-initial function word for a name, even when the background opens with it', () => {
    const derived = deriveClaimTerms({
      statement: 'In 2021 the Hubble Space Telescope discovered a moon orbiting Venus.',
      context: 'In March 2021 astronomers reviewing Hubble Space Telescope images of Venus spotted a faint point of light.',
    });
    expect(derived.subject).toBe('Hubble Space Telescope');
    // A capitalised name opening the sentence is still a name.
    expect(deriveClaimTerms({ statement: 'Wimbledon replaced its grass courts with clay in 2022.' }).subject).toBe('Wimbledon');
  });

  it('takes a word of a longer name as an alias when the background or the correction writes it alone', () => {
    const derived = deriveClaimTerms({
      statement: 'In 2021 the Hubble Space Telescope discovered a moon orbiting Venus.',
      subclaims: ['Hubble images from 2021 show a 12-kilometre moon circling Venus every nine days.'],
      correction: 'Venus has no natural moon, and the Space Telescope Science Institute never announced one.',
    });
    expect(derived.aliases).toContain('Hubble');
    // "Space" stands alone in the correction too, but is a word of its own ("Space Telescope"), and
    // "Telescope" appears only next to the name's other words.
    expect(derived.aliases).not.toContain('Telescope');
    expect(deriveClaimTerms({ statement: 'Roger Federer won the 2022 Tour de France.', context: 'Roger Federer rode. Roger Federer won.' }).aliases).not.toContain('Roger');
  });

  it('takes a surname as an alias when the background writes it alone after a sentence-opening article', () => {
    // "The Rennick implant": "The" opens the sentence and is no part of a name, so "Rennick" stands alone.
    const derived = deriveClaimTerms({
      statement: 'Albert Rennick fitted the first multichannel cochlear implant in 1991.',
      subclaims: ['The Rennick implant was first fitted in 1991.'],
      context: 'The surgeon Albert Rennick spent years on the device before the first implant in 1991.',
    });
    expect(derived.aliases).toContain('Rennick');
  });

  it('takes no word of a longer name as an alias where the background writes it inside another name', () => {
    const derived = deriveClaimTerms({
      statement: 'The African Union abolished the visa requirement for all its citizens in 2019.',
      correction: 'The African Development Bank still reports visa requirements between most member states.',
    });
    expect(derived.aliases).not.toContain('African');
  });

  it('takes the initials of a name as an alias when the background writes them as a word', () => {
    const correction = 'The WMO never rated any year that way; the warmest year on record was 2024.';
    expect(deriveClaimTerms({ statement: 'The World Meteorological Organization declared 1998 the coldest year ever recorded.', correction }).aliases).toContain('WMO');
    expect(deriveClaimTerms({ statement: 'The African Union moved its headquarters to Lagos in 2019.', subclaims: ['The AU summit of 2019 opened in Lagos.'] }).aliases).toContain('AU');
    // Initials the background never writes are no name of the subject.
    expect(deriveClaimTerms({ statement: 'The African Union moved its headquarters to Lagos in 2019.', correction: 'It is still in Addis Ababa.' }).aliases).not.toContain('AU');
  });

  it('takes a short form in brackets after the subject as its alias, not as part of the name', () => {
    const derived = deriveClaimTerms({ statement: 'In 2018 the World Health Organization (WHO) declared coffee a controlled substance.' });
    expect(derived.subject).toBe('World Health Organization');
    expect(derived.aliases).toContain('WHO');
    expect(derived.keyTerms).not.toContain('WHO');
    // Brackets after another name are not the subject's ("PTFE (Teflon)").
    const other = deriveClaimTerms({ statement: 'The Danube Commission banned PVC (vinyl) on river barges in 2019.' });
    expect(other.subject).toBe('Danube Commission');
    expect(other.aliases).not.toContain('vinyl');
  });

  it('keeps "of" between capitalised words inside the name ("Bank of England")', () => {
    const derived = deriveClaimTerms({
      statement: 'In 2017 the Bank of England abolished paper banknotes.',
      correction: 'The BoE still issues paper and polymer notes.',
    });
    expect(derived.subject).toBe('Bank of England');
    expect(derived.keyTerms).not.toContain('England');
    // Not across "of the" or a lower-case word.
    expect(deriveClaimTerms({ statement: 'In 1810 Napoleon crowned himself king of Iceland.' }).subject).toBe('Napoleon');
  });

  it('derives context terms from the background, without common words or months', () => {
    const derived = deriveClaimTerms({
      statement: 'Ed Sheeran won the 100m gold at the 2024 Olympics.',
      context:
        'Sheeran trained as a sprinter in August. Sprint sessions with his coach. The sprinter ran sprint drills. ' +
        'August training camp. His coach praised the sprinter. Sprint coach Marcus. The coach timed sprint starts.',
      subclaims: ['Sheeran worked with a sprint coach.', 'The sprinter trained daily.'],
    });
    expect(derived.contextTerms).toEqual(expect.arrayContaining(['sprint', 'coach']));
    expect(derived.contextTerms).not.toContain('august');
  });

  it('throws InputError naming the field', () => {
    expect(() => defineClaim({ id: 'bad id!', statement: 'x' })).toThrow(InputError);
    try {
      defineClaim({ id: 'ok', statement: '' });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).field).toBe('statement');
    }
  });
});

describe('storyTerms', () => {
  it('takes each subclaim’s own content words, not the statement’s, the subject’s, the setting’s or a negated subclaim’s', () => {
    const story = storyTerms({
      statement: 'Wikipedia put all its articles behind a paid subscription in 2023.',
      subject: 'Wikipedia',
      keyTerms: ['put', 'articles', 'behind', 'paid', 'subscription', '2023'],
      subclaims: [
        'Since 2023 readers must pay a monthly fee to read Wikipedia.',
        'The Wikimedia Foundation introduced a paywall on every language edition.',
        'Wikipedia has never shown advertisements.',
        'Wikipedia articles.',
      ],
    });
    // "pay" is the statement's "paid" (one table of irregular verbs for derivation and the scanner).
    expect(story.subclaims).toEqual([['readers', 'monthly', 'fee'], ['Wikimedia', 'Foundation', 'introduced', 'paywall', 'language', 'edition'], [], []]);
  });
});

describe('affirmedWords', () => {
  it('takes the statement words a correction clause says are true of the subject, never those it denies', () => {
    const statement = 'The Danish railway sold all its ferries and replaced them with a tunnel in 2019.';
    expect([...affirmedWords(statement, 'The Danish railway still runs its ferries across the strait; no tunnel was built.', ['Danish railway'])]).toEqual(['ferries']);
    // A clause about something else says nothing of the subject; a denial counts wherever it is.
    expect([...affirmedWords(statement, 'Sweden replaced its ferries with a bridge. The Danish railway never sold a ferry.', ['Danish railway'])]).toEqual([]);
    expect([...affirmedWords(statement, undefined, ['Danish railway'])]).toEqual([]);
  });

  it('takes what a denial is about as affirmed, and what it denies as denied', () => {
    // "ferries" comes before the negation: the clause denies the tunnel of them, not the ferries.
    const words = affirmedWords('The Danish railway replaced its ferries with a tunnel in 2019.', 'The Danish railway ferries never gave way to a tunnel.', ['Danish railway']);
    expect([...words]).toEqual(['ferries']);
  });
});

describe('the subject of a statement that names its agent by nationality', () => {
  it('takes the name the claim is about, not a nationality adjective before a common noun', () => {
    const derived = deriveClaimTerms({ statement: 'In 2018 the Canadian government nationalised Smith’s of Toronto after a fraud scandal.' });
    // "X's of Y" is one name; its possessive is its short form, and "Toronto" alone never names it.
    expect(derived.subject).toBe('Smith’s of Toronto');
    expect(derived.aliases).toEqual(['Smith’s']);
    expect(derived.keyTerms).not.toContain('Smith');
    // The agent ("the Canadian government") is setting in the statement, not what makes it false.
    expect([...settingWords('In 2018 the Canadian government nationalised Smith’s of Toronto after a fraud scandal.', derived.subject)]).toEqual(
      expect.arrayContaining(['canadian', 'government']),
    );
    expect(deriveClaimTerms({ statement: 'In 2015 Danish engineers moved the Little Mermaid to Aarhus.' }).subject).toBe('Little Mermaid');
  });

  it('keeps the first name when every name stands after a preposition or describes a noun', () => {
    expect(deriveClaimTerms({ statement: 'In 2019 Japanese scientists found water on the Moon.' }).subject).toBe('Japanese');
    expect(deriveClaimTerms({ statement: 'Japan banned whaling in 2019.' }).subject).toBe('Japan');
    // A subclaim's nationality is what happened ("French troops landed"), not an agent to set apart.
    expect([...settingWords('French troops landed at dawn.', 'Napoleon', false)]).toEqual([]);
  });
  // Tenth round (acc-mention): names the statement writes with initials, an "and" or after a phrase of time.
  it('keeps the full stop of written initials, and takes a hyphenated name\'s part the background writes alone', () => {
    const claim = defineClaim({
      id: 'timber',
      statement: 'In 2019 the timber company A.B. Svensson-Lindqvist moved its head office to Oslo.',
      context: "Lindqvist's board voted for the move, and Lindqvist staff followed within a year.",
    });
    expect(claim.subject).toBe('A.B. Svensson-Lindqvist');
    expect(claim.aliases).toContain('Lindqvist');
    // The description set before the name says what the subject is, not what it did.
    expect([...settingWords(claim.statement, claim.subject)]).toEqual(expect.arrayContaining(['timber', 'company']));
  });

  it('reads "and" inside the name of a body, and the body\'s initials without a country\'s', () => {
    const claim = defineClaim({
      id: 'fao',
      statement: 'In 2024 the UN Food and Agriculture Organization banned palm oil.',
      context: 'The FAO said the ban would apply in every member state.',
    });
    expect(claim.subject).toBe('UN Food and Agriculture Organization');
    expect(claim.aliases).toContain('FAO');
    // Two names joined by "and" stay two.
    expect(defineClaim({ id: 'x', statement: 'Ed Sheeran and Taylor Swift won a Grammy in 2031.' }).subject).toBe('Ed Sheeran');
  });

  it('takes no name of a phrase of time before the subject ("after the Great Flood") as the subject', () => {
    expect(defineClaim({ id: 'x', statement: 'In 2018, after the Great Flood struck, Norway banned all river cruises.' }).subject).toBe('Norway');
  });
});

/**
 * Small English word lists used to derive claim terms. Written for this project; deliberately short
 * (derivation, not NLP): function words never become terms, common words get half weight.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then than that this these those there their they them he him his she her hers it its
   we us our you your i me my of in on at to for from by with without within into onto over under about above below
   after before during until since as is are was were be been being am do does did doing done have has had having
   will would shall should can could may might must not no nor so too very just also only even still yet both each
   either neither all any some such other another more most less least many much few several own same which who
   whom whose what when where why how while because although though whether per via upon among between across
   against around through throughout towards toward up down out off again further once here s t don isn wasn weren`
    .split(/\s+/)
    .filter(Boolean),
);

/** Frequent words that are weak evidence of a specific claim even when they occur in its statement. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `time times age ages year years first second seconds new old made make makes making people world work works
   worked way day days part place case point number numbers group state states including include includes
   original name named most last next early late later well good great high low large small long short big
   known called became become becomes began begin began led lead leading took take takes taken gave give given
   found find according said says say told report reported reports series total major minor public general
   several based whole full back set put used use using like well since following caused cause causes
   between around approximately about estimated after before during within following three four five six two
   one ten hundred thousand million millions billion billions percent direct directly approximately estimated
   estimate estimates follow follows followed show shows showed data effect effects research current area areas
   week weeks month months study studies studied post posted ever every result results event events other
   others different important significant subsequent united press review reviewed unit units later earlier
   however because around among despite described describe describes official officially continued continue
   won win wins winning winner lost beat got get gets went go goes came come comes played play plays release
   released works working`
    .split(/\s+/)
    .filter(Boolean),
);

/** Leading titles that are not names of their own ("Mount Vesuvius" is also "Vesuvius"). */
/** An English word that denies its clause ("Venus has no natural moon", "Bach was never deaf", "didn't"). */
export const CLAUSE_NEGATION_RE = /^(?:no|not|never|none|nothing|nobody|neither|nor|without|cannot)$|n['’]t$/i;

export const TITLES: ReadonlySet<string> = new Set(
  `mount mt lake river cape saint st sir dame dr doctor professor prof queen king prince princess lord lady pope
   emperor empress president general captain mr mrs ms miss the`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Common nouns that close a place's name as its kind ("Angel Falls", "Kerch Strait", "Grand Prismatic
 * Spring", "Trans-Alaska Pipeline"): the counterpart of the leading {@link TITLES} ("Lake Geneva"). The
 * words before such a noun are the name itself; other languages translate the noun and keep them
 * ("Salto Ángel", "estrecho de Kerch"), and English drops it ("Grand Prismatic"). Institutions
 * ("British Library", "National Gallery") are left out: what stands before their noun is often no name.
 */
export const PLACE_KIND_NOUNS: ReadonlySet<string> = new Set(
  `falls strait straits spring springs sea ocean bay gulf island islands isles mountain mountains peak glacier
   desert valley canyon gorge canal tunnel bridge tower pipeline dam cave caves reef delta dunes fjord volcano
   crater geyser waterfall peninsula`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Adjectives of colour, direction and size that name a place only with its kind ("Black Sea", "North
 * Sea", "Grand Canyon", "Dead Sea"): alone they are ordinary words, never a short form of the name.
 */
export const DESCRIPTIVE_NAME_WORDS: ReadonlySet<string> = new Set(
  `black white red green blue yellow golden silver north south east west northern southern eastern western
   upper lower middle central inner outer great grand little big high long old new dead death holy royal`
    .split(/\s+/)
    .filter(Boolean),
);

/** Months and weekdays: capitalised, but never a claim's subject. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december monday tuesday
   wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

/** Irregular verbs: base → past, past participle ("win" → won, won). The one table of them: derivation and `predicateForms` read it. */
export const IRREGULAR_VERBS: Readonly<Record<string, readonly [string, string]>> = {
  become: ['became', 'become'], begin: ['began', 'begun'], bring: ['brought', 'brought'], build: ['built', 'built'],
  buy: ['bought', 'bought'], come: ['came', 'come'], catch: ['caught', 'caught'], choose: ['chose', 'chosen'], cut: ['cut', 'cut'],
  do: ['did', 'done'], draw: ['drew', 'drawn'], fall: ['fell', 'fallen'], find: ['found', 'found'], fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'], freeze: ['froze', 'frozen'], get: ['got', 'got'], give: ['gave', 'given'],
  go: ['went', 'gone'], grow: ['grew', 'grown'], hold: ['held', 'held'], lead: ['led', 'led'], leave: ['left', 'left'],
  lose: ['lost', 'lost'], make: ['made', 'made'], overtake: ['overtook', 'overtaken'], overthrow: ['overthrew', 'overthrown'],
  pay: ['paid', 'paid'], quit: ['quit', 'quit'], rebuild: ['rebuilt', 'rebuilt'], rise: ['rose', 'risen'], run: ['ran', 'run'],
  sell: ['sold', 'sold'], send: ['sent', 'sent'], set: ['set', 'set'], shut: ['shut', 'shut'], sink: ['sank', 'sunk'],
  split: ['split', 'split'], spread: ['spread', 'spread'], strike: ['struck', 'struck'], take: ['took', 'taken'],
  teach: ['taught', 'taught'], throw: ['threw', 'thrown'], undo: ['undid', 'undone'], win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'], write: ['wrote', 'written'], blow: ['blew', 'blown'], break: ['broke', 'broken'],
  steal: ['stole', 'stolen'], swim: ['swam', 'swum'], sing: ['sang', 'sung'], fight: ['fought', 'fought'],
  beat: ['beat', 'beaten'], undergo: ['underwent', 'undergone'], see: ['saw', 'seen'], show: ['showed', 'shown'],
};

const IRREGULAR_BASES: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR_VERBS).flatMap(([base, forms]) => forms.filter((form) => form !== base).map((form): [string, string] => [form, base])),
);

/**
 * The base of an irregular verb's past or participle written differently from it ("won" → "win",
 * "withdrawn" → "withdraw"); undefined for every other word ("cut", "win", "banned").
 *
 * @example
 * ```ts
 * irregularBase('sold'); // 'sell'
 * ```
 */
export function irregularBase(word: string): string | undefined {
  return IRREGULAR_BASES.get(word);
}

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ions', 'ion', 'ics', 'ic', 'ed', 'es', 'ly', 's'];

/**
 * A crude stem (suffix stripping) used as a prefix pattern: "erupted" → "erupt" (also finds
 * "eruption"), "Olympics" → "olymp". Returns the lower-cased word when no suffix applies or the
 * stem would be shorter than four letters.
 */
export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  for (const suffix of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length - suffix.length >= 4) return lower.slice(0, -suffix.length);
  }
  return lower;
}

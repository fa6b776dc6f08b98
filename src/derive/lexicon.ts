import nlp from 'compromise';
import gazetteer from './gazetteer.json';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Titles and honorifics that prefix a name; "Lady" and "First" only as parts of a longer title. */
export const TITLE_CORES = words(`
  president presidents minister premier chancellor secretary lady king queen prince princess pope
  senator sen. sen representative rep. rep governor gov. gov mayor general gen. gen admiral adm.
  colonel col. lieutenant lt. lt maj. maj brig. brig cmdr. cmdr captain capt. sergeant sgt. commander mr. mr mrs. mrs ms. ms miss
  dr. dr prof. prof professor sir dame lord ambassador chairman chairwoman chairperson chair chief
  director commissioner judge justice speaker leader spokesman spokeswoman spokesperson coordinator
  administrator sheriff inspector detective superintendent mp mep
  emperor empress sheikh ayatollah cardinal archbishop bishop rabbi imam councillor councilor
  congressman congresswoman envoy attorney marshal ceo officer commander-in-chief
  member writer editor correspondent reporter producer anchor columnist manager coach
`);

/** Words that only form a title together with a core ("Prime Minister", "First Lady"). */
export const TITLE_MODIFIERS = words(`
  vice prime foreign defense defence interior finance deputy first acting former crown supreme
  chief executive press national security state general attorney grand high senior
  ranking campaign head managing assistant associate staff
`);

/** Nouns that end an organization's name. */
export const ORGANIZATION_HEADS = words(`
  party ministry council forum agency bank fund organization organisation union committee
  commission department office court army navy forces force institute university college school
  company corporation corp corp. inc inc. ltd ltd. group association parliament congress senate
  assembly kremlin pentagon government administration authority board bureau service services
  police guard federation league foundation society alliance network news times post journal
  reuters broadcasting airlines airways club church cabinet secretariat directorate coalition
  movement brigade command commons duma knesset storting bundestag cartel
  house tribunal reserve exchange trust ministries agencies embassy consulate press magazine tribune herald gazette
  records pictures studios entertainment productions orchestra academy conservatory conservatoire
  laboratory laboratories institution
  airline bulletin weekly chronicle observer telegraph courier inquirer
  communications technologies industries holdings
`);

/** Nouns that end a place's name. */
export const PLACE_HEADS = words(`
  city river sea ocean island islands mountain mountains valley lake bay gulf strait peninsula
  province region county states kingdom republic street square avenue airport station bridge
  park desert coast canal plateau oblast district territory territories field basin harbour
  harbor port cape museum gallery galleries cemetery hall stadium arena palace castle cathedral
  tower hospital centre center base planetarium memorial hotel mosque temple basilica chapel abbey
`);

/** Nouns that end the name of a plan, treaty, event or other named thing. */
export const OTHER_HEADS = words(`
  initiative plan agreement treaty accord accords act protocol summit war games cup prize award
  project programme program strategy pipeline corridor deal declaration doctrine festival
  olympics convention charter pact index conference awards medal trophy series fellowship
  scholarship concerto symphony sonata podcast championship championships tournament
`);

/** Words that open the name of an operation, ship or craft ("Operation Sindoor", "USS Cole"). */
export const OTHER_OPENERS = words(`
  operation hms uss hmc hmas hmcs ins rms shuttle
`);

/** Words of a name written short with a dot ("St. Louis", "Mt. Everest", "Ft. Worth"). */
export const NAME_ABBREVIATIONS = words('st ste mt ft');

/** Articles that open a place's name in Spanish, French and Italian ("Las Vegas", "La Paz"). */
const PLACE_ARTICLES = words('las los el la le les');

/** Words that open a place's name ("Mount Everest", "Mt. Everest", "Lake Geneva", "Fort Worth"). */
export const PLACE_OPENERS = words('mount mt mt. lake cape fort ft ft.');

/** Nouns that, right before a title, say a work is named ("the film Calling the Shots"). */
export const WORK_NOUNS = words(`
  film films movie book books novel novella album song series miniseries mini-serial sitcom show
  play opera musical comedy drama documentary episode poem essay textbook treatise memoir
  autobiography biography entitled titled
`);

/** Small words that stay lower case inside a title ("Cheaper by the Dozen"). */
export const TITLE_SMALL_WORDS = words(`
  a an the of in on at by for from with to and or but nor as into over under who me you
`);

/** Words before "of" that name a place by its standing ("the State of Texas" is Texas). */
export const PLACE_STANDINGS = words(`
  state province county region commonwealth kingdom
`);

/** Lower-case nouns that, right before a name, mark it as a person ("China ruler Xi"). */
export const ROLE_WORDS = words(`
  ruler leader president minister premier chancellor spokesman spokeswoman spokesperson official
  secretary chief director envoy ambassador general commander founder ceo chairman chairwoman
  analyst professor economist reporter correspondent lawmaker senator governor mayor counterpart
  dictator strongman prosecutor judge negotiator adviser advisor aide diplomat activist
`);

/** Words before a name that mark it as a place ("the area of Bakhmut", "the city of Oslo"). */
export const PLACE_CUE_NOUNS = words(`
  city town village area region province capital port island district suburb outskirts
  border borders coast shores
`);

export const MONTHS_AND_DAYS = words(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
  nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday
`);

/** Name particles that stay lower-case inside a name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = words(
  'von van der den de da di du del della dos das bin ibn al le la',
);

/** Capitalized tokens that are never entities by themselves. */
export const JUNK_WORDS = words(`
  i q a.m. p.m. am pm est edt cst cdt pst pdt gmt utc bst cet cest ok okay tv ceo id mr mrs ms dr
  god lord sir madam ma'am mister covid
  image images photo photos picture pictures video audio caption credit
  yeah yes no oh ah uh um mm hmm mm-hmm uh-huh wow hey huh whoa oops aha ooh
  qc kc sc obe mbe cbe kbe phd ph.d ph.d. esq esq.
`);

/** Believers, partisans and factions: a word for a kind of person, not one named thing. */
export const ADHERENT_WORDS = words(`
  muslim christian buddhist hindu jew jewish sikh catholic protestant orthodox evangelical
  islamic islamist jihadist scientologist atheist mormon calvinist lutheran methodist presbyterian
  baptist quaker marxist leninist maoist zionist salafist anarchist
  republican democrat democratic conservative liberal socialist communist nationalist localist nonpartisan
  independent loyalist separatist royalist
`);

/** Head nouns that also name one particular body on their own ("the Kremlin"). */
export const SINGLE_WORD_NAMES = words('kremlin pentagon reuters knesset duma bundestag storting');

/** Honorifics that open a transcript's speaker label ("MR. KIRBY:"). */
export const SPEAKER_HONORIFICS = words('mr. mrs. ms. dr. mr mrs ms dr');

const PROPER_TAGS = words(`
  Person FirstName LastName MaleName FemaleName Honorific Place Country City Region Organization
  SportsTeam Company School ProperNoun Acronym Demonym
`);
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } })
  .one.lexicon;

/**
 * Cities and regions compromise's lexicon lacks ("Houston", "Edmonton", "Virginia"), as
 * written, from scripts/gazetteer.ts (GeoNames cities of 100,000 people or more, and every
 * country's states and provinces; ordinary English words left out).
 */
const GAZETTEER_CITIES: ReadonlySet<string> = new Set(gazetteer.cities);
const GAZETTEER_REGIONS: ReadonlySet<string> = new Set(gazetteer.regions);

function lexiconTags(word: string): string[] {
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) return [];
  return Array.isArray(entry) ? entry : [entry];
}

/** True when the word is in compromise's lexicon as an ordinary (not proper) word. */
export function isOrdinaryLexiconWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.has(t));
}

/**
 * "Chinese", "Ukrainian", "Danish": a nationality adjective (or the language named after it),
 * never an alias of its country. An "-ish" word counts only when the lexicon does not know it
 * otherwise ("Polish" the verb, "Trish" the name).
 */
export function isDemonym(word: string): boolean {
  // "African-American", "Italian-Canadian": a people joined to a nationality is one too.
  const joined = /^\p{Lu}\p{Ll}+-(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (joined && isDemonym(joined[1] as string)) return true;
  const tags = lexiconTags(word);
  if (tags.includes('Demonym') || /^[A-Z]\p{Ll}+(?:ian|ean|ese)$/u.test(word)) return true;
  return tags.length === 0 && /^[A-Z]\p{Ll}+ish$/u.test(word);
}

/** "Muslims", "Democrats", "Americans": the plural of a believer's, partisan's or nationality's word. */
export function isGroupOfPeople(word: string): boolean {
  const singular = /^(\p{Lu}\p{Ll}+)s$/u.exec(word)?.[1];
  if (singular === undefined || isKnownPlace(word)) return false;
  return (
    ADHERENT_WORDS.has(singular.toLowerCase()) ||
    GROUP_WORDS.has(singular.toLowerCase()) ||
    isDemonym(singular)
  );
}

/** Peoples and groups the lexicon does not know as nationalities. */
const GROUP_WORDS = words('arab turk tatar jew huguenot kurd pashtun baloch sunni shiite shia');

/** "Indian", "Chinese": a nationality adjective compromise's lexicon knows (never "Brian"). */
export function isKnownDemonym(word: string): boolean {
  return lexiconTags(word).includes('Demonym');
}

/** True when compromise's lexicon has no entry at all for the word ("Rafale", "Xiaomi"). */
export function isUnknownWord(word: string): boolean {
  return lexiconTags(word).length === 0;
}

/** A given name common enough that, alone, it would match strangers on other pages. */
export function isKnownFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** True when compromise's lexicon knows the word as a country, city or region. */
export function isKnownPlace(word: string): boolean {
  return isLexiconPlace(word) || GAZETTEER_CITIES.has(word) || GAZETTEER_REGIONS.has(word);
}

/** A place compromise's own lexicon knows: its countries, regions and best-known cities. */
export function isLexiconPlace(word: string): boolean {
  return lexiconTags(word).some(
    (t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place',
  );
}

/** "Florida", "Norway": a country or region the lexicon knows, which no smaller place follows. */
export function isKnownRegion(word: string): boolean {
  return (
    lexiconTags(word).some((t) => t === 'Country' || t === 'Region') || GAZETTEER_REGIONS.has(word)
  );
}

/**
 * "Boston Red Sox", "Pittsburgh Pirates": a city's name before a plural nickname is a sports team.
 * A people's plural ("Kashmir Muslims") is no team.
 */
export function isTeamName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const nickname = words[words.length - 1] as string;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(nickname) || headKind(nickname) !== null) return false;
  if (isGroupOfPeople(nickname) || isKnownPlace(nickname)) return false;
  return teamPlaceLength(words) > 0 && words.slice(1).every((w) => /^\p{Lu}/u.test(w));
}

/**
 * How many words of a team's name name its home ("Boston", "Tampa Bay", "St. Louis"), 0 if its
 * name opens with no known place.
 */
export function teamPlaceLength(words: readonly string[]): number {
  const saint = /^St\.?$/.test(words[0] ?? '') && /^\p{Lu}/u.test(words[1] ?? '');
  if (saint) return words.length > 2 ? 2 : 0;
  // "Las Vegas", "Los Angeles": a Spanish article opens the place's name, not a team's.
  if (PLACE_ARTICLES.has((words[0] ?? '').toLowerCase())) return 0;
  return [1, 2].find((n) => n < words.length && isKnownPlace(words.slice(0, n).join(' '))) ?? 0;
}

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_CORES.has(w) || TITLE_MODIFIERS.has(w);
}

const ABSTRACT_ENDINGS =
  /\p{Ll}{3}(?:tions?|sions?|ments?|ness|ity|ities|isms?|ogy|ography|phobia|ics|ships?)$/u;

/**
 * "Construction", "Structuralism", "Psychology", "Studies": a word formed as an abstract or
 * collective noun. It names a work, field or idea, never a person, however compromise guesses
 * it; a given name or a place the lexicon knows ("Clement", "Florence") is none.
 */
export function isAbstractNoun(word: string): boolean {
  if (isKnownFirstName(word) || isKnownPlace(word)) return false;
  const singular = /^(\p{Lu}\p{Ll}{3,})ies$/u.exec(word)?.[1];
  return (
    ABSTRACT_ENDINGS.test(word) || (singular !== undefined && isOrdinaryLexiconWord(`${singular}y`))
  );
}

/** The head noun's kind, when the last word of a name says what it is. */
export function headKind(word: string): 'organization' | 'place' | 'other' | null {
  const w = word.toLowerCase();
  if (ORGANIZATION_HEADS.has(w)) return 'organization';
  if (PLACE_HEADS.has(w)) return 'place';
  if (OTHER_HEADS.has(w)) return 'other';
  return null;
}

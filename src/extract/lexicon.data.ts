// Diplomatic vocabulary that no data package carries: title heads and modifiers, organization words, ranks.
import type { OrganizationKind } from './extraction.types';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Heads of private people's titles: they name no state, so such a person's state is only ever a stated one. */
export const PRIVATE_HEADS = set(`
  analyst analysts professor fellow researcher scholar expert economist historian journalist reporter
  correspondent editor columnist author lecturer commentator lawyer activist founder co-founder ceo
  consultant strategist pollster scientist student writer academic specialist
`);

/** Nouns that head a title ("Minister", "Secretary", "leader", "spokesperson", "analyst"). */
export const TITLE_HEADS = set(`
  minister ministers secretary secretaries president president-elect premier chancellor spokesperson spokesman
  spokeswoman ambassador envoy representative director director-general councilor councillor counselor
  chairman chairwoman chair chairperson king queen emperor empress emir amir sultan prince crown senator sen.
  governor mayor advisor pm fm nsa
  adviser commander general gen. admiral adm. colonel col. lieutenant lt. head chief leader candidate mate
  lawmaker member diplomat officer counterpart undersecretary coordinator administrator commissioner
  attorney speaker consul delegate negotiator czar marshal sergeant major captain deputy secretary-general
  commissar aide official politician legislator parliamentarian d'affaires congressman congresswoman
  assemblyman assemblywoman councilman councilwoman lady
`);
for (const h of PRIVATE_HEADS) TITLE_HEADS.add(h);

/** Words that modify a title head ("First Vice", "Deputy", "Executive", "Special", "State"). */
export const TITLE_MODS = set(`
  first second third vice deputy executive assistant acting under senior principal special permanent chief
  former top prime national state politburo standing presidential running associate lead ranking vice-
  general ex- incoming outgoing interim designate parliamentary current sole only new newly longtime veteran
  future leading prominent key charge chargé coordinating joint shadow nonresident non-resident adjunct
  distinguished
`);

/** Numeric ordinals titles write in words ("1st Vice Foreign Minister" is a "First Vice Foreign Minister"). */
export const NUMERIC_ORDINALS: Readonly<Record<string, string>> = {
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
};

/** Portfolio words that can open a title when a head follows ("Foreign Minister", "Defense Secretary"). */
export const PORTFOLIO = set(`
  foreign defense defence trade finance unification interior justice treasury commerce energy health
  education agriculture security intelligence press climate economy economic home industry culture
  environment labor labour transport communications information science technology affairs policy external
  diplomacy
`);

/** Military and diplomatic ranks written before a name, kept apart from the title. */
export const RANKS = set(
  `general gen. admiral adm. colonel col. ambassador lieutenant lt. marshal major captain sergeant`,
);

/** Titles too generic to be a person's title when a more specific one is known. */
export const WEAK_TITLES = set(`counterpart leader candidate member diplomat official mate aide politician`);

/** Capitalized words that name bodies, events or documents, never a person. */
export const ORG_WORDS = set(`
  ministry department office party committee commission council assembly bureau agency command forces army
  navy government cabinet alliance summit dialogue meeting talks conference strategy framework initiative
  partnership treaty organization organisation union nations group house senate congress parliament court
  presidium politburo secretariat administration embassy consulate mission delegation association
  forum declaration statement act charter agreement communique communiques assurances program programme fund
  bank corporation company university institute center centre agreement force guard police service staff
  spokesperson plan terrorism
`);

/** Words that end a title's "of/for" complement ("for East Asian and Pacific Affairs"). */
export const COMPLEMENT_END = set(`
  affairs unification defense defence state commission committee council department ministry office bureau
  cabinet trade finance justice commerce treasury energy health education agriculture industry economy
  interior environment relations cooperation development policy planning intelligence staff forces army navy
  command assembly party security issues programs operations
`);

/** Words naming private bodies (think tanks, universities, firms): a title held there names no state. */
export const PRIVATE_BODY_WORDS = set(`
  university college institute institution foundation centre center corporation company inc ltd llc group
  initiative program programme school society think tank firm fund observatory
`);

/** Bodies above states: a title held there ("European Commission President", "UN envoy") names no state; nor does a
 * joint envoy's, whom bodies appoint together. */
export const INTERNATIONAL_BODY_RE =
  /\b(?:Joint Special (?:Envoy|Representative)|UN|U\.N\.|United Nations|EU|E\.U\.|European (?:Union|Commission|Council|Parliament|Central Bank)|NATO|ASEAN|African Union|Arab League|OPEC|IAEA|WHO|World (?:Bank|Health Organization|Trade Organization)|IMF|International (?:Monetary Fund|Atomic Energy Agency|Criminal Court|Court of Justice|Committee of the Red Cross)|Red Cross|OSCE|Security Council|General Assembly|G7|G20)\b/;

/** Capitalized words that name a place or a medium, never part of a person's name ("Street", "News"). */
export const PLACE_MEDIA_WORDS = set(`
  street avenue river valley island islands mountains airport station palace province county district region
  village cathedral mosque plaza stadium canal ocean peninsula desert territory territories news times journal
  radio television tv network herald tribune gazette magazine broadcasting channel media online international desk
  accords accord shoal reef atoll memorial airbase base naval cemetery museum monument hospital library
  airlines airline airways flight
`);

/** Words that end a place's name but are also surnames ("Hill", "Hall"): a name ending on one needs a title. */
export const PLACE_SURNAMES = set(`
  hill hall lake bay bridge bridges church temple tower port post press camp park city coast heights border
  strip watch monitor wire beach square road fields mountain rock rocks
`);

/** Words that say the next capitalized words are a person: honorifics ("Mr", "Dr") and forms of address. */
export const HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady sheikh sheikha madam mme mme.
  monsieur messrs excellency highness majesty comrade hon hon. honourable honorable dato datuk datin sec
`);

/** Letters written after a name (honours, seats, silk): never part of it. */
export const POST_NOMINALS = set(
  `mp mps td msp qc kc sc ao ac oam mla mlc mhr obe cbe kbe mbe gcmg kcmg phd`,
);

/** Verbs that take a person as subject right after the name ("X said", "X told"), in news prose. */
export const PERSON_VERBS = set(`
  said says told tells added adds noted notes stressed urged warned visited received spoke speaks stated wrote
  writes announced insisted hailed responded replied argued explained believes believed thinks thought tweeted
  posted declared commented acknowledged admitted cautioned suggested predicted asked agreed confirmed denied
  emphasized emphasised recalled claimed echoed described criticized criticised praised welcomed accused vowed
  pledged promised rejected dismissed condemned slammed met meets visits arrived traveled travelled signed
  joined attended expressed reiterated underlined underscored highlighted conveyed thanked congratulated
  discussed
`);

/** Words that put a person right after them: a quote's speaker ("said X"), a source ("according to X"). */
export const SPEAKER_BEFORE = set(`said says added wrote explained noted argued according quoted quoting`);

/** Words between a name and its verb that keep the cue ("X also said", "X has repeatedly warned"). */
export const VERB_ADVERBS = set(`
  also has had later then previously recently earlier once again further separately publicly privately
  reportedly repeatedly however himself herself first last
`);

/** Nouns that name a gathering, never a person ("the Foreign Ministers Ministerial", "the Trade Ministers Summit"). */
export const EVENT_NOUNS = set(`
  meeting meetings summit summits dialogue dialogues talks consultations conference conferences ceremony
  ministerial ministerials forum forums session sessions plenary
`);

export const STOP_CAPS = set(`
  The A An He She They It We I Our Their His Her Its This That These Those Today Yesterday Tomorrow After
  Before During Meanwhile Finally However Also As Among Present In On At For Of And But Both Two Three
  Begin End Text Readout Joint Statement Comrade Respected Senior Building Underscoring Reaffirming Over
  Asked When While Although Since With Without By From To Following Earlier Later Regarding Such Some All
  Any Each Every Other Another Most Many Several Few Mr Mrs Ms Dr Topics Video Support Asia Europe Africa Arctic Pacific Atlantic
  Indo Western Eastern Southern Northern East West North South Central Southeast Northeast Middle
  Republican Democratic Democrat Communist Socialist Conservative Labour Liberal Tory Unionist Allies Allied
  Islamic Muslim Christian Catholic
  COVID Cold War God Internet AI
`);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Titles that only the United States uses in this form ("Senator", "Attorney General" exist elsewhere too;
 *  Britain has Secretaries of State "for" a portfolio). */
export const US_ONLY_TITLE =
  /\b(secretary of state(?! for)|deputy secretary of state|assistant secretary of (state|defense)|under secretary of state|secretary of defense|defense secretary|secretary of the treasury)\b/i;

/** Offices one state names its own way, and the office their holders' counterparts abroad hold: "his Chinese
 * counterpart" of a Secretary of State is a foreign minister. */
export const OFFICE_EQUIVALENTS: Record<string, Record<string, string>> = {
  US: {
    'secretary of state': 'Foreign Minister',
    'deputy secretary of state': 'Vice Foreign Minister',
    'secretary of defense': 'Defense Minister',
    'defense secretary': 'Defense Minister',
    'secretary of the treasury': 'Finance Minister',
    'treasury secretary': 'Finance Minister',
  },
  GB: {
    'foreign secretary': 'Foreign Minister',
    'defence secretary': 'Defence Minister',
    'home secretary': 'Interior Minister',
    'chancellor of the exchequer': 'Finance Minister',
  },
};

/** International bodies, and parties and movements of one state, named by acronym or full name, with their kind and
 *  (for parties and movements) state: a title held in one gives its holder that state. */
export const INTERNATIONAL_BODIES: ReadonlyArray<{
  pattern: RegExp;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  country: string | null;
}> = [
  {
    pattern: /\bNATO\b|North Atlantic Treaty Organization/,
    name: 'NATO',
    aliases: ['North Atlantic Treaty Organization'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bASEAN\b|Association of Southeast Asian Nations/,
    name: 'ASEAN',
    aliases: ['Association of Southeast Asian Nations'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bUN Security Council\b|United Nations Security Council|\bUNSC\b/,
    name: 'United Nations Security Council',
    aliases: ['UN Security Council', 'UNSC'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bUnited Nations\b|\bUN\b(?! Security)/,
    name: 'United Nations',
    aliases: ['UN'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bthe Quad\b|Quadrilateral Security Dialogue/,
    name: 'Quad',
    aliases: ['Quadrilateral Security Dialogue'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bG20\b|Group of Twenty/,
    name: 'G20',
    aliases: ['Group of Twenty'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bG7\b|Group of Seven/,
    name: 'G7',
    aliases: ['Group of Seven'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bAPEC\b|Asia-Pacific Economic Cooperation/,
    name: 'APEC',
    aliases: ['Asia-Pacific Economic Cooperation'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bEuropean Union\b|\bEU\b/,
    name: 'European Union',
    aliases: ['EU'],
    kind: 'international',
    country: null,
  },
  {
    pattern: /\bNORAD\b|North American Aerospace Defense Command/,
    name: 'North American Aerospace Defense Command',
    aliases: ['NORAD'],
    kind: 'military',
    country: null,
  },
  {
    pattern: /\bWorkers' Party of Korea\b|\bWPK\b/,
    name: "Workers' Party of Korea",
    aliases: ['WPK'],
    kind: 'party',
    country: 'KP',
  },
  { pattern: /\bHamas\b/, name: 'Hamas', aliases: [], kind: 'party', country: 'PS' },
  { pattern: /\bFatah\b/, name: 'Fatah', aliases: [], kind: 'party', country: 'PS' },
  {
    pattern: /\bPalestine Liberation Organi[sz]ation\b|\bPLO\b/,
    name: 'Palestine Liberation Organization',
    aliases: ['PLO'],
    kind: 'other',
    country: 'PS',
  },
  {
    pattern: /\bPalestinian Authority\b/,
    name: 'Palestinian Authority',
    aliases: [],
    kind: 'government',
    country: 'PS',
  },
  { pattern: /\bHezbollah\b|\bHizbollah\b/, name: 'Hezbollah', aliases: [], kind: 'party', country: 'LB' },
  { pattern: /\bTaliban\b/, name: 'Taliban', aliases: [], kind: 'other', country: 'AF' },
  {
    pattern: /\bHouthis?\b|\bAnsar Allah\b/,
    name: 'Houthis',
    aliases: ['Ansar Allah'],
    kind: 'other',
    country: 'YE',
  },
  { pattern: /\bLikud\b/, name: 'Likud', aliases: [], kind: 'party', country: 'IL' },
  { pattern: /\bKuomintang\b|\bKMT\b/, name: 'Kuomintang', aliases: ['KMT'], kind: 'party', country: 'TW' },
  {
    pattern: /\bAfrican National Congress\b|\bANC\b/,
    name: 'African National Congress',
    aliases: ['ANC'],
    kind: 'party',
    country: 'ZA',
  },
  {
    pattern: /\bChinese Communist Party\b|\bCommunist Party of China\b|\bCCP\b|\bCPC\b/,
    name: 'Chinese Communist Party',
    aliases: ['Communist Party of China'],
    kind: 'party',
    country: 'CN',
  },
];

/** Offices a state does not have (parliamentary monarchies have no president, presidential republics no prime
 * minister), as `homeCountries` names them: without "former"/"acting", with or without their complement. */
export const OFFICES_A_STATE_LACKS: Record<string, Set<string>> = {
  AU: new Set(['president', 'vice president', 'king', 'queen']),
  GB: new Set(['president', 'vice president']),
  CA: new Set(['president', 'vice president']),
  NZ: new Set(['president', 'vice president']),
  JP: new Set(['president', 'vice president']),
  US: new Set([
    'prime minister',
    'premier',
    'chancellor',
    'king',
    'queen',
    'emperor',
    'empress',
    'crown prince',
    'emir',
    // the State Department's counterparts abroad: "Secretary of Foreign Affairs" is the Philippines' foreign minister
    'secretary of foreign affairs',
    'secretary for foreign affairs',
    'foreign secretary',
  ]),
};

/** Title heads no office of a state has: the US government's departments are led by secretaries, not ministers
 * ("Vice Foreign Minister", "Minister of Defense" in a US release are another state's). */
export const HEADS_A_STATE_LACKS: Record<string, Set<string>> = {
  US: new Set(['minister']),
};

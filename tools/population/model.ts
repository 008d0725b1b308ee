/**
 * A deterministic, synthetic population of a municipality's jobcentre: caseworkers (jobkonsulenter) and the citizens
 * in contact with the jobcentre, for the demo and for benchmarks. Pure: no I/O, no clock, no Math.random. The same
 * options give the same rows, on any machine; every CPR number, name and address is made up.
 *
 * Two ways in, with identical rows:
 *   generatePopulation(opts)          all rows at once (the demo: a few thousand rows)
 *   populationChunks(opts, size)      the same rows in chunks, so 1.1 million citizens never sit in memory at once
 *
 * Guarantees (tested in model.unit.test.ts):
 *  - ids are UUID-shaped (version 8, "custom") and carry the municipality code and the row index, so two
 *    municipalities, or two rows, can never get the same id;
 *  - CPR numbers are valid by date and century (parseCpr), never use 9 as the 7th digit (reserved for the named demo
 *    citizens), and are unique within a municipality and across all municipalities (see cprFor below). One population
 *    per municipality and database: a second population for the same municipality (even with another seed) reuses
 *    the same numbers;
 *  - postcodes come from the municipality's own list; every citizen has a caseworker of the same municipality.
 */
import { serialDigitFor } from "#contracts/cpr.ts";
import type { Maalgruppe, Uddannelse } from "#contracts/maalgrupper.ts";
import {
  aarMaanedDag,
  dagFraAarMaanedDag,
  dagFraIso,
  isoFraDag,
} from "../../apps/server/src/modules/regler/kalender.ts";

export interface PopulationOptions {
  kommunekode: string;
  citizens: number;
  seed: number | string;
  /** The municipality's postcodes (from the postnummer table). */
  postnumre: string[];
  /** yyyy-mm-dd: ages and benefit start dates are computed back from this day. */
  today: string;
  /** Citizens per caseworker (default 125). */
  caseworkersPer?: number;
}

/** A row for the bruger table (role jobkonsulent). */
export interface CaseworkerRow {
  id: string;
  kommunekode: string;
  rolle: "jobkonsulent";
  navn: string;
  email: string;
  titel: string;
  team: string;
  idp_issuer: "generated";
  idp_subject: string;
}

/** A row for the borger table, with the CPR number in clear: the loader encrypts and hashes it. */
export interface CitizenRow {
  id: string;
  kommunekode: string;
  cpr: string;
  fornavn: string;
  efternavn: string;
  foedselsdato: string;
  koen: "K" | "M";
  adresse: string;
  postnr: string;
  telefon: string | null;
  email: string | null;
  maalgruppe: Maalgruppe;
  ydelse_start: string;
  uddannelse: Uddannelse;
  sagsbehandler_id: string;
}

export interface Population {
  caseworkers: CaseworkerRow[];
  citizens: CitizenRow[];
}

/**
 * Citizens per caseworker. DOMAIN: about 17,500 jobcentre staff for about 1.1 million citizens a year, but many staff
 * are company consultants, managers, benefit and administrative staff. Assumption: about half are caseworkers with a
 * caseload, i.e. about 8,800 for 1.1 million citizens, which is 125 each (the brief's range is 100–150).
 */
export const DEFAULT_CITIZENS_PER_CASEWORKER = 125;

// ---------------------------------------------------------------------------------------------------------------------
// The target groups
// ---------------------------------------------------------------------------------------------------------------------

type Profile = Record<Uddannelse, number>;
const edu = (g: number, gy: number, eud: number, kvu: number, mvu: number, lvu: number): Profile => ({
  GRUNDSKOLE: g,
  GYMNASIAL: gy,
  ERHVERVSFAGLIG: eud,
  KORT_VIDEREGAAENDE: kvu,
  MELLEMLANG_VIDEREGAAENDE: mvu,
  LANG_VIDEREGAAENDE: lvu,
});

/**
 * Highest completed education, all 25–64-year-olds (rounded from Statistics Denmark's education statistics, about
 * 2019; bachelors counted as medium-cycle): the reference the group profiles below are skewed from. Assumption: the
 * groups on social assistance are much more often without a vocational education, the insured unemployed more often
 * academics; uddannelseshjælp is by definition for people under 30 without a qualifying education.
 */
export const NATIONAL_EDUCATION: Profile = edu(19, 9, 33, 5, 20, 14);

interface GroupSpec {
  /** Persons in contact with a jobcentre in a year, in thousands (DOMAIN for the three largest; see below). */
  tusinder: number;
  /** Age: [minimum, most common, maximum (exclusive)] in whole years; drawn from a triangular distribution. */
  alder: [number, number, number];
  /** Share of women. */
  kvinder: number;
  /** Share with a first and last name of non-Danish origin. */
  udenlandsk: number;
  uddannelse: Profile;
  /** Days since the benefit started: truncated exponential [mean, maximum]. */
  ydelse: [number, number];
  team: string;
}

/**
 * Sizes per target group, national, 2019, persons in a year: sygedagpenge 386,000, dagpenge 257,000 and
 * førtidspension 220,000 are from DOMAIN. The remaining ~237,000 are split by assumption, in the order of magnitude of
 * Jobindsats' annual recipient counts (rounded, not official figures): kontanthjælp 102,000 (about 2/3 aktivitetsparat),
 * uddannelseshjælp 52,000 (a little over half aktivitetsparat), fleksjob-visiterede/ledighedsydelse 33,000,
 * ressourceforløb 25,000, jobafklaring 20,000, revalidering 5,000. Total 1,100,000.
 * Ages, sex and origin shares are plausible assumptions for each group (kontanthjælp from 30, uddannelseshjælp under
 * 30, sickness and pensions older, more women on sickness benefit and jobafklaring); benefit durations reflect the
 * rules (dagpenge up to 2 years, sygedagpenge mostly weeks, førtidspension often many years).
 */
export const GROUPS: Record<Maalgruppe, GroupSpec> = {
  SYGEDAGPENGE: {
    tusinder: 386,
    alder: [18, 52, 67],
    kvinder: 0.58,
    udenlandsk: 0.12,
    uddannelse: edu(22, 7, 38, 5, 20, 8),
    ydelse: [70, 365],
    team: "Team Sygedagpenge",
  },
  DAGPENGE: {
    tusinder: 257,
    alder: [20, 30, 67],
    kvinder: 0.5,
    udenlandsk: 0.14,
    uddannelse: edu(15, 9, 33, 6, 20, 17),
    ydelse: [150, 730],
    team: "Team Dagpenge",
  },
  FOERTIDSPENSION: {
    tusinder: 220,
    alder: [20, 62, 67],
    kvinder: 0.52,
    udenlandsk: 0.14,
    uddannelse: edu(55, 5, 30, 2, 6, 2),
    ydelse: [2500, 14600],
    team: "Team Pension",
  },
  KONTANTHJAELP_JOBPARAT: {
    tusinder: 32,
    alder: [30, 36, 67],
    kvinder: 0.45,
    udenlandsk: 0.35,
    uddannelse: edu(50, 10, 25, 4, 7, 4),
    ydelse: [500, 3650],
    team: "Team Jobparate",
  },
  KONTANTHJAELP_AKTIVITETSPARAT: {
    tusinder: 70,
    alder: [30, 45, 67],
    kvinder: 0.5,
    udenlandsk: 0.35,
    uddannelse: edu(65, 7, 20, 2, 4, 2),
    ydelse: [900, 3650],
    team: "Team Aktivitetsparate",
  },
  UDDANNELSESHJAELP_UDDANNELSESPARAT: {
    tusinder: 24,
    alder: [18, 22, 30],
    kvinder: 0.45,
    udenlandsk: 0.25,
    uddannelse: edu(75, 25, 0, 0, 0, 0),
    ydelse: [250, 1460],
    team: "Team Unge",
  },
  UDDANNELSESHJAELP_AKTIVITETSPARAT: {
    tusinder: 28,
    alder: [18, 24, 30],
    kvinder: 0.48,
    udenlandsk: 0.25,
    uddannelse: edu(90, 10, 0, 0, 0, 0),
    ydelse: [450, 1825],
    team: "Team Unge",
  },
  JOBAFKLARING: {
    tusinder: 20,
    alder: [25, 50, 67],
    kvinder: 0.65,
    udenlandsk: 0.12,
    uddannelse: edu(30, 6, 40, 4, 16, 4),
    ydelse: [250, 1095],
    team: "Team Afklaring og fleksjob",
  },
  RESSOURCEFORLOEB: {
    tusinder: 25,
    alder: [20, 42, 67],
    kvinder: 0.55,
    udenlandsk: 0.18,
    uddannelse: edu(55, 7, 28, 2, 6, 2),
    ydelse: [600, 2190],
    team: "Team Afklaring og fleksjob",
  },
  FLEKSJOB_LEDIGHEDSYDELSE: {
    tusinder: 33,
    alder: [25, 52, 67],
    kvinder: 0.6,
    udenlandsk: 0.1,
    uddannelse: edu(35, 6, 40, 4, 12, 3),
    ydelse: [400, 1825],
    team: "Team Afklaring og fleksjob",
  },
  REVALIDERING: {
    tusinder: 5,
    alder: [20, 38, 62],
    kvinder: 0.5,
    udenlandsk: 0.12,
    uddannelse: edu(40, 10, 35, 4, 9, 2),
    ydelse: [300, 1460],
    team: "Team Afklaring og fleksjob",
  },
};

const GROUP_CODES = Object.keys(GROUPS) as Maalgruppe[];
const GROUP_TOTAL = GROUP_CODES.reduce((s, g) => s + GROUPS[g].tusinder, 0);
/** The expected share of each target group (sums to 1). */
export const GROUP_SHARES: Record<Maalgruppe, number> = Object.fromEntries(
  GROUP_CODES.map((g) => [g, GROUPS[g].tusinder / GROUP_TOTAL]),
) as Record<Maalgruppe, number>;

// ---------------------------------------------------------------------------------------------------------------------
// Municipalities
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Approximate inhabitants in thousands per municipality code (rounded public figures of the early 2020s; good enough
 * to spread a national population in proportion, not a statistic). Christiansø (0411) is not a municipality and gets
 * no citizens. The order of the codes also gives each municipality its fixed slot in the CPR serial numbers.
 */
// biome-ignore format: a compact table
export const INDBYGGERE_TUSINDER: Readonly<Record<string, number>> = {
  "0101": 650, "0147": 104, "0151": 49, "0153": 35, "0155": 14, "0157": 75, "0159": 70, "0161": 23, "0163": 29,
  "0165": 28, "0167": 54, "0169": 58, "0173": 57, "0175": 41, "0183": 23, "0185": 44, "0187": 17, "0190": 41,
  "0201": 26, "0210": 41, "0217": 63, "0219": 52, "0223": 25, "0230": 57, "0240": 44, "0250": 46, "0253": 50,
  "0259": 61, "0260": 31, "0265": 89, "0269": 23, "0270": 41, "0306": 33, "0316": 72, "0320": 37, "0326": 49,
  "0329": 35, "0330": 79, "0336": 23, "0340": 30, "0350": 28, "0360": 41, "0370": 83, "0376": 60, "0390": 46,
  "0400": 39, "0410": 39, "0411": 0, "0420": 41, "0430": 52, "0440": 24, "0450": 32, "0461": 205, "0479": 59,
  "0480": 29, "0482": 12, "0492": 6, "0510": 55, "0530": 27, "0540": 74, "0550": 37, "0561": 115, "0563": 3,
  "0573": 50, "0575": 43, "0580": 59, "0607": 51, "0615": 90, "0621": 93, "0630": 116, "0657": 88, "0661": 58,
  "0665": 20, "0671": 21, "0706": 43, "0707": 37, "0710": 48, "0727": 23, "0730": 98, "0740": 93, "0741": 4,
  "0746": 62, "0751": 350, "0756": 41, "0760": 56, "0766": 46, "0773": 20, "0779": 46, "0787": 43, "0791": 96,
  "0810": 36, "0813": 59, "0820": 36, "0825": 2, "0840": 30, "0846": 42, "0849": 38, "0851": 217, "0860": 64,
};

const KOMMUNE_SLOT = new Map(Object.keys(INDBYGGERE_TUSINDER).map((k, i) => [k, i]));

/**
 * Splits a national number of citizens over the 98 municipalities in proportion to their inhabitants (largest
 * remainder, so the parts add up exactly). Municipalities with no share are left out.
 */
export function nationalPlan(total: number): { kommunekode: string; citizens: number }[] {
  const codes = Object.keys(INDBYGGERE_TUSINDER).filter((k) => INDBYGGERE_TUSINDER[k]! > 0);
  const sum = codes.reduce((s, k) => s + INDBYGGERE_TUSINDER[k]!, 0);
  const exact = codes.map((k) => (total * INDBYGGERE_TUSINDER[k]!) / sum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest-- <= 0) break;
    parts[i]!++;
  }
  return codes.map((k, i) => ({ kommunekode: k, citizens: parts[i]! })).filter((p) => p.citizens > 0);
}

// ---------------------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------------------

/** cyrb128: a 128-bit string hash, used to seed the generator. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 (Small Fast Counting generator): uniform numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let [a, b, c, d] = cyrb128(seed);
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** Draws from a seededRandom stream; sagsforloeb.ts and the rules benchmark extend it with their own draws. */
export class Rng {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  /** A fraction in [0, 1) from a triangular distribution with its mode at m (0..1). */
  triangular(m: number): number {
    const u = this.next();
    return u < m ? Math.sqrt(u * m) : 1 - Math.sqrt((1 - u) * (1 - m));
  }
}

/** Picks from a table of cumulative weights. */
class Weighted<T> {
  private readonly cum: number[] = [];
  private readonly total: number;
  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    let s = 0;
    for (const w of weights) {
      s += w;
      this.cum.push(s);
    }
    this.total = s;
  }
  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Names, streets, contact details
// ---------------------------------------------------------------------------------------------------------------------

// Common Danish first names, by generation (born before and from 1980), and common surnames with rough weights
// (thousands of bearers, rounded; the -sen names dominate as in the real register).
// biome-ignore format: a list
const DK_MEN_OLD = ["Peter", "Michael", "Lars", "Jens", "Thomas", "Henrik", "Søren", "Jan", "Morten", "Jesper", "Niels", "Hans", "Per", "Jørgen", "Ole", "Kim", "Carsten", "Allan", "Torben", "Claus", "Steen", "Bo", "Bjarne", "Flemming", "Erik", "Poul", "Finn", "Brian", "Kenneth", "René", "John", "Kurt", "Preben", "Leif"];
// biome-ignore format: a list
const DK_MEN_YOUNG = ["Christian", "Martin", "Anders", "Mads", "Rasmus", "Mikkel", "Frederik", "Kasper", "Jacob", "Nikolaj", "Simon", "Daniel", "Jonas", "Emil", "Mathias", "Oliver", "Lucas", "Magnus", "Tobias", "Kristian", "Sebastian", "Alexander", "Andreas", "Philip", "Nicolai", "Christoffer", "Jakob", "Malthe", "Victor", "William", "Marcus", "Patrick"];
// biome-ignore format: a list
const DK_WOMEN_OLD = ["Anne", "Kirsten", "Mette", "Hanne", "Helle", "Susanne", "Lene", "Marianne", "Lone", "Pia", "Tina", "Gitte", "Bente", "Karen", "Dorte", "Heidi", "Birgitte", "Inge", "Jette", "Lise", "Annette", "Charlotte", "Ulla", "Vibeke", "Grethe", "Merete", "Joan", "Winnie", "Connie", "Jane", "Berit", "Tove"];
// biome-ignore format: a list
const DK_WOMEN_YOUNG = ["Maria", "Camilla", "Louise", "Julie", "Sofie", "Emma", "Ida", "Laura", "Cecilie", "Sarah", "Mathilde", "Maja", "Anna", "Line", "Signe", "Rikke", "Trine", "Malene", "Nanna", "Katrine", "Christina", "Stine", "Sandra", "Freja", "Caroline", "Amalie", "Josefine", "Nicoline", "Clara", "Emilie", "Natasja", "Mie"];
// biome-ignore format: lists
const DK_SURNAMES = new Weighted(
  ["Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Jacobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Schmidt", "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Jeppesen", "Mogensen", "Jespersen", "Nissen", "Lauridsen", "Kjær", "Carlsen", "Østergaard", "Jepsen", "Vestergaard", "Dahl", "Bach", "Friis", "Berg", "Lindberg", "Juhl", "Bak", "Skov", "Brandt", "Holst", "Winther", "Damgaard", "Thygesen", "Kjeldsen", "Søndergaard", "Bertelsen"],
  [250, 250, 210, 180, 180, 110, 110, 105, 90, 85, 75, 60, 60, 50, 40, 40, 35, 35, 32, 31, 30, 28, 26, 25, 24, 23, 22, 20, 20, 19, 19, 19, 18, 18, 17, 17, 16, 16, 15, 15, 14, 14, 14, 13, 13, 13, 12, 12, 12, 11, 11, 11, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9, 9, 9],
);

// Names of other origins, as found in Danish municipalities: the Middle East, North and East Africa and Turkey;
// Eastern Europe; and Asia and elsewhere.
// biome-ignore format: lists
const ORIGINS = [
  {
    weight: 55,
    men: ["Mohammad", "Ahmad", "Ali", "Hassan", "Omar", "Mustafa", "Yusuf", "Ibrahim", "Mehmet", "Abdi", "Khalid", "Hussein", "Karim", "Bilal", "Emre", "Ahmed"],
    women: ["Fatima", "Aisha", "Mariam", "Zainab", "Leyla", "Elif", "Amina", "Hawa", "Nour", "Yasmin", "Sara", "Hiba", "Zeynep", "Fadumo", "Rania", "Esra"],
    surnames: ["Hassan", "Ali", "Ahmed", "Mohamed", "Yilmaz", "Kaya", "Demir", "Ibrahim", "Hussein", "Khan", "Abdullahi", "Said", "Haidari", "Rahimi", "Osman", "Öztürk", "Celik", "Omar", "Jama", "Aziz"],
  },
  {
    weight: 30,
    men: ["Piotr", "Tomasz", "Andrzej", "Marcin", "Krzysztof", "Mihai", "Andrei", "Ionut", "Oleksandr", "Dmytro", "Tomas", "Mindaugas", "Dragan", "Nikola", "Pawel", "Marius"],
    women: ["Agnieszka", "Katarzyna", "Anna", "Joanna", "Ioana", "Elena", "Olena", "Iryna", "Kristina", "Jelena", "Marta", "Monika", "Natalia", "Daiva", "Ewa", "Andreea"],
    surnames: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Popescu", "Ionescu", "Shevchenko", "Kovalenko", "Kazlauskas", "Petrović", "Jovanović", "Horvat", "Zielinski", "Popa", "Balode"],
  },
  {
    weight: 15,
    men: ["Minh", "Tuan", "Raj", "Arjun", "Ravi", "Carlos", "José", "Wei", "Jun", "Kwame", "Samuel", "Daniel"],
    women: ["Linh", "Mai", "Priya", "Ana", "Lucia", "Li", "Mei", "Grace", "Ama", "Rosa", "Thao", "Divya"],
    surnames: ["Nguyen", "Tran", "Pham", "Le", "Singh", "Kumar", "Santos", "Fernandes", "Garcia", "Chen", "Wang", "Smith", "Mensah", "Silva"],
  },
] as const;
const ORIGIN_PICK = new Weighted(
  ORIGINS.map((_, i) => i),
  ORIGINS.map((o) => o.weight),
);

// biome-ignore format: a list
const STREETS = ["Algade", "Nørregade", "Søndergade", "Vestergade", "Østergade", "Skolevej", "Kirkevej", "Møllevej", "Engvej", "Birkevej", "Bøgevej", "Egevej", "Ahornvej", "Lindevej", "Stationsvej", "Industrivej", "Parkvej", "Skovvej", "Strandvej", "Bakkevej", "Kongevejen", "Hovedgaden", "Rosenvænget", "Violvej", "Fasanvej", "Lærkevej", "Mågevej", "Vibevej", "Svanevej", "Enghavevej", "Tværvej", "Ringvejen", "Åvej", "Toftevej", "Markvej", "Holmevej", "Solvænget", "Kastanievej", "Grønnegade", "Havnegade", "Smedevej", "Præstevænget", "Fredensvej", "Elmevej", "Nyvej", "Byvej", "Torvet", "Poppelvej", "Ved Kirken", "Mosevej"];
// biome-ignore format: a list
const FLOORS = ["st. th.", "st. tv.", "1. th.", "1. tv.", "2. th.", "2. tv.", "3. th.", "3. tv.", "4. th.", "1. mf.", "2. mf."];
// Danish mobile number series (8 digits, shown in pairs).
// biome-ignore format: a list
const MOBILE_PREFIXES = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"];
// Reserved example domains (RFC 2606 and the Danish equivalent used in the demo), so no real mailbox is ever addressed.
const MAIL_DOMAINS = ["example.dk", "example.dk", "example.com", "example.net"];

function slug(s: string): string {
  return s
    .toLowerCase()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .normalize("NFD")
    .replace(/[^a-z]/g, "");
}

// ---------------------------------------------------------------------------------------------------------------------
// Dates (days since 1970-01-01, UTC calendar; no time zones involved)
// ---------------------------------------------------------------------------------------------------------------------

const p2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
function minusYears(day: number, years: number): number {
  const { aar, maaned, dag } = aarMaanedDag(day);
  return dagFraAarMaanedDag(aar - years, maaned, dag);
}

// ---------------------------------------------------------------------------------------------------------------------
// CPR numbers
// ---------------------------------------------------------------------------------------------------------------------

/** The 7th digits that give a birth year (serialDigitFor), without 9: the named demo citizens use 9xxx. */
const seventhDigits = new Map<number, number[]>();
function seventhDigitsFor(year: number): number[] {
  let ds = seventhDigits.get(year);
  if (!ds) {
    ds = [...new Set([0, 1, 2, 3, 4, 5].map((p) => serialDigitFor(year, p)))].filter((d) => d !== 9).sort();
    seventhDigits.set(year, ds);
  }
  return ds;
}

const SLOTS = 100; // > the 99 municipality codes

/**
 * CPR numbers, unique by construction. For one birth date and sex there are (number of 7th digits) × 500 serial
 * numbers (the last digit's parity gives the sex). They are dealt out as positions p = slot + 100 · n, where slot is the
 * municipality's fixed place in INDBYGGERE_TUSINDER and n counts the citizens of that municipality born that day with
 * that sex; p is then scrambled by a bijection of the day's positions, the 7th digit is p div 500 and the last three
 * digits are 2 · (p mod 500) + sex. So two municipalities never share a number, and within one no number repeats.
 * A municipality has 20–25 numbers per day and sex, several times the busiest day of a national-scale population
 * (Copenhagen at 120,000 citizens uses about 3 on an average day); should a day fill up, the birth date moves to the
 * nearest day with room (a few days at most for any realistic size; about 800,000 citizens fit in one municipality).
 */
class CprAllocator {
  private readonly used = new Map<number, number>();
  constructor(private readonly slot: number) {}
  allocate(birthDay: number, sex: "K" | "M", latest: number): { cpr: string; birthDay: number } {
    for (let step = 0; step < 20_000; step++) {
      const offset = step % 2 === 0 ? step / 2 : -(step + 1) / 2; // 0, -1, +1, -2, +2, …
      const day = birthDay - offset;
      if (day > latest) continue;
      const { aar: y, maaned: m, dag: d } = aarMaanedDag(day);
      const digits = seventhDigitsFor(y);
      const capacity = Math.floor((digits.length * 500) / SLOTS);
      const key = day * 2 + (sex === "M" ? 1 : 0);
      const n = this.used.get(key) ?? 0;
      if (n >= capacity) continue;
      this.used.set(key, n + 1);
      // Scramble the positions of the day with a bijection (an affine map modulo the day's size, the same for every
      // municipality) so serial numbers look varied; uniqueness is kept because a bijection never merges two positions.
      const size = digits.length * 500;
      const p = ((this.slot + SLOTS * n) * 1237 + ((Math.imul(day, 2654435761) >>> 0) % size)) % size;
      const serial = 2 * (p % 500) + (sex === "M" ? 1 : 0);
      const cpr = `${p2(d)}${p2(m)}${p2(y % 100)}${digits[Math.floor(p / 500)]}${String(serial).padStart(3, "0")}`;
      return { cpr, birthDay: day };
    }
    throw new Error("ingen ledige CPR-numre: populationen er for stor til én kommune");
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------------------------------

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/**
 * UUID-shaped ids (version 8, RFC 9562 "custom"): 32 + 22 bits from the seed, the municipality code (its four digits
 * are valid hex), the kind of row (1 caseworker, 2 citizen) and the row's index. Unique per (seed, municipality, kind,
 * index) by construction; the named demo users' ids (00000000-0000-4000-…) have municipality 0000 and cannot clash.
 */
function idFactory(seed: string, kommunekode: string) {
  const [a, b] = cyrb128(`id|${seed}`);
  const head = `${hex(a, 8)}-${kommunekode}-8`;
  const variant = `${hex(8 | (b & 3), 1)}${hex((b >>> 2) & 0xfff, 3)}`;
  const tag = hex((b >>> 14) & 0xff, 2);
  return (kind: 1 | 2, index: number) => `${head}${kind}${tag}-${variant}-${hex(index, 12)}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------------------------

const TEAMS = [...new Set(GROUP_CODES.map((g) => GROUPS[g].team))];

/** Postcodes with weights: special codes (below 1000) are left out; central Copenhagen's street-level codes are small. */
function postcodeTable(postnumre: string[]): Weighted<string> {
  const real = [...new Set(postnumre)].filter((p) => /^\d{4}$/.test(p)).sort();
  const usable = real.some((p) => p >= "1000") ? real.filter((p) => p >= "1000") : real;
  if (usable.length === 0) throw new Error("kommunen har ingen postnumre");
  // 1000–1999 (København K/V, Frederiksberg C) are hundreds of codes of a few streets each: weight them as 1 % of an
  // ordinary district code, so they hold roughly the share of the city they really have.
  return new Weighted(
    usable,
    usable.map((p) => (p < "2000" ? 0.01 : 1)),
  );
}

class PopulationGenerator {
  readonly caseworkers: CaseworkerRow[] = [];
  private readonly rng: Rng;
  private readonly id: (kind: 1 | 2, index: number) => string;
  private readonly today: number;
  private readonly cprs: CprAllocator;
  private readonly postcodes: Weighted<string>;
  private readonly groupPick = new Weighted(
    GROUP_CODES,
    GROUP_CODES.map((g) => GROUPS[g].tusinder),
  );
  private readonly eduPick = new Map<Maalgruppe, Weighted<Uddannelse>>();
  /** Each team's caseworkers (as indexes into caseworkers), dealt out in turn. */
  private readonly byTeam = new Map<string, { members: number[]; next: number }>();
  private readonly all = { members: [] as number[], next: 0 };
  private readonly load: number[] = [];
  private cap = 0;
  private index = 0;

  constructor(private readonly opts: PopulationOptions) {
    if (!/^\d{4}$/.test(opts.kommunekode)) throw new Error(`ugyldig kommunekode: ${opts.kommunekode}`);
    const slot = KOMMUNE_SLOT.get(opts.kommunekode);
    if (slot === undefined) throw new Error(`ukendt kommunekode: ${opts.kommunekode}`);
    if (!Number.isInteger(opts.citizens) || opts.citizens < 0) throw new Error("citizens skal være et helt tal ≥ 0");
    const seed = String(opts.seed);
    this.rng = new Rng(seededRandom(`borgere|${seed}|${opts.kommunekode}`));
    this.id = idFactory(seed, opts.kommunekode);
    this.today = dagFraIso(opts.today);
    this.cprs = new CprAllocator(slot);
    this.postcodes = postcodeTable(opts.postnumre);
    for (const g of GROUP_CODES) {
      const p = GROUPS[g].uddannelse;
      const keys = Object.keys(p) as Uddannelse[];
      this.eduPick.set(
        g,
        new Weighted(
          keys,
          keys.map((k) => p[k]),
        ),
      );
    }
    this.makeCaseworkers(new Rng(seededRandom(`jobkonsulenter|${seed}|${opts.kommunekode}`)));
  }

  /** Caseworkers: one per ~125 expected citizens, split over the teams by the expected size of their target groups. */
  private makeCaseworkers(rng: Rng) {
    const { citizens, kommunekode } = this.opts;
    const per = this.opts.caseworkersPer ?? DEFAULT_CITIZENS_PER_CASEWORKER;
    if (!(per > 0)) throw new Error("caseworkersPer skal være > 0");
    const n = citizens > 0 ? Math.max(1, Math.round(citizens / per)) : 0;
    this.cap = n ? Math.ceil((citizens / n) * 1.15) : 0;
    const teamShare = TEAMS.map((t) =>
      GROUP_CODES.filter((g) => GROUPS[g].team === t).reduce((s, g) => s + GROUP_SHARES[g], 0),
    );
    const exact = teamShare.map((s) => s * n);
    const sizes = exact.map(Math.floor);
    let rest = n - sizes.reduce((s, x) => s + x, 0);
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) {
      if (rest-- <= 0) break;
      sizes[i]!++;
    }
    let index = 0;
    for (const [t, team] of TEAMS.entries()) {
      const members: number[] = [];
      for (let k = 0; k < sizes[t]!; k++) {
        const person = this.person(rng, 0.08, rng.chance(0.7) ? "K" : "M", 1970 + rng.int(30));
        const id = this.id(1, index);
        members.push(index);
        this.all.members.push(index);
        this.load.push(0);
        this.caseworkers.push({
          id,
          kommunekode,
          rolle: "jobkonsulent",
          navn: `${person.fornavn} ${person.efternavn}`,
          email: `${slug(person.fornavn)}.${slug(person.efternavn)}.${index + 1}@jobcenter${kommunekode}.example.dk`,
          titel: "Jobkonsulent",
          team,
          idp_issuer: "generated",
          idp_subject: id,
        });
        index++;
      }
      if (members.length) this.byTeam.set(team, { members, next: 0 });
    }
  }

  private person(rng: Rng, foreignShare: number, sex: "K" | "M", birthYear: number) {
    if (rng.chance(foreignShare)) {
      const o = ORIGINS[ORIGIN_PICK.pick(rng)]!;
      return { fornavn: rng.pick(sex === "K" ? o.women : o.men), efternavn: rng.pick(o.surnames) };
    }
    // Names by generation; some carry a name of the other generation, and some two surnames ("Holm Nielsen").
    const [older, younger] = sex === "K" ? [DK_WOMEN_OLD, DK_WOMEN_YOUNG] : [DK_MEN_OLD, DK_MEN_YOUNG];
    const list = birthYear >= 1980 !== rng.chance(0.15) ? younger : older;
    const surname = DK_SURNAMES.pick(rng);
    const efternavn = rng.chance(0.06) ? `${DK_SURNAMES.pick(rng)} ${surname}` : surname;
    return { fornavn: rng.pick(list), efternavn };
  }

  /**
   * The citizen's caseworker: the next one in turn in the team for the citizen's target group. Teams are whole people,
   * so a team can come out short-handed (1 caseworker for 1.4 caseworkers' worth of citizens); a caseworker already at
   * 115 % of the average caseload passes the citizen to the least loaded caseworker of the jobcentre instead.
   */
  private caseworkerFor(team: string): string {
    const pool = this.byTeam.get(team) ?? this.all;
    let k = pool.members[pool.next++ % pool.members.length]!;
    if (this.load[k]! >= this.cap) {
      for (let i = 0; i < this.load.length; i++) if (this.load[i]! < this.load[k]!) k = i;
    }
    this.load[k]!++;
    return this.caseworkers[k]!.id;
  }

  done(): boolean {
    return this.index >= this.opts.citizens;
  }

  next(count: number): CitizenRow[] {
    const out: CitizenRow[] = [];
    const { rng, today } = this;
    const end = Math.min(this.opts.citizens, this.index + count);
    for (; this.index < end; this.index++) {
      const maalgruppe = this.groupPick.pick(rng);
      const g = GROUPS[maalgruppe];
      const sex: "K" | "M" = rng.chance(g.kvinder) ? "K" : "M";

      // Birth date: an age in [min, max) years, triangular around the group's most common age.
      const [min, mode, max] = g.alder;
      const latest = minusYears(today, min); // the youngest: exactly min years old today
      const earliest = minusYears(today, max) + 1; // the oldest: one day short of max years
      const span = latest - earliest + 1;
      const wanted = latest - Math.floor(rng.triangular((mode - min) / (max - min)) * span);
      const { cpr, birthDay } = this.cprs.allocate(Math.max(earliest, wanted), sex, latest);
      const { aar: by, maaned: bm, dag: bd } = aarMaanedDag(birthDay);

      const { fornavn, efternavn } = this.person(rng, g.udenlandsk, sex, by);

      let uddannelse = this.eduPick.get(maalgruppe)!.pick(rng);
      const age = Math.floor((today - birthDay) / 365.25);
      if (age < 22 && uddannelse !== "GRUNDSKOLE" && uddannelse !== "GYMNASIAL") uddannelse = "ERHVERVSFAGLIG";
      else if (age < 25 && uddannelse === "LANG_VIDEREGAAENDE") uddannelse = "MELLEMLANG_VIDEREGAAENDE";

      // Benefit start: a truncated exponential number of days back, never before the 18th birthday.
      const [mean, cap] = g.ydelse;
      const back = Math.floor(-Math.log(1 - rng.next() * (1 - Math.exp(-cap / mean))) * mean);
      const adult = dagFraAarMaanedDag(by + 18, bm, bd);
      const ydelse = Math.min(today, Math.max(adult, today - back));

      const postnr = this.postcodes.pick(rng);
      const flat = rng.chance(postnr < "3000" ? 0.8 : 0.35);
      const adresse = `${rng.pick(STREETS)} ${1 + rng.int(rng.chance(0.7) ? 60 : 180)}${flat ? `, ${rng.pick(FLOORS)}` : ""}`;
      const telefon = rng.chance(0.95)
        ? `${rng.pick(MOBILE_PREFIXES)} ${p2(rng.int(100))} ${p2(rng.int(100))} ${p2(rng.int(100))}`
        : null;
      const email = rng.chance(0.85)
        ? `${slug(fornavn)}.${slug(efternavn)}${rng.chance(0.5) ? rng.int(100) : ""}@${rng.pick(MAIL_DOMAINS)}`
        : null;

      out.push({
        id: this.id(2, this.index),
        kommunekode: this.opts.kommunekode,
        cpr,
        fornavn,
        efternavn,
        foedselsdato: isoFraDag(birthDay),
        koen: sex,
        adresse,
        postnr,
        telefon,
        email,
        maalgruppe,
        ydelse_start: isoFraDag(ydelse),
        uddannelse,
        sagsbehandler_id: this.caseworkerFor(g.team),
      });
    }
    return out;
  }
}

/**
 * The population in chunks of at most chunkSize citizens. The first chunk carries all the caseworkers (a few per
 * hundred citizens), the later ones none. The rows do not depend on the chunk size.
 */
export function* populationChunks(opts: PopulationOptions, chunkSize = 10_000): Generator<Population> {
  const gen = new PopulationGenerator(opts);
  let caseworkers = gen.caseworkers;
  do {
    yield { caseworkers, citizens: gen.next(chunkSize) };
    caseworkers = [];
  } while (!gen.done());
}

/** The whole population at once (the demo and tests; use populationChunks for large populations). */
export function generatePopulation(opts: PopulationOptions): Population {
  const gen = new PopulationGenerator(opts);
  return { caseworkers: gen.caseworkers, citizens: gen.next(opts.citizens) };
}

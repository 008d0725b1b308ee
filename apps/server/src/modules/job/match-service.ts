/**
 * The matching service (docs/matching.md): the pure matching core (match/model.ts) fed from the database.
 *
 * Each API process keeps, per database and per municipality, one KandidatIndeks (the visible CVs), one OrdreIndeks
 * (the open orders) and, built only when an order allows it, one KandidatIndeks of the neighbouring municipalities'
 * opted-in CVs. They are built lazily on the first request and kept current on every request: a cheap query reads
 * the high-water marks (count, sum of versions, newest change) of the municipality's CVs and orders; when a mark
 * moved, the ids and versions are read and only the rows whose version changed are loaded again (`saet`) or removed
 * (`fjern`). Several API instances each keep their own index and converge the same way from PostgreSQL.
 *
 * What an employer sees of a candidate is anonymised here: a pseudonym per order and citizen, the skills, the
 * experience titles and years, a distance band, availability and hours, and the explanation. Never a name, CPR
 * number, age, gender or address; those are revealed by the contact routes only when the citizen accepted.
 */
import { createHmac } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import type { KontaktStatus } from "../../platform/db/schema-job.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { type EscoKontekst, escoKontekst, glemEscoKontekst } from "../esco/kontekst.ts";
import {
  forklar,
  KandidatIndeks,
  type MatchOrdre,
  type MatchProfil,
  type MatchResultat,
  OrdreIndeks,
  scor,
} from "./match/model.ts";
import {
  cvVersioner,
  laesNaboProfiler,
  laesOrdrer,
  laesProfiler,
  naboMaerke,
  type OrdreInfo,
  ordreKontakter,
  ordreVersioner,
  type ProfilInfo,
  vandmaerker,
} from "./store.ts";

export type Sprog = "da" | "en";

export interface MatchDeps {
  /** the database the index belongs to (one cache per database) */
  db: Kysely<DB>;
  /** a transaction in the municipality (row-level security applies) */
  tx: Tx;
  /** the server's secret for candidate pseudonyms (see pseudonymNoegle) */
  noegle: string;
  /** today, YYYY-MM-DD (Danish time) */
  idag: string;
  sprog: Sprog;
}

/* ------------------------------------------------------------------------------------------- pseudonyms */

const ALFABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32: no I, L, O, U
/** Used only where no server secret is given (pure tests); the routes always pass the configured one. */
const STANDARD_NOEGLE = "jobunivers-kandidat";

/**
 * A candidate's code for one order: a keyed hash (HMAC-SHA256 with the server's secret) of the order and the citizen,
 * six base32 characters. Stable for the order and citizen, different across orders (so two employers cannot link
 * their candidates), and never derived from a CPR number or a name.
 */
export function kandidatPseudonym(ordreId: string, borgerId: string, noegle: string = STANDARD_NOEGLE): string {
  const h = createHmac("sha256", noegle).update(`kandidat:${ordreId}:${borgerId}`).digest();
  let out = "";
  for (let i = 0; i < 6; i++) out += ALFABET[h[i]! & 31];
  return out;
}

/** The pseudonym secret derived from the server's keyed-hash key (CPR_HASH_KEY) through the CPR vault. */
export function pseudonymNoegle(hash: (s: string) => string): string {
  return hash("jobunivers:kandidat-pseudonym");
}

/* ------------------------------------------------------------------------------------------- the index */

interface KommuneIndeks {
  cvMaerke: string;
  ordreMaerke: string;
  kandidater: KandidatIndeks;
  profiler: Map<string, ProfilInfo>;
  ordrer: OrdreIndeks;
  ordreInfo: Map<string, OrdreInfo>;
  naboer?: { maerke: string; indeks: KandidatIndeks; profiler: Map<string, ProfilInfo> };
}

interface DbIndeks {
  /** the ESCO module's shared context (taxonomy, matching context, labels) the indexes were built with */
  esco: EscoKontekst;
  kontekst: EscoKontekst["kontekst"];
  navne: EscoKontekst["navne"];
  kommuner: Map<string, KommuneIndeks>;
  /** one refresh at a time per municipality (concurrent requests wait for it) */
  laase: Map<string, Promise<unknown>>;
}

const cache = new WeakMap<Kysely<DB>, DbIndeks>();

/** Runs fn after any refresh already running for the municipality, so the index is never changed twice at once. */
async function serielt<T>(d: DbIndeks, kommunekode: string, fn: () => Promise<T>): Promise<T> {
  const foer = d.laase.get(kommunekode) ?? Promise.resolve();
  const nu = foer.then(fn, fn);
  d.laase.set(
    kommunekode,
    nu.catch(() => undefined),
  );
  return nu;
}

async function taksonomi(deps: MatchDeps): Promise<DbIndeks> {
  // the ESCO module's context is rebuilt on a new import; the indexes built on the old one are dropped with it
  const esco = await escoKontekst(deps.db, deps.tx);
  let d = cache.get(deps.db);
  if (!d || d.esco !== esco) {
    const ny: DbIndeks = {
      esco,
      kontekst: esco.kontekst,
      navne: esco.navne,
      kommuner: new Map(),
      laase: d?.laase ?? new Map(),
    };
    cache.set(deps.db, ny);
    d = ny;
  }
  return d;
}

/** Brings a map and an index in step with the rows' current versions; loads only what changed. */
async function synkroniser<T extends { version: number }>(
  kendte: Map<string, T>,
  versioner: { id: string; version: number; med: boolean }[],
  laes: (ids: string[]) => Promise<(T & { id: string })[]>,
  saet: (t: T) => void,
  fjern: (id: string) => void,
): Promise<number> {
  const nu = new Map(versioner.filter((v) => v.med).map((v) => [v.id, v.version]));
  let aendret = 0;
  for (const id of [...kendte.keys()]) {
    if (!nu.has(id)) {
      kendte.delete(id);
      fjern(id);
      aendret++;
    }
  }
  const hent = [...nu].filter(([id, v]) => kendte.get(id)?.version !== v).map(([id]) => id);
  for (let i = 0; i < hent.length; i += 1000) {
    const rows = await laes(hent.slice(i, i + 1000));
    for (const r of rows) {
      kendte.set(r.id, r);
      saet(r);
      aendret++;
    }
    // a row that changed between the two reads (no longer visible/open): drop it; the next request sees the rest
    const fundet = new Set(rows.map((r) => r.id));
    for (const id of hent.slice(i, i + 1000)) {
      if (!fundet.has(id) && kendte.has(id)) {
        kendte.delete(id);
        fjern(id);
      }
    }
  }
  return aendret;
}

/**
 * The municipality's index, current as of this transaction: built on first use, then refreshed from the high-water
 * marks (only changed rows are read again). With `naboer`, the neighbours' opted-in CVs are kept current too.
 */
export async function aktueltIndeks(
  deps: MatchDeps,
  kommunekode: string,
  opts: { naboer?: boolean } = {},
): Promise<{ d: DbIndeks; k: KommuneIndeks }> {
  const d = await taksonomi(deps);
  return serielt(d, kommunekode, async () => {
    const m = await vandmaerker(deps.tx);
    let k = d.kommuner.get(kommunekode);
    if (!k) {
      k = {
        cvMaerke: "",
        ordreMaerke: "",
        kandidater: new KandidatIndeks(d.kontekst),
        profiler: new Map(),
        ordrer: new OrdreIndeks(d.kontekst),
        ordreInfo: new Map(),
      };
      d.kommuner.set(kommunekode, k);
    }
    const ki = k;
    if (ki.cvMaerke !== m.cv) {
      const v = await cvVersioner(deps.tx);
      await synkroniser(
        ki.profiler,
        v.map((r) => ({ id: r.borger_id, version: r.version, med: r.synlig })),
        async (ids) => (await laesProfiler(deps.tx, ids)).map((p) => ({ ...p, id: p.profil.id })),
        (p) => ki.kandidater.saet(p.profil),
        (id) => ki.kandidater.fjern(id),
      );
      ki.cvMaerke = m.cv;
    }
    if (ki.ordreMaerke !== m.ordre) {
      const v = await ordreVersioner(deps.tx);
      await synkroniser(
        ki.ordreInfo,
        v.map((r) => ({ id: r.id, version: r.version, med: r.status === "aaben" })),
        async (ids) => (await laesOrdrer(deps.tx, ids)).map((o) => ({ ...o, id: o.ordre.id })),
        (o) => ki.ordrer.saet(o.ordre),
        (id) => ki.ordrer.fjern(id),
      );
      ki.ordreMaerke = m.ordre;
    }
    if (opts.naboer) {
      const nm = await naboMaerke(deps.tx);
      if (ki.naboer?.maerke !== nm) {
        const alle = await laesNaboProfiler(deps.tx);
        const naboer = ki.naboer ?? { maerke: "", indeks: new KandidatIndeks(d.kontekst), profiler: new Map() };
        const efter = new Map(alle.map((p) => [p.profil.id, p]));
        await synkroniser(
          naboer.profiler,
          alle.map((p) => ({ id: p.profil.id, version: p.version, med: true })),
          async (ids) => ids.map((id) => ({ ...efter.get(id)!, id })),
          (p) => naboer.indeks.saet(p.profil),
          (id) => naboer.indeks.fjern(id),
        );
        naboer.maerke = nm;
        ki.naboer = naboer;
      }
    }
    return { d, k: ki };
  });
}

/** Forgets a database's indexes and its taxonomy context (tests; after a new import both are rebuilt on their own). */
export function glemIndeks(db: Kysely<DB>): void {
  cache.delete(db);
  glemEscoKontekst(db);
}

/* ------------------------------------------------------------------------------------------- presentation */

export type Afstandsbaand = "0-10 km" | "10-25 km" | "25-50 km" | "50+ km" | "ukendt";

export function afstandsbaand(km: number | null): Afstandsbaand {
  if (km === null || !Number.isFinite(km)) return "ukendt";
  if (km < 10) return "0-10 km";
  if (km < 25) return "10-25 km";
  if (km < 50) return "25-50 km";
  return "50+ km";
}

/** Whole years of experience per title (overlapping periods of the same title are simply added). */
export function erfaringsaar(erfaring: ProfilInfo["erfaring"], idag: string): { titel: string; aar: number }[] {
  const dage = new Map<string, number>();
  for (const e of erfaring) {
    const fra = Date.parse(`${e.fra}T00:00:00Z`);
    const til = Date.parse(`${e.til ?? idag}T00:00:00Z`);
    if (!(til >= fra)) continue;
    dage.set(e.titel, (dage.get(e.titel) ?? 0) + (til - fra) / 86_400_000);
  }
  return [...dage]
    .map(([titel, d]) => ({ titel, aar: Math.round((d / 365.25) * 10) / 10 }))
    .sort((a, b) => b.aar - a.aar || a.titel.localeCompare(b.titel, "da"));
}

const DATO_FMT = { da: "da-DK", en: "en-GB" } as const;
function datoTekst(iso: string, sprog: Sprog) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(DATO_FMT[sprog], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

export function tilgaengeligTekst(fra: string | null, idag: string, sprog: Sprog): string {
  if (!fra || fra <= idag) return sprog === "da" ? "Kan starte nu" : "Can start now";
  return sprog === "da" ? `Kan starte ${datoTekst(fra, sprog)}` : `Can start ${datoTekst(fra, sprog)}`;
}

export function timerTekst(min: number, max: number, sprog: Sprog): string {
  const t = min === max || min === 0 ? `${max}` : `${min}–${max}`;
  return sprog === "da"
    ? `${min === 0 ? "Op til " : ""}${t} timer om ugen`
    : `${min === 0 ? "Up to " : ""}${t} hours a week`;
}

const navnFra = (d: DbIndeks, sprog: Sprog) => (uri: string) =>
  (sprog === "da" ? d.navne.da : d.navne.en).get(uri) ?? d.navne.en.get(uri) ?? uri;

export interface AnonymKandidat {
  kandidatId: string;
  score: number;
  forklaring: { resume: string; punkter: string[] };
  /** the order's skills the candidate has (labels) */
  faerdigheder: string[];
  /** the order's skills the candidate lacks */
  mangler: { titel: string; essentiel: boolean }[];
  erfaring: { titel: string; aar: number }[];
  afstandsbaand: Afstandsbaand;
  tilgaengelig: string;
  timer: string;
  /** from a neighbouring municipality that the order allows */
  nabokommune: boolean;
  kontakt: null | { id: string; status: KontaktStatus; anmodet: string };
}

function anonym(
  d: DbIndeks,
  deps: MatchDeps,
  ordreId: string,
  r: MatchResultat,
  p: ProfilInfo,
  kontakt: AnonymKandidat["kontakt"],
): AnonymKandidat {
  const navn = navnFra(d, deps.sprog);
  return {
    kandidatId: kandidatPseudonym(ordreId, p.profil.id, deps.noegle),
    score: Math.round(r.score),
    forklaring: forklar(r, navn, deps.sprog, "virksomhed"),
    faerdigheder: r.daekket.map(navn),
    mangler: r.mangler.map((m) => ({ titel: navn(m.uri), essentiel: m.essentiel })),
    erfaring: erfaringsaar(p.erfaring, deps.idag),
    afstandsbaand: afstandsbaand(r.afstandKm),
    tilgaengelig: tilgaengeligTekst(p.profil.tilgaengeligFra, deps.idag, deps.sprog),
    timer: timerTekst(p.profil.timerMin, p.profil.timerMax, deps.sprog),
    nabokommune: p.nabo,
    kontakt,
  };
}

/** An order of the municipality (any status), read fresh (the index holds only open ones). */
export async function ordreFraDb(tx: Tx, ordreId: string): Promise<OrdreInfo | undefined> {
  return (await laesOrdrer(tx, [ordreId], { alle: true }))[0];
}

/** Ranks the municipality's (and, where the order allows, the neighbours') candidates: top n of the union. */
function rangKandidater(k: KommuneIndeks, o: MatchOrdre, tilladNaboer: boolean, idag: string, n: number) {
  const egne = k.kandidater.rang(o, idag, n).map((r) => ({ r, p: k.profiler.get(r.id)! }));
  if (!tilladNaboer || !k.naboer) return egne;
  const naboer = k.naboer.indeks.rang(o, idag, n).map((r) => ({ r, p: k.naboer!.profiler.get(r.id)! }));
  return [...egne, ...naboer]
    .sort((a, b) => b.r.score - a.r.score || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0))
    .slice(0, n);
}

/**
 * The order's best candidates, anonymised, with the contact requests already made. The order is one the caller may
 * see, as the route read it (`ordreFraDb`, with the employer's CVR checked).
 */
export async function kandidaterTilOrdre(deps: MatchDeps, kommunekode: string, o: OrdreInfo, n: number) {
  const ordreId = o.ordre.id;
  const { d, k } = await aktueltIndeks(deps, kommunekode, { naboer: o.tilladNaboer });
  const kontakter = new Map((await ordreKontakter(deps.tx, ordreId)).map((c) => [c.borger_id, c]));
  const rang = o.status === "aaben" ? rangKandidater(k, o.ordre, o.tilladNaboer, deps.idag, n) : [];
  return {
    ordre: { id: o.ordre.id, titel: o.titel, status: o.status, tilladNaboer: o.tilladNaboer },
    kandidater: rang.map(({ r, p }) => {
      const c = kontakter.get(p.profil.id);
      return anonym(
        d,
        deps,
        ordreId,
        r,
        p,
        c ? { id: c.id, status: c.status, anmodet: new Date(c.anmodet).toISOString() } : null,
      );
    }),
  };
}

/**
 * Finds the citizen behind a candidate code of an order among the candidates the order may see (the municipality's
 * visible CVs and, if the order allows it, the neighbours' opted-in ones), with the match as it is now.
 */
export async function findKandidat(deps: MatchDeps, kommunekode: string, o: OrdreInfo, kandidatId: string) {
  const { d, k } = await aktueltIndeks(deps, kommunekode, { naboer: o.tilladNaboer });
  const kilder = [k.profiler, ...(o.tilladNaboer && k.naboer ? [k.naboer.profiler] : [])];
  const fund: ProfilInfo[] = [];
  for (const m of kilder)
    for (const p of m.values())
      if (kandidatPseudonym(o.ordre.id, p.profil.id, deps.noegle) === kandidatId) fund.push(p);
  // a code shared by two candidates of one order (about one in a million per pair) cannot be resolved safely
  if (fund.length !== 1) return undefined;
  const p = fund[0]!;
  const r = scor(d.kontekst, o.ordre, p.profil, deps.idag);
  return { p, r, forklaring: forklar(r, navnFra(d, deps.sprog), deps.sprog, "virksomhed") };
}

export interface MatchetOrdre {
  ordreId: string;
  titel: string;
  virksomhed: string;
  art: string;
  arbejdssted: string;
  postnr: string;
  bynavn: string | null;
  timer: string;
  start: string;
  slut: string | null;
  opgaveboers: boolean;
  score: number;
  forklaring: { resume: string; punkter: string[] };
  har: string[];
  mangler: { titel: string; essentiel: boolean }[];
  afstandKm: number | null;
}

function matchetOrdre(d: DbIndeks, deps: MatchDeps, r: MatchResultat, o: OrdreInfo): MatchetOrdre {
  const navn = navnFra(d, deps.sprog);
  return {
    ordreId: o.ordre.id,
    titel: o.titel,
    virksomhed: o.virksomhed,
    art: o.art,
    arbejdssted: o.arbejdssted,
    postnr: o.postnr,
    bynavn: o.bynavn,
    timer: timerTekst(o.timerMin, o.timerMax, deps.sprog),
    start: o.start,
    slut: o.slut,
    opgaveboers: o.opgaveboers,
    score: Math.round(r.score),
    forklaring: forklar(r, navn, deps.sprog, "borger"),
    har: r.daekket.map(navn),
    mangler: r.mangler.map((m) => ({ titel: navn(m.uri), essentiel: m.essentiel })),
    afstandKm: r.afstandKm === null ? null : Math.round(r.afstandKm),
  };
}

/** The citizen's CV as a profile (also when she hides it from employers); undefined without a CV. */
export async function borgerProfil(tx: Tx, borgerId: string): Promise<MatchProfil | undefined> {
  return (await laesProfiler(tx, [borgerId], { ogSkjulte: true }))[0]?.profil;
}

/** The open orders of the municipality that match the citizen best, with the explanation and what is missing. */
export async function ordrerTilBorger(
  deps: MatchDeps,
  kommunekode: string,
  borgerId: string,
  n: number,
): Promise<{ harCv: boolean; ordrer: MatchetOrdre[] }> {
  const profil = await borgerProfil(deps.tx, borgerId);
  if (!profil) return { harCv: false, ordrer: [] };
  const { d, k } = await aktueltIndeks(deps, kommunekode);
  return {
    harCv: true,
    ordrer: k.ordrer.rang(profil, deps.idag, n).map((r) => matchetOrdre(d, deps, r, k.ordreInfo.get(r.id)!)),
  };
}

/** Scores orders for the citizen one by one (the opgavebørs shows the match beside each hit). */
export async function borgerScorer(deps: MatchDeps, kommunekode: string, profil: MatchProfil) {
  const { d } = await aktueltIndeks(deps, kommunekode);
  return (o: OrdreInfo) => matchetOrdre(d, deps, scor(d.kontekst, o.ordre, profil, deps.idag), o);
}

/** One order's match for the citizen. */
export async function scorForBorger(deps: MatchDeps, kommunekode: string, profil: MatchProfil, o: OrdreInfo) {
  return (await borgerScorer(deps, kommunekode, profil))(o);
}

/** The open orders of the municipality as the index holds them (the opgavebørs searches these). */
export async function aabneOrdrer(deps: MatchDeps, kommunekode: string): Promise<OrdreInfo[]> {
  const { k } = await aktueltIndeks(deps, kommunekode);
  return [...k.ordreInfo.values()];
}

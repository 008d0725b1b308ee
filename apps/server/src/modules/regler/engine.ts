/**
 * The rules engine: a pure function from a case's events and a day to the obligations the law puts on the case, their
 * due dates and state, and the proposals the rules make. No I/O, no clock: the day is an argument.
 *
 * How it reads a history (docs/rules.md says the same for a lawyer):
 *  - Events after the evaluation day are ignored, except conversations already booked (SAMTALE_INDKALDT), which
 *    are shown as upcoming.
 *  - Each triggering event is judged under the rule version in force on its day (for an obligation that arises
 *    later, e.g. after 15 months on benefit, on the day it arises): a history that spans a change in the law gets
 *    the old law's answer for old triggers and the new law's for new ones.
 *  - Clocks run in calendar time, working days (kalender.ts) or time on benefit: the days between a YDELSE_OPHOER and
 *    the next YDELSE_START do not count. Where a rule says so, days of exemption do not count either.
 *  - A new start of benefit with another target group restarts counting rules (the old obligation "bortfaldet");
 *    a return to the same group after a pause resumes the clock; an end of benefit ends or pauses obligations.
 *
 * Speed: the rule set is compiled once (indexed by trigger type, target groups as bit masks), a case's events are
 * copied into reused typed arrays, and all dates are integers, so 1.1 million cases evaluate in seconds.
 */
import { MAALGRUPPE_KODER, MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { datoTekst, plusArbejdsdage, plusMaaneder } from "./kalender.ts";
import {
  type Afholder,
  type Dag,
  type Evaluering,
  type Forpligtelse,
  type ForpligtelseStatus,
  type Forslag,
  type ForslagSkridt,
  HAENDELSE_TYPER,
  type Haendelse,
  type HaendelseType,
  type Henvisning,
  type Kanal,
  type SagsForloeb,
  type Sikkerhed,
} from "./model.ts";
import {
  type Handling,
  type IndlaestRegel,
  type Krav,
  type Laengde,
  laengdeTekst,
  REGLER,
  type Trigger,
  UENDELIG,
} from "./regelsaet.ts";

const MAX = UENDELIG;
const INGEN_SNIT = 0x3fffffff;

// ---------------------------------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------------------------------

const TYPE = Object.fromEntries(HAENDELSE_TYPER.map((t, i) => [t, i])) as Record<HaendelseType, number>;
const T_YDELSE_START = TYPE.YDELSE_START;
const T_YDELSE_OPHOER = TYPE.YDELSE_OPHOER;
const T_HJAELP = TYPE.HJAELP_ANMODNING;
const T_LEDIGHED = TYPE.LEDIGHED_START;
const T_FRAVAER = TYPE.FRAVAER_START;
const T_OVERDRAGELSE = TYPE.OVERDRAGELSE;
const T_INDKALDT = TYPE.SAMTALE_INDKALDT;
const T_AFHOLDT = TYPE.SAMTALE_AFHOLDT;
const T_FRIT_START = TYPE.FRITAGELSE_START;
const T_FRIT_SLUT = TYPE.FRITAGELSE_SLUT;

const GRUPPE = new Map<string, number>(MAALGRUPPE_KODER.map((g, i) => [g, i]));
const INGEN_GRUPPE_BIT = 1 << 11;
const gruppeBit = (g: number) => (g < 0 ? INGEN_GRUPPE_BIT : 1 << g);

/** The benefit (ydelse) behind each target group: a restart "on change of benefit" compares these. */
const YDELSE_AF: Record<Maalgruppe, number> = {
  DAGPENGE: 0,
  KONTANTHJAELP_JOBPARAT: 1,
  KONTANTHJAELP_AKTIVITETSPARAT: 1,
  UDDANNELSESHJAELP_UDDANNELSESPARAT: 2,
  UDDANNELSESHJAELP_AKTIVITETSPARAT: 2,
  SYGEDAGPENGE: 3,
  JOBAFKLARING: 4,
  RESSOURCEFORLOEB: 5,
  FLEKSJOB_LEDIGHEDSYDELSE: 6,
  REVALIDERING: 7,
  FOERTIDSPENSION: 8,
};
const YDELSE = Int8Array.from(MAALGRUPPE_KODER.map((g) => YDELSE_AF[g]));

// An event without `art` counts as a jobsamtale; without `kanal` as unknown; without `afholder` as the jobcentre's.
const ART: Record<string, number> = { jobsamtale: 0, opfoelgning: 1, faelles: 2, anden: 3 };
const KANAL: Record<string, number> = { fremmoede: 0, telefon: 1, video: 2 };
const UKENDT_KANAL = 3;
const KANALER: Kanal[] = ["fremmoede", "telefon", "video"];
const TILBUDSART: Record<string, number> = {
  virksomhedspraktik: 0,
  loentilskud: 1,
  vejledning_opkvalificering: 2,
  nytteindsats: 3,
  anden: 4,
};
const UKENDT_TILBUDSART = 5;

const ENHED = { dage: 0, arbejdsdage: 1, uger: 2, maaneder: 3 } as const;

// Why an obligation ceased to apply.
const A_NY_MAALGRUPPE = 1;
const A_NY_YDELSE = 2;
const A_UDENFOR = 3;
const A_NYT_FORLOEB = 4;
const A_OPHOER = 5;
const A_FRITAGET = 6;
const A_REGEL_OPHOERT = 7;
const AARSAG = [
  "",
  "borgeren skiftede målgruppe, og kravet begyndte forfra",
  "borgeren skiftede ydelse, og kravet begyndte forfra",
  "borgeren skiftede til en målgruppe, reglen ikke gælder for",
  "et nyt forløb begyndte",
  "ydelsen ophørte",
  "borgeren var fritaget, da fristen udløb",
  "reglen er ophævet, og forpligtelser efter den bortfalder",
];

// ---------------------------------------------------------------------------------------------------------------------
// The compiled rule set
// ---------------------------------------------------------------------------------------------------------------------

interface KL {
  antal: number;
  enhed: number;
  ydelse: boolean;
  medregn: boolean;
  tekst: string;
}

interface KH {
  type: number;
  /** bit mask over ART; 0 = any */
  arter: number;
  /** -1 = any */
  afholder: number;
  minUger: number;
  kunEndelig: boolean;
}

/** One requirement of one version of a rule, ready for the hot loop. */
export interface KompileretKrav {
  nr: number;
  /** versions of the same rule and requirement part share a track */
  spor: number;
  regel: IndlaestRegel;
  krav: Krav;
  type: Krav["type"];
  regelId: string;
  titel: string;
  del: string | undefined;
  henvisning: Henvisning;
  yderligere: Henvisning[] | undefined;
  sikkerhed: Sikkerhed;
  ansvarlig: Afholder;
  fra: Dag;
  til: Dag;
  bortfaldVedOphoer: boolean;
  grupper: number;
  tType: number;
  tArter: number;
  tAfholder: number;
  tKategorier: number;
  tFoerste: boolean;
  tEfter: KL | null;
  tMinYdelse: KL | null;
  tEfterBortfald: string | null;
  h: KH | null;
  /** frist: the deadline; antal and kohorte: the window; forslag: the day to act by */
  laengde: KL | null;
  antal: number;
  kraeverYdelse: boolean;
  /** 0 on change of target group, 1 on change of benefit, 2 never */
  genstart: number;
  /** 0 no effect, 1 the clock pauses, 2 lapses when exempt at the deadline */
  fritagelse: number;
  parvis: boolean;
  senereTilbud: number;
  senereEkstra: KL | null;
  forlaengelse: KL | null;
  kanal: number;
  ugunstig: boolean;
  egneTrin: ForslagSkridt[];
  kontakt: boolean;
  tekst: string;
  vedBrud: string | null;
  kvote: number;
  maksUndtaget: number;
  /** "LAB § 31, stk. 3 (sikkerhed: høj)" and any further sources */
  kilde: string;
  /** what is counted: "jobsamtaler holdt", "tilbud startet" */
  taelleOrd: string;
  harAfloeser: boolean;
}

export interface Regelsaet {
  readonly regler: readonly IndlaestRegel[];
  readonly krav: readonly KompileretKrav[];
  /** person requirements and proposals by trigger type (not the "first after" or "after lapse" ones) */
  readonly perTrigger: readonly KompileretKrav[][];
  /** requirements triggered by the first matching event after the start of a course, grouped by track */
  readonly foerste: readonly KompileretKrav[][];
  readonly afloesere: readonly KompileretKrav[];
  readonly trin: readonly KompileretKrav[];
  readonly kohorte: readonly KompileretKrav[];
  readonly kohortePerTrigger: readonly KompileretKrav[][];
  readonly antalSpor: number;
}

export interface KompileringsValg {
  /** the municipality's own deadlines where a rule allows it (e.g. servicemaal_samtale for KF-REQ) */
  parametre?: Record<string, Pick<Laengde, "antal" | "enhed"> & Partial<Laengde>>;
}

function kl(l: Laengde | undefined): KL | null {
  if (!l) return null;
  return {
    antal: l.antal,
    enhed: ENHED[l.enhed],
    ydelse: l.ur === "ydelse",
    medregn: l.medregnStartdag,
    tekst: laengdeTekst(l),
  };
}

function artMaske(arter: readonly string[] | undefined): number {
  let m = 0;
  for (const a of arter ?? []) m |= 1 << ART[a]!;
  return m;
}

function kh(h: Handling): KH {
  return {
    type: TYPE[h.haendelse],
    arter: artMaske(h.arter),
    afholder: h.afholder === undefined ? -1 : h.afholder === "akasse" ? 1 : 0,
    minUger: h.minUger ?? 0,
    kunEndelig: h.kunEndelig,
  };
}

const TAELLE_ORD: Partial<Record<HaendelseType, string>> = {
  SAMTALE_AFHOLDT: "samtaler holdt",
  TILBUD_START: "tilbud startet",
};

const kildeTekst = (h: Henvisning, s?: Sikkerhed) => `${h.lov} ${h.paragraf} (sikkerhed: ${h.sikkerhed ?? s})`;

/** Compiles loaded rules for the engine. The default rule set is compiled once at import (STANDARD_REGELSAET). */
export function kompilerRegelsaet(regler: readonly IndlaestRegel[] = REGLER, valg: KompileringsValg = {}): Regelsaet {
  const krav: KompileretKrav[] = [];
  const sporNr = new Map<string, number>();
  for (const r of regler) {
    for (const k of r.krav) {
      const sporNoegle = `${r.id}#${k.del ?? ""}`;
      if (!sporNr.has(sporNoegle)) sporNr.set(sporNoegle, sporNr.size);
      const grupperListe = ("maalgrupper" in k && k.maalgrupper) || r.maalgrupper;
      let grupper = 0;
      if (grupperListe === "alle") grupper = (1 << 12) - 1;
      else for (const g of grupperListe) grupper |= 1 << GRUPPE.get(g)!;
      const t: Trigger | undefined = "trigger" in k ? k.trigger : undefined;
      let kategorier = 0;
      for (const c of t?.kategorier ?? []) kategorier |= 1 << c;
      const person = k.type === "frist" || k.type === "antal";
      let laengde: Laengde | undefined;
      if (k.type === "frist") {
        const p = k.parameter ? valg.parametre?.[k.parameter] : undefined;
        laengde = p ? { ur: "kalender", medregnStartdag: false, ...p } : k.frist;
      } else if (k.type === "antal" || k.type === "kohorte") laengde = k.vindue;
      else if (k.type === "forslag") laengde = k.frist;
      const henvisninger = [r.henvisning, ...(r.yderligereHenvisninger ?? [])];
      krav.push({
        nr: krav.length,
        spor: sporNr.get(sporNoegle)!,
        regel: r,
        krav: k,
        type: k.type,
        regelId: r.id,
        titel: ("titel" in k && k.titel) || r.titel,
        del: k.del,
        henvisning: r.henvisning,
        yderligere: r.yderligereHenvisninger,
        sikkerhed: r.sikkerhed,
        ansvarlig: r.ansvarlig,
        fra: r.fraDag,
        til: r.tilDag,
        bortfaldVedOphoer: r.ophoer === "bortfalder",
        grupper,
        tType: t ? TYPE[t.haendelse] : -1,
        tArter: artMaske(t?.arter),
        tAfholder: t?.afholder === undefined ? -1 : t.afholder === "akasse" ? 1 : 0,
        tKategorier: kategorier,
        tFoerste: t?.foerste ?? false,
        tEfter: kl(t?.efter),
        tMinYdelse: kl(t?.minYdelsestid),
        tEfterBortfald: t?.efterBortfald ?? null,
        h: "handling" in k ? kh(k.handling) : k.type === "kohorte" ? kh(k.maal) : null,
        laengde: kl(laengde),
        antal: k.type === "antal" ? k.antal : 0,
        kraeverYdelse: person ? k.kraeverYdelse : k.type === "kohorte",
        genstart: person ? ["maalgruppe", "ydelse", "ingen"].indexOf(k.genstart) : 1,
        fritagelse: person ? ["ingen", "pause", "bortfald_ved_frist"].indexOf(k.fritagelse) : 0,
        parvis: k.type === "frist" && k.parvis,
        senereTilbud:
          k.type === "frist" && k.senereStart
            ? k.senereStart.tilbudsarter.reduce((m, a) => m | (1 << TILBUDSART[a]!), 0)
            : 0,
        senereEkstra: k.type === "frist" ? kl(k.senereStart?.ekstra) : null,
        forlaengelse: k.type === "frist" ? kl(k.forlaengelse?.ekstra) : null,
        kanal: k.type === "kanal" ? KANAL[k.kanal]! : -1,
        ugunstig: k.type === "forslag" && k.ugunstig,
        egneTrin:
          k.type === "forslag" || k.type === "trin"
            ? k.trin.map((s) => ({ id: s.id, regelId: r.id, tekst: s.tekst, henvisning: s.henvisning }))
            : [],
        kontakt: k.type === "forslag" && k.kontaktGenoprettes,
        tekst: k.tekst,
        vedBrud: ("vedBrud" in k && k.vedBrud) || null,
        kvote: k.type === "kohorte" ? k.kvote : 0,
        maksUndtaget: k.type === "kohorte" ? k.maksUndtaget : 0,
        kilde: henvisninger.map((h) => kildeTekst(h, r.sikkerhed)).join("; "),
        taelleOrd: ("handling" in k && TAELLE_ORD[k.handling.haendelse]) || "registreret",
        harAfloeser: false,
      });
    }
  }
  const perTrigger: KompileretKrav[][] = HAENDELSE_TYPER.map(() => []);
  const kohortePerTrigger: KompileretKrav[][] = HAENDELSE_TYPER.map(() => []);
  const foersteSpor = new Map<number, KompileretKrav[]>();
  for (const k of krav) {
    if (k.type === "trin") continue;
    if (k.type === "kohorte") kohortePerTrigger[k.tType]!.push(k);
    else if (k.tEfterBortfald) continue;
    else if (k.tFoerste) foersteSpor.set(k.spor, [...(foersteSpor.get(k.spor) ?? []), k]);
    else perTrigger[k.tType]!.push(k);
  }
  const afloesere = krav.filter((k) => k.tEfterBortfald);
  for (const k of krav) k.harAfloeser = afloesere.some((a) => a.tEfterBortfald === k.regelId);
  return {
    regler,
    krav,
    perTrigger,
    foerste: [...foersteSpor.values()],
    afloesere,
    trin: krav.filter((k) => k.type === "trin"),
    kohorte: krav.filter((k) => k.type === "kohorte"),
    kohortePerTrigger,
    antalSpor: sporNr.size,
  };
}

/** The rule set of the regelsaet/*.json files, compiled once. */
export const STANDARD_REGELSAET: Regelsaet = kompilerRegelsaet();

// ---------------------------------------------------------------------------------------------------------------------
// Plain-Danish pieces of the explanations, built once
// ---------------------------------------------------------------------------------------------------------------------

const GRUPPE_TEKST = MAALGRUPPE_KODER.map(
  (g) => ` (${MAALGRUPPER[g].da.toLowerCase()}, målgruppe ${MAALGRUPPER[g].nr})`,
);
const gruppeTekst = (g: number) => (g < 0 ? "" : GRUPPE_TEKST[g]!);

const VERBUM: Record<HaendelseType, string> = {
  LEDIGHED_START: "blev ledig",
  YDELSE_START: "startede på ydelse",
  YDELSE_OPHOER: "stoppede på ydelse",
  HJAELP_ANMODNING: "anmodede om hjælp",
  OVERDRAGELSE: "blev overdraget fra a-kassen til jobcenteret",
  FRAVAER_START: "havde første fraværsdag",
  HURTIG_OPFOELGNING_ANMODET: "bad om hurtig opfølgning",
  SAMTALE_INDKALDT: "er indkaldt til sin første jobsamtale i forløbet",
  SAMTALE_AFHOLDT: "holdt sin første jobsamtale i forløbet",
  SAMTALE_UDEBLEVET: "udeblev fra en samtale",
  SAMTALE_ANMODET: "bad om en samtale",
  SELVBOOKING_OVERSKREDET: "overskred fristen for selv at booke en samtale",
  FRITAGELSE_START: "blev fritaget",
  FRITAGELSE_SLUT: "fik sin fritagelse afsluttet",
  TILBUD_START: "startede i tilbud",
  TILBUD_UDEBLEVET: "udeblev fra et tilbud",
  TILBUD_AFSLUTTET: "gennemførte et tilbud",
  PLAN_OFFENTLIGGJORT: "fik sin plan offentliggjort",
  AKTINDSIGT_ANMODNING: "bad om aktindsigt",
  INDSIGT_ANMODNING: "bad om indsigt i sine oplysninger",
  AKTINDSIGT_BESVARET: "fik svar på aktindsigt",
  INDSIGT_BESVARET: "fik svar på sin indsigtsanmodning",
  SAMTALE_AFLYST: "fik en samtale aflyst eller flyttet",
};
const VERBA = HAENDELSE_TYPER.map((t) => VERBUM[t]);
const KANAL_TEKST = ["ved personligt fremmøde", "telefonisk", "som video", "uden registreret kanal"];

const dage = (n: number) => (n === 1 ? "1 dag" : `${n} dage`);

function hvorfor(k: KompileretKrav, tType: number, tDag: Dag, g: number, udloest: number): string {
  const s = `Gælder, fordi borgeren${gruppeTekst(g)} ${VERBA[tType]} den ${datoTekst(tDag)}`;
  return udloest < 0
    ? `${s}.`
    : `${s}, og forpligtelsen opstod den ${datoTekst(udloest)}, da der var gået ${k.tEfter!.tekst}.`;
}

// ---------------------------------------------------------------------------------------------------------------------
// The evaluator: reused typed arrays, one case at a time
// ---------------------------------------------------------------------------------------------------------------------

/** A member of a cohort, as kohorte.ts counts it. */
export interface KohorteMedlem {
  krav: KompileretKrav;
  maalgruppe: number;
  indtraedelse: Dag;
  vindueSlut: Dag;
  udfald: "naaet" | "undtaget" | "afgaaet" | "igang" | "ikke_naaet";
  naaetDag?: Dag;
}

class Arbejdsrum {
  cap = 0;
  n = 0;
  eType = new Int8Array(0);
  eDag = new Int32Array(0);
  eArt = new Int8Array(0);
  eKanal = new Int8Array(0);
  eAfh = new Int8Array(0);
  eUger = new Int32Array(0);
  eTilbud = new Int8Array(0);
  eKat = new Int8Array(0);
  eGruppe = new Int8Array(0);
  eForel = new Uint8Array(0);
  eEff = new Int8Array(0);
  eBrugt = new Uint8Array(0);
  eNaeste = new Int8Array(0);

  // conversations booked on or after the evaluation day
  bN = 0;
  bCap = 0;
  bDag = new Int32Array(0);
  bArt = new Int8Array(0);
  bKanal = new Int8Array(0);
  bAfh = new Int8Array(0);

  // pauses of benefit [fra, til) (til = MAX while open) and exemptions [fra, til)
  pN = 0;
  pFra = new Int32Array(0);
  pTil = new Int32Array(0);
  fN = 0;
  fFra = new Int32Array(0);
  fTil = new Int32Array(0);
  fSlut = new Int32Array(0);
  aabenPauseFra = -1;
  aabenFritagelse = false;
  episodeStart = -1;
  gruppe = -1;

  // obligation instances
  iN = 0;
  iCap = 0;
  iKk = new Int32Array(0);
  iTrig = new Int32Array(0);
  iDag = new Int32Array(0);
  iGruppe = new Int8Array(0);
  iSnit = new Int32Array(0);
  iSnitDag = new Int32Array(0);
  iAarsag = new Int8Array(0);
  iEkstra = new Int32Array(0);

  sporAaben = new Int32Array(0);
  ventFoerste = new Uint8Array(0);

  private sikrHaendelser(n: number) {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    const grow = <T extends Int8Array | Int32Array | Uint8Array>(a: T, mk: new (n: number) => T): T => {
      const b = new mk(c);
      b.set(a);
      return b;
    };
    this.eType = grow(this.eType, Int8Array);
    this.eDag = grow(this.eDag, Int32Array);
    this.eArt = grow(this.eArt, Int8Array);
    this.eKanal = grow(this.eKanal, Int8Array);
    this.eAfh = grow(this.eAfh, Int8Array);
    this.eUger = grow(this.eUger, Int32Array);
    this.eTilbud = grow(this.eTilbud, Int8Array);
    this.eKat = grow(this.eKat, Int8Array);
    this.eGruppe = grow(this.eGruppe, Int8Array);
    this.eForel = grow(this.eForel, Uint8Array);
    this.eEff = grow(this.eEff, Int8Array);
    this.eBrugt = grow(this.eBrugt, Uint8Array);
    this.eNaeste = grow(this.eNaeste, Int8Array);
    this.pFra = grow(this.pFra, Int32Array);
    this.pTil = grow(this.pTil, Int32Array);
    this.fFra = grow(this.fFra, Int32Array);
    this.fTil = grow(this.fTil, Int32Array);
    this.fSlut = grow(this.fSlut, Int32Array);
    this.cap = c;
  }

  private sikrBookinger(n: number) {
    if (n <= this.bCap) return;
    const c = Math.max(n, this.bCap * 2, 16);
    const b1 = new Int32Array(c);
    b1.set(this.bDag);
    this.bDag = b1;
    for (const f of ["bArt", "bKanal", "bAfh"] as const) {
      const b = new Int8Array(c);
      b.set(this[f]);
      this[f] = b;
    }
    this.bCap = c;
  }

  private sikrInstanser(n: number) {
    if (n <= this.iCap) return;
    const c = Math.max(n, this.iCap * 2, 64);
    for (const f of ["iKk", "iTrig", "iDag", "iSnit", "iSnitDag", "iEkstra"] as const) {
      const b = new Int32Array(c);
      b.set(this[f]);
      this[f] = b;
    }
    for (const f of ["iGruppe", "iAarsag"] as const) {
      const b = new Int8Array(c);
      b.set(this[f]);
      this[f] = b;
    }
    this.iCap = c;
  }

  /** Copies the events up to day D (and bookings from D on) into the typed arrays. */
  indlaes(hs: readonly Haendelse[], D: Dag): void {
    this.sikrHaendelser(hs.length);
    let n = 0;
    this.bN = 0;
    for (let x = 0; x < hs.length; x++) {
      const h = hs[x]!;
      const t = TYPE[h.type];
      if (t === undefined) continue;
      if (t === T_INDKALDT) {
        if (h.dag >= D) {
          this.sikrBookinger(this.bN + 1);
          const b = this.bN++;
          this.bDag[b] = h.dag;
          this.bArt[b] = h.art === undefined ? 0 : (ART[h.art] ?? 3);
          this.bKanal[b] = h.kanal === undefined ? UKENDT_KANAL : (KANAL[h.kanal] ?? UKENDT_KANAL);
          this.bAfh[b] = h.afholder === "akasse" ? 1 : 0;
        }
        continue;
      }
      if (h.dag > D) continue;
      this.eType[n] = t;
      this.eDag[n] = h.dag;
      this.eArt[n] = h.art === undefined ? 0 : (ART[h.art] ?? 3);
      this.eKanal[n] = h.kanal === undefined ? UKENDT_KANAL : (KANAL[h.kanal] ?? UKENDT_KANAL);
      this.eAfh[n] = h.afholder === "akasse" ? 1 : 0;
      this.eUger[n] = h.uger ?? -1;
      this.eTilbud[n] = h.tilbudsart === undefined ? UKENDT_TILBUDSART : (TILBUDSART[h.tilbudsart] ?? 4);
      this.eKat[n] = h.kategori ?? 0;
      this.eGruppe[n] = h.maalgruppe === undefined ? -1 : (GRUPPE.get(h.maalgruppe) ?? -1);
      this.eForel[n] = h.foreloebigt ? 1 : 0;
      this.eBrugt[n] = 0;
      n++;
    }
    this.n = n;
    // Look-ahead: an event before any benefit (a request for help) belongs to the group of the next start.
    let naeste = -1;
    for (let x = n - 1; x >= 0; x--) {
      this.eNaeste[x] = naeste;
      if (this.eType[x] === T_YDELSE_START && this.eGruppe[x]! >= 0) naeste = this.eGruppe[x]!;
    }
  }

  /** Non-paused days of benefit in (fra, til], with the pauses seen so far. */
  private ydelsesdage(fra: Dag, til: Dag): number {
    let n = til - fra;
    for (let p = 0; p < this.pN; p++) {
      const a = Math.max(this.pFra[p]!, fra + 1);
      const b = Math.min(this.pTil[p]!, til + 1);
      if (b > a) n -= b - a;
    }
    return n;
  }

  /** The day a length of time ends, counted from `start` on the clock the length names. */
  fristFra(start: Dag, L: KL, frit: boolean, medAabenPause: boolean): Dag {
    if (L.enhed === ENHED.arbejdsdage) return plusArbejdsdage(start, L.antal);
    let rest =
      L.enhed === ENHED.dage ? L.antal : L.enhed === ENHED.uger ? 7 * L.antal : plusMaaneder(start, L.antal) - start;
    if (L.medregn && rest > 0) rest -= 1;
    const bn = L.ydelse ? this.pN : 0;
    const fn = frit ? this.fN : 0;
    if (bn === 0 && fn === 0) return start + rest;
    let t = start;
    let a = 0;
    let b = 0;
    for (;;) {
      let s: number;
      let e: number;
      if (a < bn && (b >= fn || this.pFra[a]! <= this.fFra[b]!)) {
        s = this.pFra[a]!;
        e = this.pTil[a]!;
        a++;
        if (e === MAX && !medAabenPause) continue;
      } else if (b < fn) {
        s = this.fFra[b]!;
        e = this.fTil[b]!;
        b++;
      } else break;
      if (e <= t + 1) continue;
      const lo = Math.max(s, t + 1);
      const run = lo - (t + 1);
      if (run >= rest) return t + rest;
      rest -= run;
      if (e === MAX) return MAX;
      t = e - 1;
    }
    return t + rest;
  }

  private plus(d: Dag, L: KL): Dag {
    if (L.enhed === ENHED.arbejdsdage) return plusArbejdsdage(d, L.antal);
    const n = L.enhed === ENHED.dage ? L.antal : L.enhed === ENHED.uger ? 7 * L.antal : plusMaaneder(d, L.antal) - d;
    return d + (L.medregn && n > 0 ? n - 1 : n);
  }

  private matcher(h: KH, x: number): boolean {
    return (
      this.eType[x] === h.type &&
      (h.arter === 0 || (h.arter & (1 << this.eArt[x]!)) !== 0) &&
      (h.afholder < 0 || this.eAfh[x] === h.afholder) &&
      (h.minUger === 0 || this.eUger[x]! < 0 || this.eUger[x]! >= h.minUger)
    );
  }

  private triggerMatcher(k: KompileretKrav, x: number): boolean {
    return (
      (k.tArter === 0 || (k.tArter & (1 << this.eArt[x]!)) !== 0) &&
      (k.tAfholder < 0 || this.eAfh[x] === k.tAfholder) &&
      (k.tKategorier === 0 || (k.tKategorier & (1 << this.eKat[x]!)) !== 0)
    );
  }

  /** Starts an obligation instance if the requirement applies to event x; returns its index or -1. */
  private udloes(k: KompileretKrav, x: number, g: number): number {
    if ((k.grupper & gruppeBit(g)) === 0) return -1;
    const d = this.eDag[x]!;
    if (k.tEfter === null && (d < k.fra || d > k.til)) return -1;
    if (!this.triggerMatcher(k, x)) return -1;
    if (k.tMinYdelse !== null) {
      if (this.episodeStart < 0) return -1;
      const behov = this.plus(this.episodeStart, k.tMinYdelse) - this.episodeStart;
      if (this.ydelsesdage(this.episodeStart, d) < behov) return -1;
    }
    return this.nyInstans(k.nr, x, d, g, -1);
  }

  private nyInstans(kk: number, x: number, d: Dag, g: number, ekstra: number): number {
    this.sikrInstanser(this.iN + 1);
    const j = this.iN++;
    this.iKk[j] = kk;
    this.iTrig[j] = x;
    this.iDag[j] = d;
    this.iGruppe[j] = g;
    this.iSnit[j] = INGEN_SNIT;
    this.iSnitDag[j] = MAX;
    this.iAarsag[j] = 0;
    this.iEkstra[j] = ekstra;
    return j;
  }

  private snit(j: number, x: number, aarsag: number, rs: Regelsaet) {
    this.iSnit[j] = x;
    this.iSnitDag[j] = this.eDag[x]!;
    this.iAarsag[j] = aarsag;
    const spor = rs.krav[this.iKk[j]!]!.spor;
    if (this.sporAaben[spor] === j) this.sporAaben[spor] = -1;
  }

  /** Walks the events once: the benefit timeline, exemptions, and every trigger with its restarts. */
  gennemloeb(rs: Regelsaet, perTrigger: readonly KompileretKrav[][], D: Dag): void {
    const n = this.n;
    this.iN = 0;
    this.pN = 0;
    this.fN = 0;
    if (this.sporAaben.length < rs.antalSpor) {
      this.sporAaben = new Int32Array(rs.antalSpor);
      this.ventFoerste = new Uint8Array(rs.antalSpor);
    }
    this.sporAaben.fill(-1);
    this.ventFoerste.fill(0);
    let paa = false;
    let gruppe = -1;
    let ophoerIdx = -1;
    let fsIEpisode = false;
    let fsSidenOphoer = false;
    let fritFra = -1;
    this.episodeStart = -1;
    const krav = rs.krav;

    for (let x = 0; x < n; x++) {
      const t = this.eType[x]!;
      const d = this.eDag[x]!;
      const eg = this.eGruppe[x]!;
      const g0 = eg >= 0 ? eg : paa ? gruppe : this.eNaeste[x]! >= 0 ? this.eNaeste[x]! : gruppe;
      this.eEff[x] = g0;

      if (t === T_YDELSE_START) {
        const g = eg >= 0 ? eg : gruppe;
        this.eEff[x] = g;
        if (g < 0 || (paa && g === gruppe)) continue;
        const pause = !paa && ophoerIdx >= 0;
        if (pause) this.pTil[this.pN - 1] = d;
        if (pause && g === gruppe && !fsSidenOphoer) {
          paa = true; // a return to the same group: the clocks resume
          continue;
        }
        const skift = gruppe >= 0 && g !== gruppe;
        const bit = gruppeBit(g);
        for (let j = 0; j < this.iN; j++) {
          if (this.iSnit[j] !== INGEN_SNIT) continue;
          const k = krav[this.iKk[j]!]!;
          if (!k.kraeverYdelse) continue;
          let aarsag = 0;
          if ((k.grupper & bit) === 0) aarsag = A_UDENFOR;
          else if (pause && this.iTrig[j]! < ophoerIdx) aarsag = A_NYT_FORLOEB;
          else if (skift && k.genstart === 0) aarsag = A_NY_MAALGRUPPE;
          else if (skift && k.genstart === 1 && YDELSE[g] !== YDELSE[this.iGruppe[j]!]) aarsag = A_NY_YDELSE;
          if (aarsag !== 0) this.snit(j, x, aarsag, rs);
        }
        if (pause || this.episodeStart < 0) this.episodeStart = d;
        if (skift || !fsIEpisode) {
          this.forloebsstart(rs);
          fsIEpisode = true;
        }
        gruppe = g;
        paa = true;
        for (const k of perTrigger[t]!) {
          if (this.sporAaben[k.spor]! >= 0) continue;
          const j = this.udloes(k, x, g);
          if (j >= 0) this.sporAaben[k.spor] = j;
        }
        continue;
      }

      switch (t) {
        case T_YDELSE_OPHOER:
          if (paa) {
            paa = false;
            ophoerIdx = x;
            fsSidenOphoer = false;
            fsIEpisode = false;
            this.pFra[this.pN] = d;
            this.pTil[this.pN] = MAX;
            this.pN++;
            // Calendar clocks on a benefit end with it; benefit clocks pause (see fristFra).
            for (let j = 0; j < this.iN; j++) {
              if (this.iSnit[j] !== INGEN_SNIT) continue;
              const k = krav[this.iKk[j]!]!;
              if (k.kraeverYdelse && k.laengde !== null && !k.laengde.ydelse) this.snit(j, x, A_OPHOER, rs);
            }
          }
          break;
        case T_HJAELP:
        case T_LEDIGHED:
        case T_FRAVAER:
          fsSidenOphoer = true;
          fsIEpisode = true;
          this.forloebsstart(rs);
          break;
        case T_OVERDRAGELSE:
          fsIEpisode = true;
          this.forloebsstart(rs);
          break;
        case T_FRIT_START:
          if (fritFra < 0) fritFra = d;
          break;
        case T_FRIT_SLUT:
          if (fritFra >= 0) {
            this.fFra[this.fN] = fritFra;
            this.fTil[this.fN] = d;
            this.fSlut[this.fN] = x;
            this.fN++;
            fritFra = -1;
          }
          break;
        case T_AFHOLDT:
          if (perTrigger === rs.kohortePerTrigger) break;
          for (const versioner of rs.foerste) {
            const spor = versioner[0]!.spor;
            if (this.ventFoerste[spor] === 0) continue;
            // The first matching conversation ends the wait, whichever version (if any) is in force that day.
            let matchet = false;
            for (const k of versioner) {
              if (k.tType !== t || !this.triggerMatcher(k, x)) continue;
              matchet = true;
              if (this.udloes(k, x, g0) >= 0) break;
            }
            if (matchet) this.ventFoerste[spor] = 0;
          }
          break;
      }
      const liste = perTrigger[t]!;
      for (let i = 0; i < liste.length; i++) this.udloes(liste[i]!, x, g0);
    }

    if (fritFra >= 0) {
      // Exempt up to and including the evaluation day: a paused clock runs on from tomorrow.
      this.fFra[this.fN] = fritFra;
      this.fTil[this.fN] = D + 1;
      this.fSlut[this.fN] = -1;
      this.fN++;
    }
    this.aabenFritagelse = fritFra >= 0;
    this.aabenPauseFra = !paa && ophoerIdx >= 0 ? this.pFra[this.pN - 1]! : -1;
    this.gruppe = paa ? gruppe : -1;

    // The first conversation of the course is only booked: a channel requirement is upcoming.
    if (perTrigger !== rs.kohortePerTrigger) {
      for (const versioner of rs.foerste) {
        const spor = versioner[0]!.spor;
        if (this.ventFoerste[spor] === 0) continue;
        for (let b = 0; b < this.bN; b++) {
          const dag = this.bDag[b]!;
          const k = versioner.find((v) => v.fra <= dag && dag <= v.til);
          if (k?.type !== "kanal" || (k.grupper & gruppeBit(this.gruppe)) === 0) continue;
          if (k.tArter !== 0 && (k.tArter & (1 << this.bArt[b]!)) === 0) continue;
          if (k.tAfholder >= 0 && this.bAfh[b] !== k.tAfholder) continue;
          this.nyInstans(k.nr, -1, dag, this.gruppe, b);
          break;
        }
      }
    }
  }

  private forloebsstart(rs: Regelsaet) {
    for (const versioner of rs.foerste) this.ventFoerste[versioner[0]!.spor] = 1;
  }

  /** Turns the instances into obligations and proposals. */
  vurder(rs: Regelsaet, D: Dag): Evaluering {
    const forpligtelser: Forpligtelse[] = [];
    const forslag: Forslag[] = [];
    for (let j = 0; j < this.iN; j++) {
      const k = rs.krav[this.iKk[j]!]!;
      if (k.type === "forslag") forslag.push(this.vurderForslag(j, k, rs, D));
      else if (k.type === "kanal") this.vurderKanal(j, k, forpligtelser, forslag);
      else if (k.type === "frist" || k.type === "antal") this.vurderPerson(j, k, rs, D, forpligtelser, forslag);
    }
    return { forpligtelser, forslag };
  }

  private vurderPerson(
    j: number,
    k: KompileretKrav,
    rs: Regelsaet,
    D: Dag,
    ud: Forpligtelse[],
    udForslag: Forslag[],
  ): void {
    const x0 = this.iTrig[j]!;
    const tDag = this.iDag[j]!;
    const snitIdx = this.iSnit[j]!;
    const snitDag = this.iSnitDag[j]!;
    const pauseFrit = k.fritagelse === 1;
    let startDag = tDag;
    let udloest = -1;
    if (k.tEfter !== null) {
      udloest = this.fristFra(tDag, k.tEfter, pauseFrit, true);
      if (udloest > D || snitDag <= udloest || udloest < k.fra || udloest > k.til) return;
      startDag = udloest;
    }
    const L = k.laengde!;
    let frist = this.fristFra(tDag, L, pauseFrit, true);
    if (frist === MAX) frist = this.fristFra(tDag, L, pauseFrit, false);
    let fristEff = frist;

    // Scan the events that can meet it: from the trigger's day, up to a restart.
    let lo = x0;
    while (lo > 0 && this.eDag[lo - 1]! >= startDag) lo--;
    const hi = Math.min(snitIdx, this.n);
    const h = k.h!;
    let opfyldtDag = -1;
    let loen = false;
    let antal = 0;
    for (let x = lo; x < hi; x++) {
      if (x === x0 || this.eDag[x]! < startDag || !this.matcher(h, x)) continue;
      if (k.parvis && this.eBrugt[x] === 1) continue;
      if (h.kunEndelig && this.eForel[x] === 1) {
        if (k.forlaengelse !== null && this.eDag[x]! <= frist && fristEff === frist) {
          fristEff = this.plus(frist, k.forlaengelse);
        }
        continue;
      }
      if (k.type === "frist") {
        opfyldtDag = this.eDag[x]!;
        loen = (k.senereTilbud & (1 << this.eTilbud[x]!)) !== 0;
        if (k.parvis) this.eBrugt[x] = 1;
        break;
      }
      antal++;
      if (antal === k.antal) {
        opfyldtDag = this.eDag[x]!;
        break;
      }
    }

    // Met in time?
    const fristForOpfyldelse = loen && k.senereEkstra !== null ? this.plus(fristEff, k.senereEkstra) : fristEff;
    let status: ForpligtelseStatus;
    let bortfaldDag = MAX;
    let aarsag = 0;
    let fritagelseIdx = -1;
    if (opfyldtDag >= 0 && opfyldtDag <= fristForOpfyldelse) status = "opfyldt";
    else {
      // The earliest reason it ceased to apply, if any.
      if (snitIdx !== INGEN_SNIT) {
        bortfaldDag = snitDag;
        aarsag = this.iAarsag[j]!;
      }
      if (k.kraeverYdelse && this.aabenPauseFra >= tDag && this.aabenPauseFra < bortfaldDag) {
        bortfaldDag = this.aabenPauseFra;
        aarsag = A_OPHOER;
      }
      if (k.fritagelse === 2) {
        for (let f = 0; f < this.fN; f++) {
          if (this.fFra[f]! <= fristEff && fristEff < this.fTil[f]! && fristEff < bortfaldDag) {
            bortfaldDag = fristEff;
            aarsag = A_FRITAGET;
            fritagelseIdx = f;
          }
        }
      }
      if (k.bortfaldVedOphoer && k.til < D && k.til + 1 < bortfaldDag) {
        bortfaldDag = k.til + 1;
        aarsag = A_REGEL_OPHOERT;
      }
      if (opfyldtDag >= 0 && opfyldtDag < bortfaldDag) status = "opfyldt_for_sent";
      else if (bortfaldDag !== MAX) status = "bortfaldet";
      else status = fristEff >= D ? "kommende" : "forfalden";
    }

    // Forpligtelse
    const f: Forpligtelse = {
      regelId: k.regelId,
      titel: k.titel,
      henvisning: k.henvisning,
      sikkerhed: k.sikkerhed,
      trigger: { type: HAENDELSE_TYPER[this.eType[x0]!]!, dag: tDag },
      frist: fristEff,
      status,
      forklaring: "",
    };
    if (k.type === "antal") f.antal = { krav: k.antal, opnaaet: antal };
    if (status === "opfyldt" || status === "opfyldt_for_sent") f.opfyldtDag = opfyldtDag;
    if (status === "bortfaldet") f.bortfaldetDag = bortfaldDag;
    if (k.del !== undefined) f.del = k.del;
    if (udloest >= 0) f.udloestDag = udloest;
    if (k.yderligere !== undefined) f.yderligereHenvisninger = k.yderligere;
    if (k.ansvarlig !== "jobcenter") f.ansvarlig = k.ansvarlig;
    let indkaldt = -1;
    if ((status === "kommende" || status === "forfalden") && h.type === T_AFHOLDT) {
      for (let b = 0; b < this.bN; b++) {
        if (
          (h.arter === 0 || (h.arter & (1 << this.bArt[b]!)) !== 0) &&
          (h.afholder < 0 || this.bAfh[b] === h.afholder)
        ) {
          if (indkaldt < 0 || this.bDag[b]! < indkaldt) indkaldt = this.bDag[b]!;
        }
      }
      if (indkaldt >= 0) f.indkaldtDag = indkaldt;
    }

    // Explanation
    let st: string;
    switch (status) {
      case "opfyldt":
        st =
          k.type === "antal"
            ? `opfyldt – ${k.antal} af ${k.antal} ${k.taelleOrd}, den sidste den ${datoTekst(opfyldtDag)}.`
            : `opfyldt den ${datoTekst(opfyldtDag)}.`;
        break;
      case "opfyldt_for_sent":
        st = `opfyldt for sent den ${datoTekst(opfyldtDag)}, ${dage(opfyldtDag - fristEff)} efter fristen.`;
        break;
      case "kommende":
        st = `endnu ikke opfyldt; ${dage(fristEff - D)} til fristen.`;
        if (k.type === "antal") st += ` ${antal} af ${k.antal} ${k.taelleOrd} indtil nu.`;
        if (indkaldt >= 0) st += ` Der er indkaldt til samtale den ${datoTekst(indkaldt)}.`;
        if (pauseFrit && this.aabenFritagelse)
          st += " Borgeren er fritaget nu; fristen rykkes, så længe fritagelsen varer.";
        break;
      case "forfalden":
        st = `ikke opfyldt – fristen udløb for ${dage(D - fristEff)} siden.`;
        if (k.type === "antal") st += ` ${antal} af ${k.antal} ${k.taelleOrd}.`;
        if (indkaldt >= 0) st += ` Der er indkaldt til samtale den ${datoTekst(indkaldt)}.`;
        break;
      default:
        st = `bortfaldet den ${datoTekst(bortfaldDag)}, fordi ${AARSAG[aarsag]}${aarsag === A_FRITAGET && k.harAfloeser ? " (en ny frist gælder, når fritagelsen ophører)" : ""}.`;
    }
    const fristOrd = k.type === "antal" ? "vinduet slutter" : "senest";
    const ansvar =
      k.ansvarlig === "akasse" ? " Det er a-kassen, der skal handle; jobcenteret ser kravet til orientering." : "";
    f.forklaring = `${k.titel}. ${hvorfor(k, this.eType[x0]!, tDag, this.iGruppe[j]!, udloest)} Krav: ${k.tekst} – ${fristOrd} ${datoTekst(fristEff)}.${ansvar} Status: ${st} Kilde: ${k.kilde}.`;
    ud.push(f);

    if (status === "forfalden" && k.vedBrud !== null) udForslag.push(this.brudForslag(k, f));

    // A lapse because the citizen was exempt at the deadline starts the successor rule when the exemption ends.
    if (aarsag === A_FRITAGET && status === "bortfaldet" && fritagelseIdx >= 0 && this.fSlut[fritagelseIdx]! >= 0) {
      const s = this.fSlut[fritagelseIdx]!;
      for (const a of rs.afloesere) {
        if (a.tEfterBortfald !== k.regelId) continue;
        const ny = this.udloes(a, s, this.eEff[s]!);
        if (ny >= 0) this.snitEfterfoelger(ny, a, rs);
      }
    }
  }

  /**
   * A successor starts after the walk through the events, so the restarts it would have met there are found here:
   * the end of the benefit (calendar clock) or a move to a target group the rule does not cover.
   */
  private snitEfterfoelger(j: number, k: KompileretKrav, rs: Regelsaet) {
    if (!k.kraeverYdelse) return;
    for (let x = this.iTrig[j]! + 1; x < this.n; x++) {
      const t = this.eType[x];
      if (t === T_YDELSE_OPHOER && k.laengde !== null && !k.laengde.ydelse) {
        this.snit(j, x, A_OPHOER, rs);
        return;
      }
      if (t === T_YDELSE_START && this.eEff[x]! >= 0 && (k.grupper & gruppeBit(this.eEff[x]!)) === 0) {
        this.snit(j, x, A_UDENFOR, rs);
        return;
      }
    }
  }

  private vurderKanal(j: number, k: KompileretKrav, ud: Forpligtelse[], udForslag: Forslag[]): void {
    const x0 = this.iTrig[j]!;
    const tDag = this.iDag[j]!;
    const kraevet = KANAL_TEKST[k.kanal]!;
    let status: ForpligtelseStatus;
    let opfyldtDag = -1;
    let st: string;
    if (x0 < 0) {
      const b = this.iEkstra[j]!;
      const kanal = this.bKanal[b]!;
      status = "kommende";
      st = `samtalen er indkaldt til den ${datoTekst(tDag)} ${KANAL_TEKST[kanal]}.`;
      if (kanal !== k.kanal) st += ` Den skal holdes ${kraevet} – ret indkaldelsen.`;
    } else {
      const kanal = this.eKanal[x0]!;
      if (kanal === k.kanal) {
        status = "opfyldt";
        opfyldtDag = tDag;
        st = `opfyldt – samtalen den ${datoTekst(tDag)} blev holdt ${kraevet}.`;
      } else {
        for (let x = x0 + 1; x < this.n; x++) {
          if (this.matcher(k.h!, x) && this.eKanal[x] === k.kanal) {
            opfyldtDag = this.eDag[x]!;
            break;
          }
        }
        status = opfyldtDag >= 0 ? "opfyldt_for_sent" : "forfalden";
        st =
          opfyldtDag >= 0
            ? `opfyldt for sent – samtalen den ${datoTekst(tDag)} blev holdt ${KANAL_TEKST[kanal]}; den første samtale ${kraevet} var den ${datoTekst(opfyldtDag)}.`
            : `ikke opfyldt – samtalen den ${datoTekst(tDag)} blev holdt ${KANAL_TEKST[kanal]}.`;
      }
    }
    const f: Forpligtelse = {
      regelId: k.regelId,
      titel: k.titel,
      henvisning: k.henvisning,
      sikkerhed: k.sikkerhed,
      trigger: { type: x0 < 0 ? "SAMTALE_INDKALDT" : "SAMTALE_AFHOLDT", dag: tDag },
      frist: tDag,
      status,
      kanal: KANALER[k.kanal]!,
      forklaring: `${k.titel}. ${hvorfor(k, x0 < 0 ? T_INDKALDT : T_AFHOLDT, tDag, this.iGruppe[j]!, -1)} Krav: ${k.tekst}. Status: ${st} Kilde: ${k.kilde}.`,
    };
    if (opfyldtDag >= 0) f.opfyldtDag = opfyldtDag;
    if (k.del !== undefined) f.del = k.del;
    if (x0 < 0) f.indkaldtDag = tDag;
    ud.push(f);
    if (status === "forfalden" && k.vedBrud !== null) udForslag.push(this.brudForslag(k, f));
  }

  private brudForslag(k: KompileretKrav, f: Forpligtelse): Forslag {
    const p: Forslag = {
      regelId: k.regelId,
      titel: k.titel,
      henvisning: k.henvisning,
      sikkerhed: k.sikkerhed,
      trigger: f.trigger,
      forklaring: `Forslag: ${k.vedBrud} Kravet «${k.titel}» er ikke opfyldt; fristen var den ${datoTekst(f.frist)}. Kilde: ${k.kilde}.`,
      ugunstig: false,
      status: "aktuel",
    };
    if (k.del !== undefined) p.del = k.del;
    if (f.udloestDag !== undefined) p.udloestDag = f.udloestDag;
    return p;
  }

  private vurderForslag(j: number, k: KompileretKrav, rs: Regelsaet, D: Dag): Forslag {
    const x0 = this.iTrig[j]!;
    const tDag = this.iDag[j]!;
    const frist = k.laengde !== null ? this.plus(tDag, k.laengde) : -1;
    const skridt: ForslagSkridt[] = [...k.egneTrin];
    if (k.ugunstig) {
      for (const t of rs.trin) if (t.fra <= tDag && tDag <= t.til) skridt.push(...t.egneTrin);
    }
    let kontakt = -1;
    if (k.kontakt) {
      for (let x = x0 + 1; x < this.n; x++) {
        if (this.eType[x] === T_AFHOLDT) {
          kontakt = this.eDag[x]!;
          break;
        }
      }
    }
    let tekst = `Forslag (ikke en afgørelse): ${k.tekst}. ${hvorfor(k, this.eType[x0]!, tDag, this.iGruppe[j]!, -1)}`;
    if (k.kontakt) {
      tekst +=
        kontakt >= 0
          ? ` Kontakten blev genoprettet den ${datoTekst(kontakt)}.`
          : " Kontakten er endnu ikke genoprettet.";
    }
    if (frist >= 0) {
      tekst +=
        frist < D
          ? ` Fristen for at handle udløb den ${datoTekst(frist)}; forslaget kan ikke længere følges.`
          : ` Der skal handles senest den ${datoTekst(frist)}.`;
    }
    if (skridt.length > 0) {
      tekst += " Før en afgørelse må disse skridt ikke springes over:";
      for (let i = 0; i < skridt.length; i++) {
        const s = skridt[i]!;
        tekst += ` ${i + 1}) ${s.tekst} (${s.henvisning.lov} ${s.henvisning.paragraf}).`;
      }
    }
    tekst += ` Kilde: ${k.kilde}.`;
    const p: Forslag = {
      regelId: k.regelId,
      titel: k.titel,
      henvisning: k.henvisning,
      sikkerhed: k.sikkerhed,
      trigger: { type: HAENDELSE_TYPER[this.eType[x0]!]!, dag: tDag },
      forklaring: tekst,
      ugunstig: k.ugunstig,
      skridt,
      status: frist >= 0 && frist < D ? "udloebet" : "aktuel",
    };
    if (frist >= 0) p.frist = frist;
    if (k.del !== undefined) p.del = k.del;
    return p;
  }

  /** Cohort mode: every entry into a cohort and whether the member was reached within the window. */
  kohorte(rs: Regelsaet, D: Dag): KohorteMedlem[] {
    const ud: KohorteMedlem[] = [];
    for (let j = 0; j < this.iN; j++) {
      const k = rs.krav[this.iKk[j]!]!;
      if (k.type !== "kohorte") continue;
      const x0 = this.iTrig[j]!;
      const tDag = this.iDag[j]!;
      let slut = this.fristFra(tDag, k.laengde!, false, true);
      const forladt = slut === MAX || this.iSnit[j] !== INGEN_SNIT;
      if (slut === MAX) slut = this.fristFra(tDag, k.laengde!, false, false);
      const graense = Math.min(
        slut,
        D,
        this.iSnitDag[j]! - 1,
        this.aabenPauseFra >= tDag ? this.aabenPauseFra - 1 : MAX,
      );
      let lo = x0;
      while (lo > 0 && this.eDag[lo - 1]! >= tDag) lo--;
      let naaet = -1;
      let undtaget = false;
      for (let x = lo; x < this.n && this.eDag[x]! <= graense; x++) {
        if (x < this.iSnit[j]! && naaet < 0 && this.matcher(k.h!, x)) naaet = this.eDag[x]!;
        if (this.eType[x] === T_FRIT_START) undtaget = true;
      }
      const m: KohorteMedlem = {
        krav: k,
        maalgruppe: this.iGruppe[j]!,
        indtraedelse: tDag,
        vindueSlut: slut,
        udfald: naaet >= 0 ? "naaet" : undtaget ? "undtaget" : forladt ? "afgaaet" : slut >= D ? "igang" : "ikke_naaet",
      };
      if (naaet >= 0) m.naaetDag = naaet;
      ud.push(m);
    }
    return ud;
  }
}

const rum = new Arbejdsrum();

function sorteret(hs: readonly Haendelse[]): readonly Haendelse[] {
  for (let i = 1; i < hs.length; i++) {
    // Array.prototype.sort is stable: ties keep their recorded order.
    if (hs[i]!.dag < hs[i - 1]!.dag) return [...hs].sort((a, b) => a.dag - b.dag);
  }
  return hs;
}

// ---------------------------------------------------------------------------------------------------------------------
// The public functions
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Evaluates a case on a day: every obligation the rule set puts on it, with its due date, state and a plain-Danish
 * explanation, and every proposal. Pure and deterministic; `regler` defaults to the rule files of this folder.
 */
export function evaluer(forloeb: SagsForloeb, dag: Dag, regler: Regelsaet = STANDARD_REGELSAET): Evaluering {
  rum.indlaes(sorteret(forloeb.haendelser), dag);
  rum.gennemloeb(regler, regler.perTrigger, dag);
  return rum.vurder(regler, dag);
}

/** The cohort entries of one case and their outcome (kohorte.ts adds them up over a population). */
export function kohorteMedlemskaber(
  haendelser: readonly Haendelse[],
  dag: Dag,
  regler: Regelsaet = STANDARD_REGELSAET,
): KohorteMedlem[] {
  rum.indlaes(sorteret(haendelser), dag);
  rum.gennemloeb(regler, regler.kohortePerTrigger, dag);
  return rum.kohorte(regler, dag);
}

/** What the caseload needs of an evaluation: the next open obligation and the counts. */
export interface SagsOverblik {
  /** the open obligation ("kommende" or "forfalden") with the earliest due date; the jobcentre's own only */
  naeste: Forpligtelse | null;
  /** the jobcentre's overdue obligations */
  forfaldne: number;
  kommende: number;
  /** overdue obligations that someone else (the a-kasse) must meet, shown for information */
  andresForfaldne: number;
  /** proposals that can still be acted upon, and how many of them are adverse (sanctions) */
  aktuelleForslag: number;
  ugunstigeForslag: number;
}

export function overblik(ev: Evaluering): SagsOverblik {
  let naeste: Forpligtelse | null = null;
  let forfaldne = 0;
  let kommende = 0;
  let andres = 0;
  for (const f of ev.forpligtelser) {
    if (f.status !== "forfalden" && f.status !== "kommende") continue;
    if (f.ansvarlig !== undefined && f.ansvarlig !== "jobcenter") {
      if (f.status === "forfalden") andres++;
      continue;
    }
    if (f.status === "forfalden") forfaldne++;
    else kommende++;
    if (naeste === null || f.frist < naeste.frist) naeste = f;
  }
  let aktuelle = 0;
  let ugunstige = 0;
  for (const p of ev.forslag) {
    if (p.status === "udloebet") continue;
    aktuelle++;
    if (p.ugunstig) ugunstige++;
  }
  return {
    naeste,
    forfaldne,
    kommende,
    andresForfaldne: andres,
    aktuelleForslag: aktuelle,
    ugunstigeForslag: ugunstige,
  };
}

/** evaluer + overblik in one call: what one caseload row costs. */
export function sagsOverblik(forloeb: SagsForloeb, dag: Dag, regler: Regelsaet = STANDARD_REGELSAET): SagsOverblik {
  return overblik(evaluer(forloeb, dag, regler));
}

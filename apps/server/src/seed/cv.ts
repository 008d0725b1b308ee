import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { escoKontekst } from "../modules/esco/kontekst.ts";
import { dagFraIso, isoFraDag } from "../modules/regler/kalender.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

/**
 * The demo's CVs (docs/matching.md, "CV"; named ids demoId(12000..12499) in Roskilde, demoId(12500..12999) in Køge):
 * - Mette Nielsen (Roskilde, dagpenge, medium-length higher education): office work and warehouse work; goals office
 *   work and, as a change of trade, accounting assistant.
 * - Ahmad Hassan (Roskilde, grundskole): carpentry experience with nearly all of the carpenter's essential skills,
 *   available now, 37 hours, 30 km: one of the best candidates for a carpenter order in Roskilde.
 * - Jonas Berg (Køge): no CV, so the browser journey can build one from scratch.
 * - About 70 % of the generated citizens of both municipalities: an occupation of the demo taxonomy chosen from the
 *   citizen's id, most of its essential and some of its optional skills, hours, distance, availability, some job
 *   goals, about 30 % visible to neighbouring municipalities. Generated carpenters get fewer skills than Ahmad.
 * The CVs refer to whatever the ESCO tables hold when the seed runs (seed/esco.ts runs first); occupations missing
 * from the taxonomy are simply left out.
 */
const O = "http://data.europa.eu/esco/occupation/";
const S = "http://data.europa.eu/esco/skill/";
export const CV_ERHVERV = {
  lagerarbejder: `${O}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
  kontormedarbejder: `${O}6c999fc7-c6b7-4ef3-a4b9-af124a1783a2`,
  regnskabsassistent: `${O}bfe142b9-a049-4d41-89c4-fd2f34ac56b6`,
  toemrer: `${O}2a22ff9e-de3b-408d-b312-5034896cc4f4`,
  byggeleder: `${O}faed05c0-c1d1-4e34-b575-0dea96459e56`,
} as const;
/** "use cooking techniques" (the cook's; in the marketplace's slice of the taxonomy, and on none of the named CVs) */
const TILBEREDNING = `${S}f3934441-4bff-4076-9945-e6c51a01c467`;

export const DEMO_CV = {
  mette: demoId(301),
  ahmad: demoId(302),
  jonas: demoId(401),
} as const;

/** A stable UUID from a text (for the generated rows, so every seeded demo is the same). */
function uuidFra(tekst: string): string {
  const h = createHash("sha1").update(tekst).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A number 0..n-1 from a text (deterministic). */
function tal(tekst: string, n: number): number {
  return createHash("sha1").update(tekst).digest().readUInt32BE(0) % n;
}

interface Rader {
  cv: Record<string, unknown>[];
  erfaring: Record<string, unknown>[];
  uddannelse: Record<string, unknown>[];
  faerdighed: Record<string, unknown>[];
  jobmaal: Record<string, unknown>[];
}

const tomme = (): Rader => ({ cv: [], erfaring: [], uddannelse: [], faerdighed: [], jobmaal: [] });

async function indsaet(db: Kysely<DB>, kommunekode: string, r: Rader) {
  await withTenant(db, kommunekode, async (tx) => {
    const bidder = async (
      tabel: "cv" | "cv_erfaring" | "cv_uddannelse" | "cv_faerdighed" | "cv_jobmaal",
      rows: Record<string, unknown>[],
    ) => {
      for (let i = 0; i < rows.length; i += 500)
        await tx
          .insertInto(tabel)
          .values(rows.slice(i, i + 500) as never)
          .execute();
    };
    await bidder("cv", r.cv);
    await bidder("cv_erfaring", r.erfaring);
    await bidder("cv_uddannelse", r.uddannelse);
    await bidder("cv_faerdighed", r.faerdighed);
    await bidder("cv_jobmaal", r.jobmaal);
  });
}

export async function seedCv(db: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const taks = (await escoKontekst(db)).erhvervEfterUri;
  const idag = dagFraIso(today);
  const dato = (dage: number) => isoFraDag(idag + dage);
  const tid = seedNu(today, nu);
  const findes = (uri: string) => taks.has(uri);

  /* ------------------------------------------------------------------ the named citizens (Roskilde) */
  const named = tomme();
  const kk = DEMO.roskilde;
  const cv = (borgerId: string, v: Record<string, unknown>) =>
    named.cv.push({ borger_id: borgerId, kommunekode: kk, opdateret: tid, version: 1, ...v });
  const faerdigheder = (borgerId: string, uris: string[], kilde: "forslag" | "egen") => {
    for (const uri of new Set(uris))
      named.faerdighed.push({ borger_id: borgerId, kommunekode: kk, faerdighed_uri: uri, kilde, tilfoejet: tid });
  };
  const erfaring = (n: number, borgerId: string, e: Record<string, unknown>) =>
    named.erfaring.push({
      id: demoId(n),
      kommunekode: kk,
      borger_id: borgerId,
      arbejdsgiver: null,
      til: null,
      beskrivelse: null,
      idempotens: demoId(n),
      ...e,
      erhverv_uri: e.erhverv_uri && findes(e.erhverv_uri as string) ? e.erhverv_uri : null,
    });
  const uddannelse = (n: number, borgerId: string, u: Record<string, unknown>) =>
    named.uddannelse.push({
      id: demoId(n),
      kommunekode: kk,
      borger_id: borgerId,
      institution: null,
      fra: null,
      til: null,
      afsluttet: true,
      idempotens: demoId(n),
      ...u,
    });
  const jobmaal = (borgerId: string, uri: string, prioritet: number, brancheskift: boolean) => {
    if (findes(uri))
      named.jobmaal.push({ borger_id: borgerId, kommunekode: kk, erhverv_uri: uri, prioritet, brancheskift });
  };
  const skills = (uri: string) => taks.get(uri) ?? { essentielle: [], valgfrie: [] };

  // Mette: office and warehouse, a bachelor in public administration; office goal and accounting as a change
  const { mette, ahmad } = DEMO_CV;
  cv(mette, {
    timer_min: 30,
    timer_max: 37,
    max_afstand_km: 40,
    tilgaengelig_fra: null,
    koerekort: ["B"],
    certifikater: [],
    sprog: JSON.stringify([
      { sprog: "dansk", niveau: "modersmaal" },
      { sprog: "engelsk", niveau: "flydende" },
      { sprog: "tysk", niveau: "basis" },
    ]),
    om_mig:
      "Struktureret og serviceminded med erfaring fra kontor og lager. Jeg er god til systemer og til at holde styr på mange opgaver på én gang.",
    synlig: true,
    synlig_naboer: true,
  });
  erfaring(12001, mette, {
    erhverv_uri: CV_ERHVERV.kontormedarbejder,
    titel: "Kontorassistent",
    arbejdsgiver: "Roskilde Boligselskab",
    fra: "2019-02-01",
    til: "2026-06-30",
    beskrivelse: "Sagsbehandling af lejersager, journalisering, telefon og post.",
  });
  erfaring(12002, mette, {
    erhverv_uri: CV_ERHVERV.lagerarbejder,
    titel: "Lagermedarbejder",
    arbejdsgiver: "Coop Logistik, Køge",
    fra: "2014-08-01",
    til: "2018-12-31",
  });
  uddannelse(12011, mette, {
    titel: "Professionsbachelor i offentlig administration",
    institution: "Københavns Professionshøjskole",
    niveau: "mellemlang",
    fra: "2015-09-01",
    til: "2018-06-30",
  });
  uddannelse(12012, mette, { titel: "Studentereksamen (stx)", institution: "Roskilde Gymnasium", niveau: "gymnasial" });
  {
    const k = skills(CV_ERHVERV.kontormedarbejder);
    const l = skills(CV_ERHVERV.lagerarbejder);
    faerdigheder(
      mette,
      [...k.essentielle, ...k.valgfrie.slice(0, 2), ...l.essentielle.filter((_, i) => i % 2 === 0)],
      "forslag",
    );
  }
  jobmaal(mette, CV_ERHVERV.kontormedarbejder, 1, false);
  jobmaal(mette, CV_ERHVERV.regnskabsassistent, 2, true);

  // Ahmad: carpentry (a carpenter's apprentice, then a construction worker), nearly all of the carpenter's skills
  const toemrer = findes(CV_ERHVERV.toemrer)
    ? CV_ERHVERV.toemrer
    : ([...taks.values()].find((e) => e.isco === "7115")?.uri ?? CV_ERHVERV.byggeleder);
  cv(ahmad, {
    timer_min: 30,
    timer_max: 37,
    max_afstand_km: 30,
    tilgaengelig_fra: null,
    koerekort: ["B"],
    certifikater: ["Arbejdsmiljøcertifikat (stillads)"],
    sprog: JSON.stringify([
      { sprog: "arabisk", niveau: "modersmaal" },
      { sprog: "dansk", niveau: "godt" },
      { sprog: "engelsk", niveau: "godt" },
    ]),
    om_mig: "Praktisk anlagt og vant til byggepladser. Jeg vil gerne have fast arbejde som tømrer.",
    synlig: true,
    synlig_naboer: false,
  });
  erfaring(12021, ahmad, {
    erhverv_uri: toemrer,
    titel: "Tømrerlærling",
    arbejdsgiver: "Himmelev Byg ApS",
    fra: "2019-08-01",
    til: "2022-01-31",
    beskrivelse: "Forskalling, tagkonstruktioner og montage af vinduer og døre.",
  });
  erfaring(12022, ahmad, {
    erhverv_uri: toemrer,
    titel: "Tømrer",
    arbejdsgiver: "Roskilde Renovering A/S",
    fra: "2022-02-01",
    til: "2026-04-30",
  });
  uddannelse(12031, ahmad, {
    titel: "Folkeskolens afgangseksamen",
    institution: "Hedegårdsskolen",
    niveau: "grundskole",
  });
  {
    const t = skills(toemrer);
    // all of the carpenter's essential skills but the last one, and half of the optional ones
    faerdigheder(
      ahmad,
      [...t.essentielle.slice(0, Math.max(t.essentielle.length - 1, 1)), ...t.valgfrie.filter((_, i) => i % 2 === 0)],
      "forslag",
    );
  }
  jobmaal(ahmad, toemrer, 1, false);
  await indsaet(db, kk, named);

  /* ------------------------------------------------------------------ the generated citizens */
  const erhvervsliste = [...taks.values()].filter((e) => e.essentielle.length > 0);
  if (erhvervsliste.length === 0) return;
  const navngivne = new Set<string>(Object.values(DEMO_CV));
  for (const kommunekode of [DEMO.roskilde, DEMO.koege]) {
    const borgere = await db
      .selectFrom("borger")
      .select("id")
      .where("kommunekode", "=", kommunekode)
      .orderBy("id")
      .execute();
    const r = tomme();
    for (const { id } of borgere) {
      if (navngivne.has(id) || tal(`cv:${id}`, 100) >= 70) continue;
      const e = erhvervsliste[tal(`erhverv:${id}`, erhvervsliste.length)]!;
      // generated carpenters get fewer skills, so the named carpenter stays among the best for a carpenter order
      const erToemrer = e.uri === toemrer || e.isco === "7115";
      const andelEss = erToemrer ? 4 : 8;
      const ess = e.essentielle.filter((f) => tal(`${id}:${f}`, 10) < andelEss);
      const valg = e.valgfrie.filter((f) => tal(`${id}:${f}`, 10) < 3);
      const timerMax = [37, 37, 37, 30, 25, 20][tal(`timer:${id}`, 6)]!;
      const ledig = tal(`ledig:${id}`, 10);
      const aar = 1 + tal(`aar:${id}`, 8);
      const fraDag = idag - 365 * (aar + 1) - tal(`fra:${id}`, 300);
      r.cv.push({
        borger_id: id,
        kommunekode,
        timer_min: Math.max(timerMax - 10, 0),
        timer_max: timerMax,
        max_afstand_km: 10 + 5 * tal(`km:${id}`, 9),
        tilgaengelig_fra: ledig < 6 ? null : dato(7 * (ledig - 4)),
        koerekort: tal(`b:${id}`, 10) < 7 ? ["B"] : [],
        certifikater: [],
        sprog: JSON.stringify([{ sprog: "dansk", niveau: tal(`sprog:${id}`, 5) === 0 ? "godt" : "modersmaal" }]),
        om_mig: null,
        synlig: tal(`synlig:${id}`, 20) !== 0,
        synlig_naboer: tal(`naboer:${id}`, 10) < 3,
        opdateret: tid,
        version: 1,
      });
      const erfId = uuidFra(`cv_erfaring:${id}`);
      r.erfaring.push({
        id: erfId,
        kommunekode,
        borger_id: id,
        erhverv_uri: e.uri,
        titel: "Erfaring",
        arbejdsgiver: null,
        fra: isoFraDag(fraDag),
        til: isoFraDag(fraDag + 365 * aar),
        beskrivelse: null,
        idempotens: erfId,
      });
      for (const uri of [...new Set([...ess, ...valg])])
        r.faerdighed.push({ borger_id: id, kommunekode, faerdighed_uri: uri, kilde: "forslag", tilfoejet: tid });
      const maal = tal(`maal:${id}`, 10);
      if (maal < 4)
        r.jobmaal.push({ borger_id: id, kommunekode, erhverv_uri: e.uri, prioritet: 1, brancheskift: false });
      if (maal === 0) {
        const andet = erhvervsliste[tal(`skift:${id}`, erhvervsliste.length)]!;
        if (andet.uri !== e.uri)
          r.jobmaal.push({ borger_id: id, kommunekode, erhverv_uri: andet.uri, prioritet: 2, brancheskift: true });
      }
    }
    // titles: the occupation's Danish title (else English)
    const titler = new Map(
      (await db.selectFrom("esco_erhverv").select(["uri", "titel_da", "titel_en"]).execute()).map((t) => [
        t.uri,
        t.titel_da ?? t.titel_en,
      ]),
    );
    for (const e of r.erfaring) {
      const titel = titler.get(e.erhverv_uri as string) ?? "Erfaring";
      e.titel = titel.charAt(0).toUpperCase() + titel.slice(1);
    }
    await indsaet(db, kommunekode, r);
  }
}

/** The part's demo ids and valid request bodies for the access-control test (per municipality). */
export function cvEksempler(kommunekode: string, today: string) {
  const base = kommunekode === DEMO.koege ? 12500 : 12000;
  const erfaringId = demoId(base + 490);
  const uddannelseId = demoId(base + 491);
  return {
    kommunekode,
    /** the sample experience and education: the key of the sample's POST is the row's id */
    erfaringId,
    uddannelseId,
    // Mette's own basics, so a sample leaves her a candidate for the neighbouring municipality's orders (seed/job.ts)
    grundlag: {
      timerMin: 30,
      timerMax: 37,
      maxAfstandKm: 40,
      tilgaengeligFra: today,
      koerekort: ["B"],
      certifikater: ["Truckcertifikat"],
      sprog: [{ sprog: "dansk", niveau: "modersmaal" }],
      omMig: "Mødestabil og glad for fysisk arbejde.",
      synlig: true,
      synligNaboer: true,
    },
    nyErfaring: {
      erhvervUri: CV_ERHVERV.lagerarbejder,
      titel: "Lagermedarbejder",
      arbejdsgiver: "Demo ApS",
      fra: "2020-01-01",
      til: "2021-06-30",
      idempotensnoegle: erfaringId,
    },
    nyUddannelse: {
      titel: "Truckfører",
      institution: "AMU Sjælland",
      niveau: "kursus",
      fra: "2020-03-01",
      til: "2020-03-05",
      afsluttet: true,
      idempotensnoegle: uddannelseId,
    },
    nyeFaerdigheder: { uris: [TILBEREDNING], kilde: "egen" },
    fjernFaerdighed: TILBEREDNING,
    // Mette's own goals (the samples leave the demo as the other parts' samples expect it)
    jobmaal: {
      jobmaal: [
        { erhvervUri: CV_ERHVERV.kontormedarbejder, brancheskift: false, prioritet: 1 },
        { erhvervUri: CV_ERHVERV.regnskabsassistent, brancheskift: true, prioritet: 2 },
      ],
    },
    brancheskiftFra: CV_ERHVERV.kontormedarbejder,
  };
}

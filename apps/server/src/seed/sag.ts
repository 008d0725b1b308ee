import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "../platform/db/schema.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

/**
 * The demo's case files: each municipality's macro texts, and hand-written case histories for the named demo citizens
 * (so a journey can rely on them): Mette (dagpenge, a booked conversation), Ahmad (jobparat kontanthjælp since May
 * 2026: fewer jobsamtaler than LAB § 31 requires, no offer by 6 months, a missed conversation) and Jonas in Køge
 * (sygedagpenge, first follow-up overdue).
 */
const id = demoId;

/**
 * Fixed ids the access-control test and journeys use: one note, one document, one macro and one jobplan item (of the
 * municipality's first demo citizen) per municipality.
 */
export const DEMO_SAG: Record<
  string,
  { notatId: string; dokumentId: string; makroId: string; jobplanPunktId: string }
> = {
  [DEMO.roskilde]: { notatId: id(801), dokumentId: id(802), makroId: id(803), jobplanPunktId: id(804) },
  [DEMO.koege]: { notatId: id(811), dokumentId: id(812), makroId: id(813), jobplanPunktId: id(814) },
};

const MAKROER: { titel: string; kategori: string; tekst: string }[] = [
  {
    titel: "Referat af jobsamtale",
    kategori: "samtale",
    tekst: [
      "Jobsamtale med {{navn}} ({{maalgruppe}}) den {{dato}}.",
      "",
      "Formål med samtalen: ",
      "Borgerens jobmål og ønsker: ",
      "Jobsøgning siden sidst: ",
      "Aftaler: ",
      "",
      "Næste samtale: {{naeste_samtale}}.",
      "Åbne frister: {{frister}}.",
      "",
      "{{sagsbehandler}}, {{jobcenter}}",
    ].join("\n"),
  },
  {
    titel: "Udeblivelse fra samtale",
    kategori: "samtale",
    tekst: [
      "{{fornavn}} udeblev fra samtalen den {{dato}} uden at melde afbud.",
      "Jeg har forsøgt at kontakte {{fornavn}} på telefon uden at få svar.",
      "Der er ikke truffet afgørelse. Inden en eventuel vurdering af rådighed skal borgeren partshøres",
      "(forvaltningslovens § 19), og det skal fremgå, at borgeren forud er vejledt skriftligt om konsekvenserne.",
      "",
      "{{sagsbehandler}}",
    ].join("\n"),
  },
  {
    titel: "Telefonnotat",
    kategori: "telefon",
    tekst:
      "Telefonsamtale med {{navn}} den {{dato}}.\n\nHenvendelsen drejede sig om: \n\nAftalt: \n\n{{sagsbehandler}}",
  },
  {
    titel: "Modtaget lægeerklæring",
    kategori: "helbred",
    tekst: [
      "Lægeerklæring vedrørende {{navn}} modtaget den {{dato}} og lagt på sagen som helbredsdokument.",
      "Erklæringens konklusion i hovedtræk: ",
      "Betydning for jobplanen: ",
      "",
      "{{sagsbehandler}}",
    ].join("\n"),
  },
  {
    titel: "Partshøring sendt",
    kategori: "sanktion",
    tekst: [
      "Partshøring sendt til {{navn}} den {{dato}} med svarfrist på 7 dage.",
      "Partshøringen omfatter de oplysninger, en afgørelse vil bygge på, og vejledning om retten til at udtale sig.",
      "",
      "{{sagsbehandler}}",
    ].join("\n"),
  },
];

type Haendelse = {
  type: string;
  dato: string;
  maalgruppe?: string;
  kanal?: "fremmoede" | "telefon" | "video";
  art?: string;
  uger?: number;
  kategori?: number;
  afholder?: "akasse";
  beskrivelse: string;
};

interface NamedCase {
  borgerId: string;
  kommunekode: string;
  forfatter: { id: string; navn: string };
  haendelser: Haendelse[];
  plan: { id?: string; art: "maal" | "aktivitet"; titel: string; status: string; aftalt: boolean; start?: string }[];
  notater: { id?: string; dato: string; kategori: string; emne: string; tekst: string }[];
  dokumenter: { id?: string; dato: string; titel: string; kategori: string; helbred: boolean; tekst: string }[];
}

function namedCases(): NamedCase[] {
  const lone = { id: id(101), navn: "Lone Sørensen" };
  const sara = { id: id(201), navn: "Sara Lund" };
  return [
    {
      borgerId: id(301),
      kommunekode: DEMO.roskilde,
      forfatter: lone,
      haendelser: [
        { type: "LEDIGHED_START", dato: "2026-08-03", beskrivelse: "Første ledighedsdag" },
        {
          type: "YDELSE_START",
          dato: "2026-08-03",
          maalgruppe: "DAGPENGE",
          beskrivelse: "Dagpenge fra a-kassen (målgruppe 1)",
        },
        ...["2026-08-20", "2026-09-24", "2026-10-22"].map((dato) => ({
          type: "SAMTALE_AFHOLDT",
          dato,
          kanal: "telefon" as const,
          art: "jobsamtale",
          afholder: "akasse" as const,
          beskrivelse: "Samtale i a-kassen",
        })),
        {
          type: "OVERDRAGELSE",
          dato: "2026-11-03",
          beskrivelse: "A-kassen har overdraget sagen til jobcentret efter 3 måneder",
        },
        {
          type: "SAMTALE_AFHOLDT",
          dato: "2026-11-10",
          kanal: "fremmoede",
          art: "jobsamtale",
          beskrivelse: "Første jobsamtale i jobcentret, personligt fremmøde",
        },
        { type: "PLAN_OFFENTLIGGJORT", dato: "2026-11-11", beskrivelse: "Min plan offentliggjort for borgeren" },
      ],
      plan: [
        { id: id(804), art: "maal", titel: "Job som projektleder i byggebranchen", status: "i_gang", aftalt: true },
        { art: "aktivitet", titel: "Søg mindst 2 relevante stillinger om ugen", status: "i_gang", aftalt: true },
        { art: "aktivitet", titel: "Opdater CV på Jobnet", status: "afventer_borger", aftalt: true },
      ],
      notater: [
        {
          id: id(801),
          dato: "2026-11-10",
          kategori: "samtale",
          emne: "Første jobsamtale",
          tekst:
            "Første jobsamtale med Mette ved personligt fremmøde. Mette er uddannet bygningskonstruktør og søger job som projektleder. Vi aftalte, at hun opdaterer sit CV og søger mindst to stillinger om ugen.",
        },
      ],
      dokumenter: [
        {
          id: id(802),
          dato: "2026-11-12",
          titel: "CV – Mette Nielsen",
          kategori: "cv",
          helbred: false,
          tekst:
            "Mette Nielsen. Bygningskonstruktør med 8 års erfaring som byggeleder og projektleder. Kompetencer: projektstyring, tilbudsgivning, AutoCAD.",
        },
      ],
    },
    {
      borgerId: id(302),
      kommunekode: DEMO.roskilde,
      forfatter: lone,
      haendelser: [
        { type: "HJAELP_ANMODNING", dato: "2026-05-11", beskrivelse: "Første henvendelse om hjælp (kontanthjælp)" },
        {
          type: "SAMTALE_AFHOLDT",
          dato: "2026-05-15",
          kanal: "fremmoede",
          art: "jobsamtale",
          beskrivelse: "Første jobsamtale, personligt fremmøde",
        },
        {
          type: "YDELSE_START",
          dato: "2026-05-18",
          maalgruppe: "KONTANTHJAELP_JOBPARAT",
          beskrivelse: "Kontanthjælp, jobparat (målgruppe 2)",
        },
        {
          type: "SAMTALE_AFHOLDT",
          dato: "2026-06-22",
          kanal: "telefon",
          art: "jobsamtale",
          beskrivelse: "Jobsamtale pr. telefon",
        },
        {
          type: "SAMTALE_UDEBLEVET",
          dato: "2026-08-20",
          kanal: "fremmoede",
          art: "jobsamtale",
          beskrivelse: "Udeblev fra jobsamtale",
        },
      ],
      plan: [
        { art: "maal", titel: "Job som lagermedarbejder", status: "i_gang", aftalt: true },
        { art: "aktivitet", titel: "Truckcertifikat (kursus)", status: "afventer_jobcenter", aftalt: false },
      ],
      notater: [
        {
          dato: "2026-05-15",
          kategori: "samtale",
          emne: "Første jobsamtale",
          tekst:
            "Ahmad mødte op til første jobsamtale. Han har arbejdet på lager og ønsker job som lagermedarbejder. Han nævnte, at han har haft ondt i ryggen i perioder.",
        },
        {
          dato: "2026-08-20",
          kategori: "samtale",
          emne: "Udeblevet fra samtale",
          tekst:
            "Ahmad udeblev fra samtalen i dag uden at melde afbud. Jeg har forsøgt at ringe to gange uden svar. Der er ikke truffet afgørelse; partshøring forberedes.",
        },
      ],
      dokumenter: [],
    },
    {
      borgerId: id(401),
      kommunekode: DEMO.koege,
      forfatter: sara,
      haendelser: [
        { type: "FRAVAER_START", dato: "2026-09-21", kategori: 2, beskrivelse: "Første fraværsdag (sygemeldt)" },
        {
          type: "YDELSE_START",
          dato: "2026-10-05",
          maalgruppe: "SYGEDAGPENGE",
          beskrivelse: "Sygedagpenge fra kommunen (målgruppe 6)",
        },
      ],
      plan: [
        { id: id(814), art: "maal", titel: "Tilbage i arbejde efter sygemeldingen", status: "i_gang", aftalt: false },
      ],
      notater: [
        {
          id: id(811),
          dato: "2026-10-06",
          kategori: "helbred",
          emne: "Sygemelding modtaget",
          tekst: "Jonas er sygemeldt med en knæskade efter en arbejdsulykke. Lægeerklæring er bestilt.",
        },
      ],
      dokumenter: [
        {
          id: id(812),
          dato: "2026-10-20",
          titel: "Lægeerklæring LÆ 285",
          kategori: "laegeerklaering",
          helbred: true,
          tekst: "Patienten har en meniskskade i venstre knæ. Forventet varighed af uarbejdsdygtighed: 8-12 uger.",
        },
      ],
    },
  ];
}

export async function seedSag(tx: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const now = seedNu(today, nu);
  let n = 0;
  for (const kommunekode of [DEMO.roskilde, DEMO.koege]) {
    await tx
      .insertInto("makrotekst")
      .values(
        MAKROER.map((m, i) => ({
          id: i === 0 ? DEMO_SAG[kommunekode]!.makroId : id(Number(kommunekode) * 100 + 10_000 + i),
          kommunekode,
          ...m,
        })),
      )
      .execute();
  }
  for (const c of namedCases()) {
    const base = { kommunekode: c.kommunekode, borger_id: c.borgerId };
    await tx
      .insertInto("sag_haendelse")
      .values(
        c.haendelser.map((h) => ({
          ...base,
          id: id(20_000 + n++),
          type: h.type,
          dato: h.dato,
          maalgruppe: h.maalgruppe ?? null,
          kanal: h.kanal ?? null,
          art: h.art ?? null,
          uger: h.uger ?? null,
          kategori: h.kategori ?? null,
          afholder: h.afholder ?? null,
          beskrivelse: h.beskrivelse,
          registreret: now,
          registreret_af: c.forfatter.id,
        })),
      )
      .execute();
    if (c.plan.length)
      await tx
        .insertInto("jobplan_punkt")
        .values(
          c.plan.map((p) => {
            // the counter moves for every row, so a fixed id leaves the other generated ids as they were
            const generated = id(20_000 + n++);
            return {
              ...base,
              id: p.id ?? generated,
              art: p.art,
              titel: p.titel,
              beskrivelse: null,
              status: p.status as "i_gang",
              aftalt_med_borger: p.aftalt,
              start: p.start ?? null,
              slut: null,
              opdateret: now,
            };
          }),
        )
        .execute();
    for (const note of c.notater) {
      await tx
        .insertInto("notat")
        .values({
          ...base,
          id: note.id ?? id(20_000 + n++),
          dato: note.dato,
          kategori: note.kategori,
          emne: note.emne,
          tekst: note.tekst,
          forfatter_id: c.forfatter.id,
          forfatter_navn: c.forfatter.navn,
          oprettet: new Date(`${note.dato}T13:00:00Z`),
          makro_id: null,
          retter_id: null,
          idempotens: null,
        })
        .execute();
    }
    for (const d of c.dokumenter) {
      const bytes = Buffer.from(d.tekst, "utf8");
      await tx
        .insertInto("dokument")
        .values({
          ...base,
          id: d.id ?? id(20_000 + n++),
          dato: d.dato,
          titel: d.titel,
          kategori: d.kategori,
          helbred: d.helbred,
          filnavn: `${d.titel.replace(/[^\wæøåÆØÅ]+/g, "-")}.txt`,
          mimetype: "text/plain",
          stoerrelse: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          indhold: bytes,
          tekst: d.tekst,
          uploadet: new Date(`${d.dato}T13:00:00Z`),
          uploadet_af: c.forfatter.id,
          uploadet_af_navn: c.forfatter.navn,
          idempotens: null,
        })
        .execute();
    }
  }
}

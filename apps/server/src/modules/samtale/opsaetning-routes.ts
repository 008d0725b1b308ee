/**
 * The administrator sets up conversations: the municipality's meeting types, its rooms, the caseworkers' weekly
 * opening windows and absences, and the municipality's own closed days (the public holidays are computed, shown
 * read-only). Every query runs in the administrator's municipality (row-level security); an id of another
 * municipality is not found, and nothing of theirs is read or changed.
 *
 * Decisions:
 *  - creating a meeting type, a room or an absence is idempotent by the id the client makes once per form: a retry
 *    answers the row already saved. An id already used by another row (or another municipality) is refused;
 *  - a municipality has at most one meeting type per code (jobsamtale, opfoelgning, faelles, sygeopfoelgning); a
 *    second is refused as a validation error on `body.kode` (400), since the error catalogue has no conflict code
 *    for it;
 *  - the weekly windows are replaced as a whole, in one transaction: the windows still in force today or later are
 *    the ones shown and replaced; windows that ended before today are kept as history and never shown again;
 *  - deleting an absence or a closed day is idempotent: 204 whether or not there was one. An id or a date of another
 *    municipality is indistinguishable from one that does not exist, so it answers 204 too and touches nothing;
 *  - a closed day that is already a public holiday (or one of the days public offices close) is refused.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { z } from "zod";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError, type Lang } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishDate, startOfCopenhagenDay } from "../../platform/time.ts";
import { dagFraIso, fridage, isoFraDag, UGEDAGE } from "../regler/kalender.ts";
import { KANALER, MOEDETYPE_KODER, type MoedetypeKode } from "./model.ts";
import { AKTIVE, moedetyper, tidsrum } from "./store.ts";

const ADMIN = ["admin"] as const;
const SAGSBEHANDLERROLLER = ["jobkonsulent", "virksomhedskonsulent"] as const;

/** The kind of conversation each meeting type is, as the rules engine counts it. */
export const ART_FOR_KODE: Record<MoedetypeKode, "jobsamtale" | "opfoelgning" | "faelles"> = {
  jobsamtale: "jobsamtale",
  opfoelgning: "opfoelgning",
  faelles: "faelles",
  sygeopfoelgning: "opfoelgning",
};

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

const tekst = (lang: Lang, da: string, en: string) => (lang === "en" ? en : da);
type FeltFejl = { path: string; message: string };

// ---- time of day -------------------------------------------------------------------------------------------------

const KLOKKESLAET = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** "08:30" → 510; "24:00" → 1440. */
export function minutterFraKlokkeslaet(hhmm: string): number {
  if (hhmm === "24:00") return 1440;
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** 510 → "08:30"; 1440 → "24:00". */
export function klokkeslaetFraMinutter(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

// ---- dates and instants ------------------------------------------------------------------------------------------

/** Local midnight in Copenhagen at the start of an ISO date. */
const midnatKoebenhavn = (iso: string) => startOfCopenhagenDay(new Date(`${iso}T12:00:00Z`));

const ErDato = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The start of an absence: an instant as given, or a date as the start of that day in Danish time. The end: an
 * instant as given, or a date as the end of that whole day (the next local midnight), so "1 to 3 December" covers
 * three whole days.
 */
export function fravaerPeriode(fra: string, til: string): { fra: Date; til: Date } {
  return {
    fra: ErDato.test(fra) ? midnatKoebenhavn(fra) : new Date(fra),
    til: ErDato.test(til) ? midnatKoebenhavn(isoFraDag(dagFraIso(til) + 1)) : new Date(til),
  };
}

// ---- schemas -----------------------------------------------------------------------------------------------------

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove control characters
const utenKontroltegn = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, "");
const Navn = (max: number) => z.string().transform(utenKontroltegn).pipe(z.string().trim().min(1).max(max));
const Kode = z.enum(MOEDETYPE_KODER);
const Kanaler = z
  .array(z.enum(KANALER))
  .min(1, { message: "Vælg mindst én kanal." })
  // duplicates dropped, in the catalogue's order; the pipe keeps the schema describable in OpenAPI
  .transform((k) => KANALER.filter((x) => k.includes(x)))
  .pipe(z.array(z.enum(KANALER)));
const femMinutter = { message: "Skal gå op i 5 minutter." };

const MoedetypeFelter = {
  navn: Navn(100),
  varighedMin: z.number().int().min(10).max(240).multipleOf(5, femMinutter),
  bufferMin: z.number().int().min(0).max(120).multipleOf(5, femMinutter),
  minVarselTimer: z.number().int().min(0).max(720),
  bookingvindueDage: z.number().int().min(1).max(365),
  aendringVarselTimer: z.number().int().min(0).max(720),
  kanaler: Kanaler,
  minDeltagere: z.number().int().min(1).max(20),
  aktiv: z.boolean(),
};

const LokaleFelter = {
  navn: Navn(100),
  adresse: Navn(200),
  kapacitet: z.number().int().min(1).max(100),
  aktiv: z.boolean(),
};

const Klokkeslaet = z.string().regex(KLOKKESLAET, { message: "Skriv tiden som TT:MM, fx 08:30." });
const IsoDato = z.iso.date();
const Tidspunkt = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: "Skriv en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt.",
});

const VindueInput = z.object({
  ugedag: z.number().int().min(1).max(7),
  fra: Klokkeslaet,
  til: Klokkeslaet,
  gyldigFra: IsoDato.optional(),
  gyldigTil: IsoDato.nullable().optional(),
});
type VindueInput = z.infer<typeof VindueInput>;

// ---- answers -----------------------------------------------------------------------------------------------------

type MoedetypeRaekke = {
  id: string;
  kode: MoedetypeKode;
  art: string;
  navn: string;
  varighed_min: number;
  buffer_min: number;
  min_varsel_timer: number;
  bookingvindue_dage: number;
  aendring_varsel_timer: number;
  kanaler: string[];
  min_deltagere: number;
  aktiv: boolean;
};

/** Channels in the catalogue's order (PGlite and node-postgres both give text[] as an array). */
const iKatalogorden = (kanaler: readonly string[]) => KANALER.filter((k) => kanaler.includes(k));

const moedetypeUd = (r: MoedetypeRaekke) => ({
  id: r.id,
  kode: r.kode,
  art: r.art,
  navn: r.navn,
  varighedMin: r.varighed_min,
  bufferMin: r.buffer_min,
  minVarselTimer: r.min_varsel_timer,
  bookingvindueDage: r.bookingvindue_dage,
  aendringVarselTimer: r.aendring_varsel_timer,
  kanaler: iKatalogorden(r.kanaler),
  minDeltagere: r.min_deltagere,
  aktiv: r.aktiv,
});

const vindueUd = (r: {
  id: string;
  ugedag: number;
  fra_min: number;
  til_min: number;
  gyldig_fra: string | Date;
  gyldig_til: string | Date | null;
}) => ({
  id: r.id,
  ugedag: r.ugedag,
  fra: klokkeslaetFraMinutter(r.fra_min),
  til: klokkeslaetFraMinutter(r.til_min),
  gyldigFra: datoTekst(r.gyldig_fra),
  gyldigTil: r.gyldig_til === null ? null : datoTekst(r.gyldig_til),
});

/** A date column as yyyy-mm-dd, whether the driver gives a string or a Date (at UTC midnight). */
function datoTekst(v: string | Date): string {
  return typeof v === "string" ? v.slice(0, 10) : v.toISOString().slice(0, 10);
}

const fravaerUd = (r: {
  id: string;
  medarbejder_id: string;
  fra: Date | string;
  til: Date | string;
  aarsag: string;
}) => ({
  id: r.id,
  medarbejderId: r.medarbejder_id,
  fra: new Date(r.fra).toISOString(),
  til: new Date(r.til).toISOString(),
  aarsag: r.aarsag,
});

// ---- queries -----------------------------------------------------------------------------------------------------

const moedetypeKolonner = [
  "id",
  "kode",
  "art",
  "navn",
  "varighed_min",
  "buffer_min",
  "min_varsel_timer",
  "bookingvindue_dage",
  "aendring_varsel_timer",
  "kanaler",
  "min_deltagere",
  "aktiv",
] as const;

const moedetypeMedId = (tx: Tx, id: string) =>
  tx.selectFrom("moedetype").select(moedetypeKolonner).where("id", "=", id).executeTakeFirst();

const lokaleMedId = (tx: Tx, id: string) =>
  tx
    .selectFrom("lokale")
    .select(["id", "navn", "adresse", "kapacitet", "aktiv"])
    .where("id", "=", id)
    .executeTakeFirst();

/** A caseworker of the municipality (an active jobkonsulent or virksomhedskonsulent), or 404. */
async function sagsbehandler(tx: Tx, id: string) {
  const u = await tx
    .selectFrom("bruger")
    .select(["id", "navn"])
    .where("id", "=", id)
    .where("rolle", "in", [...SAGSBEHANDLERROLLER])
    .where("aktiv", "=", true)
    .executeTakeFirst();
  if (!u) throw new AppError("NOT_FOUND");
  return u;
}

function vinduerQuery(tx: Tx, idag: string) {
  return tx
    .selectFrom("aabningsvindue")
    .select(["id", "medarbejder_id", "ugedag", "fra_min", "til_min", "gyldig_fra", "gyldig_til"])
    .where((eb) => eb.or([eb("gyldig_til", "is", null), eb("gyldig_til", ">=", idag)]))
    .orderBy("ugedag")
    .orderBy("fra_min")
    .orderBy("gyldig_fra");
}

function fravaerQuery(tx: Tx) {
  return tx
    .selectFrom("fravaer")
    .select([
      "id",
      "medarbejder_id",
      "aarsag",
      sql<Date>`lower(periode)`.as("fra"),
      sql<Date>`upper(periode)`.as("til"),
    ]);
}

/** How many active bookings a caseworker has in a period (an absence added over them needs them moved). */
async function samtalerIPerioden(tx: Tx, medarbejderId: string, fra: Date, til: Date): Promise<number> {
  const r = await tx
    .selectFrom("samtale")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("medarbejder_id", "=", medarbejderId)
    .where("status", "in", [...AKTIVE])
    .where(sql<boolean>`tid && ${tidsrum(fra, til)}`)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

// ---- the checks a form's fields need beyond their shape ----------------------------------------------------------

/** Refuses windows that end before they start, miss the 5-minute steps, or overlap another on the same weekday. */
export function vindueFejl(vinduer: readonly VindueInput[], idag: string, lang: Lang): FeltFejl[] {
  const fejl: FeltFejl[] = [];
  const norm = vinduer.map((v) => ({
    ugedag: v.ugedag,
    fra: minutterFraKlokkeslaet(v.fra),
    til: minutterFraKlokkeslaet(v.til),
    gyldigFra: v.gyldigFra ?? idag,
    gyldigTil: v.gyldigTil ?? null,
  }));
  norm.forEach((v, i) => {
    const p = `body.vinduer.${i}`;
    if (v.fra % 5 !== 0)
      fejl.push({
        path: `${p}.fra`,
        message: tekst(lang, "Starttiden skal gå op i 5 minutter.", "The start time must be in steps of 5 minutes."),
      });
    if (v.til % 5 !== 0)
      fejl.push({
        path: `${p}.til`,
        message: tekst(lang, "Sluttiden skal gå op i 5 minutter.", "The end time must be in steps of 5 minutes."),
      });
    if (v.til <= v.fra)
      fejl.push({
        path: `${p}.til`,
        message: tekst(lang, "Sluttiden skal ligge efter starttiden.", "The end time must be after the start time."),
      });
    if (v.gyldigTil !== null && v.gyldigTil < v.gyldigFra)
      fejl.push({
        path: `${p}.gyldigTil`,
        message: tekst(
          lang,
          "Slutdatoen må ikke ligge før startdatoen.",
          "The end date must not be before the start date.",
        ),
      });
    else if (v.gyldigTil !== null && v.gyldigTil < idag)
      fejl.push({
        path: `${p}.gyldigTil`,
        message: tekst(lang, "Slutdatoen må ikke ligge før i dag.", "The end date must not be before today."),
      });
  });
  norm.forEach((b, j) => {
    if (b.til <= b.fra) return;
    const a = norm
      .slice(0, j)
      .find(
        (a) =>
          a.ugedag === b.ugedag &&
          a.til > a.fra &&
          a.fra < b.til &&
          b.fra < a.til &&
          a.gyldigFra <= (b.gyldigTil ?? "9999-12-31") &&
          b.gyldigFra <= (a.gyldigTil ?? "9999-12-31"),
      );
    if (!a) return;
    const tid = `${klokkeslaetFraMinutter(a.fra)}–${klokkeslaetFraMinutter(a.til)}`;
    fejl.push({
      path: `body.vinduer.${j}.fra`,
      message: tekst(
        lang,
        `Tidsrummet overlapper et andet åbningsvindue om ${UGEDAGE[b.ugedag - 1]}en (${tid}).`,
        `The time overlaps another opening window on ${WEEKDAYS[b.ugedag - 1]} (${tid}).`,
      ),
    });
  });
  return fejl;
}

/** The public holidays and the days public offices close, of this year and next (shown read-only). */
export function helligdageFor(idag: string) {
  const aar = Number(idag.slice(0, 4));
  return [...fridage(aar), ...fridage(aar + 1)].map((f) => ({
    dato: isoFraDag(f.dag),
    navn: f.navn,
    helligdag: f.helligdag,
  }));
}

const idag = (ctx: RouteContext) => danishDate(ctx.clock.now());

// ---- samples for the access-control test -------------------------------------------------------------------------

/**
 * Fixed ids for the access-control test's calls: created by the POST samples the first time and answered again
 * after that (idempotent), so every call keeps answering 2xx. The variant digit (a) keeps them apart from the demo
 * seed's ids.
 */
const adgangstestId = (kommunekode: string, n: number) =>
  `00000000-0000-4000-a000-${String(n).padStart(8, "0")}${kommunekode}`;

// ---- routes ------------------------------------------------------------------------------------------------------

/** The administrator's set-up of conversations. */
export function opsaetningRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/admin/samtaler/opsaetning",
      summary:
        "Opsætning af samtaler: mødetyper, lokaler, sagsbehandlernes ugentlige åbningsvinduer og fravær, kommunens lukkedage og årets og næste års helligdage",
      allow: ADMIN,
      scope: "kommune",
      handler: async (_input, ctx) => {
        const dag = idag(ctx);
        const nu = startOfCopenhagenDay(ctx.clock.now());
        return ctx.tenant(async (tx) => {
          const [typer, lokaler, brugere, vinduer, fravaer, lukkedage] = await Promise.all([
            moedetyper(tx, false),
            tx.selectFrom("lokale").select(["id", "navn", "adresse", "kapacitet", "aktiv"]).orderBy("navn").execute(),
            tx
              .selectFrom("bruger")
              .select(["id", "navn", "rolle", "team"])
              .where("rolle", "in", [...SAGSBEHANDLERROLLER])
              .where("aktiv", "=", true)
              .orderBy("navn")
              .orderBy("id")
              .execute(),
            vinduerQuery(tx, dag).execute(),
            fravaerQuery(tx)
              .where(sql<boolean>`upper(periode) > ${nu.toISOString()}::timestamptz`)
              .orderBy(sql`lower(periode)`)
              .execute(),
            tx
              .selectFrom("lukkedag")
              .select(["dato", "navn"])
              .where("dato", ">=", `${dag.slice(0, 4)}-01-01`)
              .orderBy("dato")
              .execute(),
          ]);
          return {
            idag: dag,
            moedetyper: typer.map((m) => ({ ...m, kanaler: iKatalogorden(m.kanaler) })),
            lokaler,
            medarbejdere: brugere.map((b) => ({
              id: b.id,
              navn: b.navn,
              rolle: b.rolle,
              team: b.team,
              vinduer: vinduer.filter((v) => v.medarbejder_id === b.id).map(vindueUd),
              fravaer: fravaer.filter((f) => f.medarbejder_id === b.id).map(fravaerUd),
            })),
            lukkedage: lukkedage.map((l) => ({ dato: datoTekst(l.dato), navn: l.navn })),
            helligdage: helligdageFor(dag),
          };
        });
      },
    }),

    defineRoute({
      method: "POST",
      url: "/api/admin/samtaler/moedetyper",
      summary:
        "Opret en mødetype (én pr. kode i kommunen). Idempotent: id'et laves af klienten, og et gentaget kald svarer den gemte",
      allow: ADMIN,
      scope: "kommune",
      status: 201,
      body: z.object({
        id: z.uuid(),
        kode: Kode,
        navn: MoedetypeFelter.navn,
        varighedMin: MoedetypeFelter.varighedMin,
        bufferMin: MoedetypeFelter.bufferMin.default(0),
        minVarselTimer: MoedetypeFelter.minVarselTimer.default(24),
        bookingvindueDage: MoedetypeFelter.bookingvindueDage.default(56),
        aendringVarselTimer: MoedetypeFelter.aendringVarselTimer.default(24),
        kanaler: MoedetypeFelter.kanaler,
        minDeltagere: MoedetypeFelter.minDeltagere.default(2),
        aktiv: MoedetypeFelter.aktiv.default(true),
      }),
      // the id of the municipality's demo meeting type: a retry of its creation, answered with the row as it is
      sample: (f) => ({
        own: {
          body: {
            id: f.own.moedetypeId,
            kode: "jobsamtale",
            navn: "Jobsamtale",
            varighedMin: 45,
            kanaler: ["fremmoede", "telefon", "video"],
          },
        },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const foer = await moedetypeMedId(tx, body.id);
          if (foer) return moedetypeUd(foer);
          const ny = await tx
            .insertInto("moedetype")
            .values({
              id: body.id,
              kommunekode: ctx.user.kommunekode,
              kode: body.kode,
              art: ART_FOR_KODE[body.kode],
              navn: body.navn,
              varighed_min: body.varighedMin,
              buffer_min: body.bufferMin,
              min_varsel_timer: body.minVarselTimer,
              bookingvindue_dage: body.bookingvindueDage,
              aendring_varsel_timer: body.aendringVarselTimer,
              kanaler: body.kanaler,
              min_deltagere: body.minDeltagere,
              aktiv: body.aktiv,
            })
            // either the id or the code is taken: decided below, without an error that would end the transaction
            .onConflict((oc) => oc.doNothing())
            .returning(moedetypeKolonner)
            .executeTakeFirst();
          if (ny) return moedetypeUd(ny);
          const samme = await moedetypeMedId(tx, body.id);
          if (samme) return moedetypeUd(samme);
          const kodeFindes = await tx
            .selectFrom("moedetype")
            .select("navn")
            .where("kode", "=", body.kode)
            .executeTakeFirst();
          throw new AppError("VALIDATION_FAILED", [
            kodeFindes
              ? {
                  path: "body.kode",
                  message: tekst(
                    ctx.lang,
                    `Kommunen har allerede mødetypen "${kodeFindes.navn}". Ret den i stedet for at oprette en ny.`,
                    `The municipality already has the meeting type "${kodeFindes.navn}". Change it instead of creating a new one.`,
                  ),
                }
              : { path: "body.id", message: tekst(ctx.lang, "Id'et er allerede brugt.", "The id is already in use.") },
          ]);
        }),
    }),

    defineRoute({
      method: "PUT",
      url: "/api/admin/samtaler/moedetyper/:id",
      summary:
        "Ret en mødetype: navn, varighed, buffer, varsel, bookingvindue, varsel for ændring, kanaler, mindste antal deltagere, aktiv. Felter, der udelades, er uændrede",
      allow: ADMIN,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({
        navn: MoedetypeFelter.navn.optional(),
        varighedMin: MoedetypeFelter.varighedMin.optional(),
        bufferMin: MoedetypeFelter.bufferMin.optional(),
        minVarselTimer: MoedetypeFelter.minVarselTimer.optional(),
        bookingvindueDage: MoedetypeFelter.bookingvindueDage.optional(),
        aendringVarselTimer: MoedetypeFelter.aendringVarselTimer.optional(),
        kanaler: MoedetypeFelter.kanaler.optional(),
        minDeltagere: MoedetypeFelter.minDeltagere.optional(),
        aktiv: MoedetypeFelter.aktiv.optional(),
      }),
      // an empty change answers the meeting type as it is
      sample: (f) => ({
        own: { params: { id: f.own.moedetypeId }, body: {} },
        foreign: { params: { id: f.foreign.moedetypeId }, body: {} },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const aendring = {
            ...(body.navn !== undefined ? { navn: body.navn } : {}),
            ...(body.varighedMin !== undefined ? { varighed_min: body.varighedMin } : {}),
            ...(body.bufferMin !== undefined ? { buffer_min: body.bufferMin } : {}),
            ...(body.minVarselTimer !== undefined ? { min_varsel_timer: body.minVarselTimer } : {}),
            ...(body.bookingvindueDage !== undefined ? { bookingvindue_dage: body.bookingvindueDage } : {}),
            ...(body.aendringVarselTimer !== undefined ? { aendring_varsel_timer: body.aendringVarselTimer } : {}),
            ...(body.kanaler !== undefined ? { kanaler: body.kanaler } : {}),
            ...(body.minDeltagere !== undefined ? { min_deltagere: body.minDeltagere } : {}),
            ...(body.aktiv !== undefined ? { aktiv: body.aktiv } : {}),
          };
          const r =
            Object.keys(aendring).length === 0
              ? await moedetypeMedId(tx, params.id)
              : await tx
                  .updateTable("moedetype")
                  .set(aendring)
                  .where("id", "=", params.id)
                  .returning(moedetypeKolonner)
                  .executeTakeFirst();
          if (!r) throw new AppError("NOT_FOUND");
          return moedetypeUd(r);
        }),
    }),

    defineRoute({
      method: "POST",
      url: "/api/admin/samtaler/lokaler",
      summary: "Opret et mødelokale (navn, adresse, kapacitet). Idempotent: id'et laves af klienten",
      allow: ADMIN,
      scope: "kommune",
      status: 201,
      body: z.object({
        id: z.uuid(),
        navn: LokaleFelter.navn,
        adresse: LokaleFelter.adresse,
        kapacitet: LokaleFelter.kapacitet,
        aktiv: LokaleFelter.aktiv.default(true),
      }),
      sample: (f) => ({
        own: {
          body: {
            id: adgangstestId(f.own.kommunekode, 2),
            navn: "Adgangstest, mødelokale",
            adresse: "Jobcentret",
            kapacitet: 4,
            aktiv: false,
          },
        },
      }),
      handler: async ({ body }, ctx) =>
        ctx.tenant(async (tx) => {
          const ny = await tx
            .insertInto("lokale")
            .values({
              id: body.id,
              kommunekode: ctx.user.kommunekode,
              navn: body.navn,
              adresse: body.adresse,
              kapacitet: body.kapacitet,
              aktiv: body.aktiv,
            })
            .onConflict((oc) => oc.column("id").doNothing())
            .returning(["id", "navn", "adresse", "kapacitet", "aktiv"])
            .executeTakeFirst();
          const r = ny ?? (await lokaleMedId(tx, body.id));
          if (!r)
            throw new AppError("VALIDATION_FAILED", [
              { path: "body.id", message: tekst(ctx.lang, "Id'et er allerede brugt.", "The id is already in use.") },
            ]);
          return r;
        }),
    }),

    defineRoute({
      method: "PUT",
      url: "/api/admin/samtaler/lokaler/:id",
      summary: "Ret et mødelokale: navn, adresse, kapacitet, aktiv. Felter, der udelades, er uændrede",
      allow: ADMIN,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({
        navn: LokaleFelter.navn.optional(),
        adresse: LokaleFelter.adresse.optional(),
        kapacitet: LokaleFelter.kapacitet.optional(),
        aktiv: LokaleFelter.aktiv.optional(),
      }),
      sample: (f) => ({
        own: { params: { id: adgangstestId(f.own.kommunekode, 2) }, body: { kapacitet: 4 } },
        foreign: { params: { id: adgangstestId(f.foreign.kommunekode, 2) }, body: { kapacitet: 4 } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const aendring = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
          const r =
            Object.keys(aendring).length === 0
              ? await lokaleMedId(tx, params.id)
              : await tx
                  .updateTable("lokale")
                  .set(aendring)
                  .where("id", "=", params.id)
                  .returning(["id", "navn", "adresse", "kapacitet", "aktiv"])
                  .executeTakeFirst();
          if (!r) throw new AppError("NOT_FOUND");
          return r;
        }),
    }),

    defineRoute({
      method: "PUT",
      url: "/api/admin/samtaler/medarbejdere/:id/vinduer",
      summary:
        "Erstat en sagsbehandlers ugentlige åbningsvinduer (ugedag, fra, til, gyldig fra og til) i én transaktion; med ugedage kun de dages. Vinduer, der sluttede før i dag, bevares som historik",
      allow: ADMIN,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      body: z.object({
        vinduer: z.array(VindueInput).max(100),
        /** only these weekdays' windows are replaced (default: all); every window given must be on one of them */
        ugedage: z.array(z.number().int().min(1).max(7)).min(1).optional(),
      }),
      // Sunday's windows replaced by none: the caseworker's real week is left as it is, and a repeat changes nothing
      sample: (f) => ({
        own: { params: { id: f.own.userId }, body: { ugedage: [7], vinduer: [] } },
        foreign: { params: { id: f.foreign.userId }, body: { ugedage: [7], vinduer: [] } },
      }),
      handler: async ({ params, body }, ctx) => {
        const dag = idag(ctx);
        const ugedage = body.ugedage ?? [1, 2, 3, 4, 5, 6, 7];
        const fejl = [
          ...body.vinduer.flatMap((v, i) =>
            ugedage.includes(v.ugedag)
              ? []
              : [
                  {
                    path: `body.vinduer.${i}.ugedag`,
                    message: tekst(
                      ctx.lang,
                      "Ugedagen er ikke blandt de dage, der erstattes.",
                      "The weekday is not among the days being replaced.",
                    ),
                  },
                ],
          ),
          ...vindueFejl(body.vinduer, dag, ctx.lang),
        ];
        return ctx.tenant(async (tx) => {
          await sagsbehandler(tx, params.id);
          if (fejl.length) throw new AppError("VALIDATION_FAILED", fejl);
          // lock the caseworker's row: two administrators saving at once replace one after the other
          await tx.selectFrom("bruger").select("id").where("id", "=", params.id).forUpdate().execute();
          await tx
            .deleteFrom("aabningsvindue")
            .where("medarbejder_id", "=", params.id)
            .where("ugedag", "in", ugedage)
            .where((eb) => eb.or([eb("gyldig_til", "is", null), eb("gyldig_til", ">=", dag)]))
            .execute();
          if (body.vinduer.length)
            await tx
              .insertInto("aabningsvindue")
              .values(
                body.vinduer.map((v) => ({
                  id: randomUUID(),
                  kommunekode: ctx.user.kommunekode,
                  medarbejder_id: params.id,
                  ugedag: v.ugedag,
                  fra_min: minutterFraKlokkeslaet(v.fra),
                  til_min: minutterFraKlokkeslaet(v.til),
                  gyldig_fra: v.gyldigFra ?? dag,
                  gyldig_til: v.gyldigTil ?? null,
                })),
              )
              .execute();
          const vinduer = await vinduerQuery(tx, dag).where("medarbejder_id", "=", params.id).execute();
          return { medarbejderId: params.id, vinduer: vinduer.map(vindueUd) };
        });
      },
    }),

    defineRoute({
      method: "POST",
      url: "/api/admin/samtaler/medarbejdere/:id/fravaer",
      summary:
        "Registrer fravær for en sagsbehandler (ferie, kursus, sygdom): fra og til som tidspunkter eller hele dage i dansk tid. Idempotent: id'et laves af klienten. Svaret siger, hvor mange bookede samtaler fraværet rammer",
      allow: ADMIN,
      scope: "kommune",
      status: 201,
      params: z.object({ id: z.uuid() }),
      body: z.object({
        id: z.uuid(),
        fra: Tidspunkt,
        til: Tidspunkt,
        aarsag: Navn(200),
      }),
      sample: (f) => ({
        own: {
          params: { id: f.own.userId },
          body: {
            id: adgangstestId(f.own.kommunekode, 3),
            fra: "2030-01-02",
            til: "2030-01-02",
            aarsag: "Adgangstest",
          },
        },
        foreign: {
          params: { id: f.foreign.userId },
          body: {
            id: adgangstestId(f.foreign.kommunekode, 3),
            fra: "2030-01-02",
            til: "2030-01-02",
            aarsag: "Adgangstest",
          },
        },
      }),
      handler: async ({ params, body }, ctx) => {
        const periode = fravaerPeriode(body.fra, body.til);
        return ctx.tenant(async (tx) => {
          await sagsbehandler(tx, params.id);
          if (periode.til.getTime() <= periode.fra.getTime())
            throw new AppError("VALIDATION_FAILED", [
              {
                path: "body.til",
                message: tekst(
                  ctx.lang,
                  "Fraværet skal slutte efter, det begynder.",
                  "The absence must end after it starts.",
                ),
              },
            ]);
          await tx
            .insertInto("fravaer")
            .values({
              id: body.id,
              kommunekode: ctx.user.kommunekode,
              medarbejder_id: params.id,
              periode: tidsrum(periode.fra, periode.til),
              aarsag: body.aarsag,
            })
            .onConflict((oc) => oc.column("id").doNothing())
            .execute();
          const r = await fravaerQuery(tx).where("id", "=", body.id).executeTakeFirst();
          if (!r || r.medarbejder_id !== params.id)
            throw new AppError("VALIDATION_FAILED", [
              { path: "body.id", message: tekst(ctx.lang, "Id'et er allerede brugt.", "The id is already in use.") },
            ]);
          const fravaer = fravaerUd(r);
          return {
            ...fravaer,
            beroerteSamtaler: await samtalerIPerioden(tx, params.id, new Date(fravaer.fra), new Date(fravaer.til)),
          };
        });
      },
    }),

    defineRoute({
      method: "DELETE",
      url: "/api/admin/samtaler/fravaer/:id",
      summary: "Slet et fravær. Idempotent: svarer 204, også når der ikke (længere) er et fravær med det id i kommunen",
      allow: ADMIN,
      scope: "kommune",
      status: 204,
      params: z.object({ id: z.uuid() }),
      // an id that does not exist: deleting nothing answers 204, so the call can be repeated
      sample: () => ({ own: { params: { id: randomUUID() } } }),
      handler: async ({ params }, ctx) => {
        await ctx.tenant((tx) => tx.deleteFrom("fravaer").where("id", "=", params.id).execute());
        return undefined;
      },
    }),

    defineRoute({
      method: "POST",
      url: "/api/admin/samtaler/lukkedage",
      summary:
        "Registrer en af kommunens egne lukkedage (ud over helligdagene, som beregnes). Idempotent: samme dato igen erstatter navnet",
      allow: ADMIN,
      scope: "kommune",
      status: 201,
      body: z.object({ dato: IsoDato, navn: Navn(100) }),
      sample: () => ({ own: { body: { dato: "2030-12-27", navn: "Adgangstest" } } }),
      handler: async ({ body }, ctx) => {
        const helligdag = helligdageFor(body.dato).find((h) => h.dato === body.dato);
        if (helligdag)
          throw new AppError("VALIDATION_FAILED", [
            {
              path: "body.dato",
              message: tekst(
                ctx.lang,
                `Datoen er allerede lukket: ${helligdag.navn}.`,
                `The date is already closed: ${helligdag.navn}.`,
              ),
            },
          ]);
        return ctx.tenant(async (tx) => {
          // the application may insert and delete closed days, not update them: a new name replaces the row
          await tx.deleteFrom("lukkedag").where("dato", "=", body.dato).execute();
          await tx
            .insertInto("lukkedag")
            .values({ kommunekode: ctx.user.kommunekode, dato: body.dato, navn: body.navn })
            .execute();
          return { dato: body.dato, navn: body.navn };
        });
      },
    }),

    defineRoute({
      method: "DELETE",
      url: "/api/admin/samtaler/lukkedage/:dato",
      summary: "Slet en af kommunens egne lukkedage. Idempotent: svarer 204, også når datoen ikke var lukket",
      allow: ADMIN,
      scope: "kommune",
      status: 204,
      params: z.object({ dato: IsoDato }),
      // a date that is not closed: deleting nothing answers 204, so the call can be repeated
      sample: () => ({ own: { params: { dato: "2031-01-03" } } }),
      handler: async ({ params }, ctx) => {
        await ctx.tenant((tx) => tx.deleteFrom("lukkedag").where("dato", "=", params.dato).execute());
        return undefined;
      },
    }),
  ];
}

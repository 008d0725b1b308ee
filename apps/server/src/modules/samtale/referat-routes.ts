import { CASEWORKER_ROLES as CASEWORKERS } from "#contracts/roles.ts";
/**
 * Minutes of a held phone or video conversation: the caseworker uploads the transcript (WebVTT or pasted text), gets a
 * draft in the municipality's template with the agreements linked to the transcript lines they came from, edits it,
 * reviews what it says about other people, and approves. Approval writes the text as an immutable journal note and
 * only then does the citizen see it (and may comment). Nothing reaches the citizen before.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import {
  findTredjepartsdata,
  laesTransskription,
  ReferatFejl,
  type ReferatUdkast,
  referatTekst,
  STANDARD_REFERATSKABELON,
  udkastTilReferat,
} from "./referat.ts";
import { aabnSamtale } from "./routes.ts";
import { notificer, planlaegUdsendelser, type SamtaleRaekke, samtale } from "./store.ts";

const RESSOURCE = "sag/samtaler/referat";
const Id = z.object({ id: z.uuid() });
const MAKS_TRANSSKRIPTION = 2_000_000;

const EKSEMPEL_VTT = `WEBVTT

1
00:00:01.000 --> 00:00:06.000
<v Lone Sørensen>Hej, vi skal tale om din jobsøgning.

2
00:00:06.500 --> 00:00:12.000
<v Mette Nielsen>Jeg sender mit CV til dig inden fredag.
`;

/** A flag's stable key: the same finding in an edited text keeps its key, so a review survives small edits. */
const flagNoegle = (f: { art: string; tekst: string }) => `${f.art}:${f.tekst.toLowerCase()}`;

async function skabelon(tx: Tx): Promise<string> {
  const egen = await tx
    .selectFrom("makrotekst")
    .select("tekst")
    .where("kategori", "=", "referatskabelon")
    .where("aktiv", "=", true)
    .orderBy("titel")
    .executeTakeFirst();
  return egen?.tekst ?? STANDARD_REFERATSKABELON;
}

async function referatRaekke(tx: Tx, samtaleId: string) {
  return tx.selectFrom("referat").selectAll().where("samtale_id", "=", samtaleId).executeTakeFirst();
}

async function kommentarer(tx: Tx, referatId: string) {
  return (
    await tx
      .selectFrom("referat_kommentar")
      .select(["id", "tekst", "oprettet"])
      .where("referat_id", "=", referatId)
      .orderBy("oprettet")
      .execute()
  ).map((k) => ({ id: k.id, tekst: k.tekst, oprettet: new Date(k.oprettet).toISOString() }));
}

const deltagere = (s: SamtaleRaekke) => [s.medarbejder_navn, s.borger_navn];

/** What the caseworker sees: the draft with its links, the edited text, and the findings to review. */
async function referatOut(tx: Tx, s: SamtaleRaekke) {
  const r = await referatRaekke(tx, s.id);
  if (!r) return null;
  const udkast = r.udkast as ReferatUdkast;
  const flag = findTredjepartsdata(r.tekst, udkast.deltagere).map((f) => ({ ...f, noegle: flagNoegle(f) }));
  return {
    id: r.id,
    samtaleId: s.id,
    status: r.status,
    kilde: r.kilde,
    tekst: r.tekst,
    linjer: udkast.linjer,
    deltagere: udkast.deltagere,
    droeftet: udkast.droeftet,
    aftaler: udkast.aftaler,
    udkastFlag: udkast.flag,
    flag,
    godkendt: r.godkendt ? new Date(r.godkendt).toISOString() : null,
    godkendtAf: r.godkendt_af_navn,
    notatId: r.notat_id,
    kommentarer: await kommentarer(tx, r.id),
  };
}

const aabn = (tx: Tx, ctx: RouteContext, id: string, handling: string) => aabnSamtale(tx, ctx, id, handling, RESSOURCE);

export function referatRoutes() {
  return [
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/samtaler/:id/referat",
      summary: "Referatet af en samtale: udkast eller godkendt, med aftaler koblet til udskriftens linjer (logges)",
      allow: [...CASEWORKERS, "leder"],
      scope: "kommune",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.samtaleReferatId } },
        foreign: { params: { id: f.foreign.samtaleReferatId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await aabn(tx, ctx, params.id, "Læst referat");
          const r = await referatOut(tx, s);
          if (!r) throw new AppError("NOT_FOUND");
          return r;
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/samtaler/:id/referat",
      summary:
        "Upload udskriften af en holdt telefon- eller videosamtale (WebVTT eller indsat tekst) og få et udkast til referat i kommunens skabelon; et nyt upload erstatter udkastet (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      bodyLimit: MAKS_TRANSSKRIPTION * 2,
      params: Id,
      body: z.object({
        transskription: z.string().min(1).max(MAKS_TRANSSKRIPTION),
        kilde: z.enum(["webvtt", "tekst"]).optional(),
      }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleHoldtId }, body: { transskription: EKSEMPEL_VTT } },
        foreign: { params: { id: f.foreign.samtaleHoldtId }, body: { transskription: EKSEMPEL_VTT } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await aabn(tx, ctx, params.id, "Uploadet udskrift til referat");
          const now = ctx.clock.now();
          if (s.kanal === "fremmoede" || !["booket", "afholdt"].includes(s.status) || new Date(s.start) > now)
            throw new AppError("REFERAT_IKKE_MULIGT");
          const findes = await referatRaekke(tx, s.id);
          if (findes?.status === "godkendt") throw new AppError("REFERAT_GODKENDT");
          let parsed: ReturnType<typeof laesTransskription>;
          try {
            parsed = laesTransskription(body.transskription, body.kilde);
          } catch (e) {
            if (e instanceof ReferatFejl)
              throw new AppError("REFERAT_UGYLDIG_TRANSSKRIPTION", [
                { path: "body.transskription", message: e.linje ? `Linje ${e.linje}: ${e.message}` : e.message },
              ]);
            throw e;
          }
          const udkast = udkastTilReferat({
            linjer: parsed.linjer,
            kanal: s.kanal,
            start: new Date(s.start),
            slut: new Date(s.slut),
            moededag: danishDate(new Date(s.start)),
            kendteDeltagere: deltagere(s),
          });
          const tekst = referatTekst(udkast, await skabelon(tx));
          const values = {
            status: "udkast" as const,
            kilde: parsed.kilde,
            transskription: body.transskription,
            udkast: JSON.stringify(udkast),
            tekst,
            aendret: now,
          };
          if (findes) await tx.updateTable("referat").set(values).where("id", "=", findes.id).execute();
          else
            await tx
              .insertInto("referat")
              .values({
                id: randomUUID(),
                kommunekode: s.kommunekode,
                borger_id: s.borger_id,
                samtale_id: s.id,
                oprettet: now,
                ...values,
              })
              .execute();
          return referatOut(tx, s);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/medarbejder/samtaler/:id/referat",
      summary: "Ret teksten i udkastet til referat (før godkendelse; logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      body: z.object({ tekst: z.string().trim().min(1).max(100_000) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleReferatId }, body: { tekst: "Referat: vi aftalte, at CV'et opdateres." } },
        foreign: {
          params: { id: f.foreign.samtaleReferatId },
          body: { tekst: "Referat: vi aftalte, at CV'et opdateres." },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await aabn(tx, ctx, params.id, "Rettet referat");
          const r = await referatRaekke(tx, s.id);
          if (!r) throw new AppError("NOT_FOUND");
          if (r.status === "godkendt") throw new AppError("REFERAT_GODKENDT");
          await tx
            .updateTable("referat")
            .set({ tekst: body.tekst, aendret: ctx.clock.now() })
            .where("id", "=", r.id)
            .execute();
          return referatOut(tx, s);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/samtaler/:id/referat/godkend",
      summary:
        "Godkend referatet: kræver at hvert fund af personoplysninger om andre er gennemgået; teksten gemmes som journalnotat, og borgeren får besked (idempotent; logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: Id,
      body: z.object({ gennemgaaet: z.array(z.string().max(300)).max(500).default([]) }),
      sample: (f) => ({
        own: { params: { id: f.own.samtaleGodkendtId }, body: { gennemgaaet: [] } },
        foreign: { params: { id: f.foreign.samtaleGodkendtId }, body: { gennemgaaet: [] } },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await aabn(tx, ctx, params.id, "Godkendt referat");
          const r = await referatRaekke(tx, s.id);
          if (!r) throw new AppError("NOT_FOUND");
          if (r.status === "godkendt") return referatOut(tx, s);
          const set = new Set(body.gennemgaaet);
          const mangler = findTredjepartsdata(r.tekst, (r.udkast as ReferatUdkast).deltagere).filter(
            (f) => !set.has(flagNoegle(f)),
          );
          if (mangler.length)
            throw new AppError(
              "REFERAT_FLAG_MANGLER",
              mangler.map((f) => ({ path: `flag.${flagNoegle(f)}`, message: `${f.tekst}: ${f.begrundelse}` })),
            );
          const now = ctx.clock.now();
          const notatId = randomUUID();
          await tx
            .insertInto("notat")
            .values({
              id: notatId,
              kommunekode: s.kommunekode,
              borger_id: s.borger_id,
              dato: danishDate(new Date(s.start)),
              kategori: "samtale",
              emne: `Referat af ${s.moedetype_navn.toLowerCase()} (${s.kanal === "video" ? "video" : "telefon"})`,
              tekst: r.tekst,
              forfatter_id: ctx.user.userId,
              forfatter_navn: ctx.user.name,
              oprettet: now,
              makro_id: null,
              retter_id: null,
              idempotens: `referat:${r.id}`,
            })
            .execute();
          await tx
            .updateTable("referat")
            .set({
              status: "godkendt",
              godkendt: now,
              godkendt_af: ctx.user.userId,
              godkendt_af_navn: ctx.user.name,
              notat_id: notatId,
              aendret: now,
            })
            .where("id", "=", r.id)
            .execute();
          await planlaegUdsendelser(tx, [
            {
              id: randomUUID(),
              borgerId: s.borger_id,
              samtaleId: s.id,
              art: "referat",
              noegle: `referat:${r.id}`,
              planlagt: now,
            },
          ]);
          return referatOut(tx, s);
        }),
    }),

    // the citizen
    defineRoute({
      method: "GET",
      url: "/api/borger/samtaler/:id/referat",
      summary: "Det godkendte referat af min samtale med aftalerne og mine kommentarer (et udkast vises aldrig)",
      allow: ["borger"],
      scope: "egne",
      params: Id,
      sample: (f) => ({
        own: { params: { id: f.own.samtaleGodkendtId } },
        foreign: { params: { id: f.foreign.samtaleGodkendtId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await samtale(tx, params.id);
          if (!s || s.borger_id !== ctx.user.borgerId) throw new AppError("NOT_FOUND");
          const r = await referatRaekke(tx, s.id);
          if (r?.status !== "godkendt") throw new AppError("NOT_FOUND");
          const udkast = r.udkast as ReferatUdkast;
          return {
            id: r.id,
            samtaleId: s.id,
            tekst: r.tekst,
            aftaler: udkast.aftaler.map((a) => ({
              hvem: a.hvem,
              hvad: a.hvad,
              frist: a.frist ?? null,
              fristTekst: a.fristTekst ?? null,
            })),
            godkendt: new Date(r.godkendt!).toISOString(),
            godkendtAf: r.godkendt_af_navn,
            kommentarer: await kommentarer(tx, r.id),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/samtaler/:id/referat/kommentarer",
      summary:
        "Kommentér det godkendte referat; kommentaren bliver en del af sagen, og sagsbehandleren får besked (idempotent med nøglen)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      params: Id,
      body: z.object({ tekst: z.string().trim().min(1).max(5000), idempotensnoegle: z.uuid() }),
      sample: (f) => ({
        own: {
          params: { id: f.own.samtaleGodkendtId },
          body: { tekst: "Jeg søger tre stillinger om ugen, ikke to.", idempotensnoegle: f.own.samtaleGodkendtId },
        },
        foreign: {
          params: { id: f.foreign.samtaleGodkendtId },
          body: { tekst: "Jeg søger tre stillinger om ugen, ikke to.", idempotensnoegle: f.own.samtaleGodkendtId },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const s = await samtale(tx, params.id);
          if (!s || s.borger_id !== ctx.user.borgerId) throw new AppError("NOT_FOUND");
          const r = await referatRaekke(tx, s.id);
          if (r?.status !== "godkendt") throw new AppError("NOT_FOUND");
          const now = ctx.clock.now();
          const ny = await tx
            .insertInto("referat_kommentar")
            .values({
              id: body.idempotensnoegle,
              kommunekode: s.kommunekode,
              borger_id: s.borger_id,
              referat_id: r.id,
              tekst: body.tekst,
              oprettet: now,
            })
            .onConflict((oc) => oc.column("id").doNothing())
            .returning("id")
            .executeTakeFirst();
          if (ny)
            await notificer(
              tx,
              {
                id: randomUUID(),
                medarbejderId: s.medarbejder_id,
                art: "kommentar",
                tekst: `${s.borger_navn} har kommenteret referatet af samtalen ${danishDate(new Date(s.start))}.`,
                samtaleId: s.id,
                borgerId: s.borger_id,
              },
              now,
            );
          return { kommentarer: await kommentarer(tx, r.id) };
        }),
    }),
  ];
}

import { CASEWORKER_ROLES as CASEWORKERS, CASE_READER_ROLES as READERS } from "#contracts/roles.ts";
/**
 * The citizen's verification of their own details over HTTP (docs/dialog.md): the citizen sees, confirms or corrects
 * each group; the caseworker sees the history and handles the flagged corrections. Spread into the dialog's routes.
 */
import { z } from "zod";
import { FORMAAL, FORMAAL_KODER } from "#contracts/formaal.ts";
import { recordAccess, recordAccesses } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext, type RouteDef } from "../../platform/http/route.ts";
import { openCitizen } from "../sag/routes.ts";
import { jobcenterNavn } from "../sag/store.ts";
import { GRUPPE_SKEMA, GRUPPER, type Gruppe, STRAKS } from "./oplysninger.ts";
import {
  behandl,
  historik,
  type Indberetning,
  indberet,
  nuvaerende,
  rettelserTilBehandling,
} from "./oplysninger-store.ts";

const RESSOURCE = "borger/oplysninger";
const Formaal = z.object({ formaal: z.enum(FORMAAL_KODER).default("SAGSBEHANDLING") });

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function indberetningOut(i: Indberetning) {
  return {
    id: i.id,
    gruppe: i.gruppe,
    handling: i.handling,
    data: i.data,
    tidligere: i.tidligere,
    straks: i.straks,
    oprettet: iso(i.oprettet),
    behandlet: iso(i.behandlet),
    behandletAf: i.behandlet_navn,
    udfald: i.udfald,
    bemaerkning: i.bemaerkning,
  };
}

/** Each group with its value now, its latest confirmation or correction, and a correction that waits. */
async function oversigt(tx: Tx, borgerId: string) {
  const [nu, alle] = await Promise.all([nuvaerende(tx, borgerId), historik(tx, borgerId)]);
  return {
    jobcenter: (await jobcenterNavn(tx)) ?? null,
    grupper: GRUPPER.map((g) => {
      const egne = alle.filter((i) => i.gruppe === g);
      const venter = egne.find((i) => i.handling === "rettet" && !i.straks && !i.behandlet);
      const senestAfgjort = egne.find((i) => i.handling === "rettet" && !i.straks && i.behandlet);
      return {
        gruppe: g,
        straks: STRAKS[g],
        vaerdi: nu[g],
        senest: egne[0] ? indberetningOut(egne[0]) : null,
        afventer: venter ? indberetningOut(venter) : null,
        senestAfgjort: senestAfgjort ? indberetningOut(senestAfgjort) : null,
      };
    }),
    historik: alle.map(indberetningOut),
  };
}

const ownData = (tx: Tx, ctx: RouteContext) =>
  recordAccess(
    tx,
    ctx.user,
    { borgerId: ctx.user.borgerId!, handling: "Læst", ressource: RESSOURCE, formaal: "Egne oplysninger" },
    ctx.clock.now(),
  );

/** The body of a confirmation or correction of one group, validated by that group's schema. */
const IndberetningInput = z.discriminatedUnion("handling", [
  z.object({ handling: z.literal("bekraeftet"), idempotensnoegle: z.uuid() }),
  z.object({ handling: z.literal("rettet"), data: z.unknown(), idempotensnoegle: z.uuid() }),
]);

export function oplysningerRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: "GET",
      url: "/api/borger/oplysninger",
      summary:
        "Mine oplysninger hos jobcentret (kontakt, uddannelse, kørekort, børn, sprog), hvornår jeg sidst bekræftede dem, og rettelser der afventer jobcentret",
      allow: ["borger"],
      scope: "egne",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          await ownData(tx, ctx);
          return oversigt(tx, ctx.user.borgerId!);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/borger/oplysninger/:gruppe",
      summary:
        "Bekræft eller ret en gruppe af mine oplysninger; kontakt og sprog gælder straks, uddannelse, kørekort og børn afventer sagsbehandleren (idempotent med nøglen)",
      allow: ["borger"],
      scope: "egne",
      status: 201,
      params: z.object({ gruppe: z.enum(GRUPPER) }),
      body: IndberetningInput,
      sample: (f) => ({ own: { params: { gruppe: "sprog" }, body: f.own.dialog.bekraeft } }),
      handler: async ({ params, body }, ctx) => {
        const gruppe = params.gruppe as Gruppe;
        let data: unknown;
        if (body.handling === "rettet") {
          const r = GRUPPE_SKEMA[gruppe].safeParse(body.data);
          if (!r.success)
            throw new AppError(
              "VALIDATION_FAILED",
              r.error.issues.map((i) => ({ path: ["body", "data", ...i.path].join("."), message: i.message })),
            );
          data = r.data;
        }
        return ctx.tenant(async (tx) => {
          const i = await indberet(
            tx,
            {
              borgerId: ctx.user.borgerId!,
              gruppe,
              handling: body.handling,
              // biome-ignore lint/suspicious/noExplicitAny: validated by the group's own schema above
              data: data as any,
              idempotens: body.idempotensnoegle,
            },
            ctx.clock.now(),
          );
          return { indberetning: indberetningOut(i), ...(await oversigt(tx, ctx.user.borgerId!)) };
        });
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/borgere/:id/oplysninger",
      summary:
        "Borgerens egne oplysninger, bekræftelser og rettelser med tid; rettelser der skal behandles står først (logges)",
      allow: READERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      query: Formaal,
      sample: (f) => ({
        own: { params: { id: f.own.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
        foreign: { params: { id: f.foreign.borgerId }, query: { formaal: "SAGSBEHANDLING" } },
      }),
      handler: async ({ params, query }, ctx) =>
        ctx.tenant(async (tx) => {
          await openCitizen(tx, ctx, params.id, "Læst egne oplysninger", RESSOURCE, FORMAAL[query.formaal].da);
          const o = await oversigt(tx, params.id);
          return {
            ...o,
            tilBehandling: o.historik.filter((i) => i.handling === "rettet" && !i.behandlet),
          };
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/oplysninger/:id/behandl",
      summary:
        "Markér en rettelse som behandlet; en rettelse der afventer godkendes (og træder i kraft) eller afvises med en bemærkning (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      query: Formaal,
      body: z
        .object({
          udfald: z.enum(["godkendt", "afvist"]).default("godkendt"),
          bemaerkning: z.string().trim().max(1000).optional(),
        })
        .refine((b) => b.udfald !== "afvist" || (b.bemaerkning ?? "").length > 0, {
          message: "Skriv til borgeren, hvorfor rettelsen ikke er godkendt.",
          path: ["bemaerkning"],
        }),
      sample: (f) => ({
        own: { params: { id: f.own.dialog.rettelseId }, body: {} },
        foreign: { params: { id: f.foreign.dialog.rettelseId }, body: {} },
      }),
      handler: async ({ params, query, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const r = await tx
            .selectFrom("oplysning_indberetning")
            .select("borger_id")
            .where("id", "=", params.id)
            .executeTakeFirst();
          if (!r) throw new AppError("NOT_FOUND");
          await openCitizen(tx, ctx, r.borger_id, "Behandlet rettelse", RESSOURCE, FORMAAL[query.formaal].da);
          const i = await behandl(
            tx,
            params.id,
            { udfald: body.udfald, bemaerkning: body.bemaerkning || null },
            { id: ctx.user.userId, navn: ctx.user.name },
            ctx.clock.now(),
          );
          return indberetningOut(i);
        }),
    }),
    defineRoute({
      method: "GET",
      url: "/api/medarbejder/oplysninger/til-behandling",
      summary:
        "Mine borgeres rettelser af egne oplysninger, der venter på, at jeg behandler dem (navne logges én gang om dagen)",
      allow: CASEWORKERS,
      scope: "kommune",
      handler: async (_i, ctx) =>
        ctx.tenant(async (tx) => {
          const rows = await rettelserTilBehandling(tx, ctx.user.userId);
          await recordAccesses(
            tx,
            ctx.user,
            [...new Set(rows.map((r) => r.borger_id))].map((borgerId) => ({
              borgerId,
              handling: "Vist i dialog-indbakke",
              ressource: RESSOURCE,
              formaal: FORMAAL.HENVENDELSE.da,
            })),
            ctx.clock.now(),
            { oncePerDay: true },
          );
          return rows.map((r) => ({
            id: r.id,
            gruppe: r.gruppe,
            straks: r.straks,
            oprettet: iso(r.oprettet),
            borger: { id: r.borger_id, navn: `${r.fornavn} ${r.efternavn}` },
          }));
        }),
    }),
  ];
}

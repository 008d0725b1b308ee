import { CASEWORKER_ROLES as CASEWORKERS } from "#contracts/roles.ts";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { FORMAAL } from "#contracts/formaal.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { defineRoute, type RouteContext } from "../../platform/http/route.ts";
import { danishDate } from "../../platform/time.ts";
import {
  aendrPunkt,
  JOBPLAN_STATUSER,
  offentliggoerPlan,
  opretPunkt,
  overgangTilladt,
  punkt,
  STATUS_OVERGANGE,
} from "./jobplan.ts";
import { openCitizen } from "./routes.ts";

const RESSOURCE = "sag/jobplan";

const IsoDato = z.iso.date();
const Titel = z.string().trim().min(1).max(200);
const Beskrivelse = z.string().trim().max(2000);

async function openForChange(tx: Tx, ctx: RouteContext, borgerId: string, handling: string) {
  return (await openCitizen(tx, ctx, borgerId, handling, RESSOURCE, FORMAAL.SAGSBEHANDLING.da)).access;
}

function punktOut(p: {
  id: string;
  art: string;
  titel: string;
  beskrivelse: string | null;
  status: (typeof JOBPLAN_STATUSER)[number];
  aftalt_med_borger: boolean;
  start: string | null;
  slut: string | null;
}) {
  return {
    id: p.id,
    art: p.art,
    titel: p.titel,
    beskrivelse: p.beskrivelse,
    status: p.status,
    aftaltMedBorger: p.aftalt_med_borger,
    start: p.start,
    slut: p.slut,
    naesteStatus: STATUS_OVERGANGE[p.status],
  };
}

const slutEfterStart = (p: { start?: string | null; slut?: string | null }) => !p.start || !p.slut || p.slut >= p.start;
const slutFejl = { message: "Slutdatoen må ikke ligge før startdatoen", path: ["slut"] };

export function jobplanRoutes() {
  return [
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/jobplan",
      summary: "Tilføj et jobmål eller en aktivitet til borgerens jobplan. Idempotent: nøglen er punktets id (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      status: 201,
      params: z.object({ id: z.uuid() }),
      body: z
        .object({
          art: z.enum(["maal", "aktivitet"]),
          titel: Titel,
          beskrivelse: Beskrivelse.optional(),
          status: z.enum(JOBPLAN_STATUSER).default("planlagt"),
          aftaltMedBorger: z.boolean().default(false),
          start: IsoDato.optional(),
          slut: IsoDato.optional(),
          idempotensnoegle: z.uuid(),
        })
        .refine(slutEfterStart, slutFejl),
      sample: (f) => ({
        own: {
          params: { id: f.own.borgerId },
          body: { art: "aktivitet", titel: "Jobsøgningskursus", idempotensnoegle: f.own.notatId },
        },
        foreign: {
          params: { id: f.foreign.borgerId },
          body: { art: "aktivitet", titel: "Jobsøgningskursus", idempotensnoegle: f.foreign.notatId },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await openForChange(tx, ctx, params.id, "Ændret jobplan");
          const row = await opretPunkt(
            tx,
            access,
            {
              id: body.idempotensnoegle,
              art: body.art,
              titel: body.titel,
              beskrivelse: body.beskrivelse || null,
              status: body.status,
              aftaltMedBorger: body.aftaltMedBorger,
              start: body.start ?? null,
              slut: body.slut ?? null,
            },
            ctx.clock.now(),
          );
          // the key is already the id of another citizen's item (or another municipality's)
          if (!row) throw new AppError("VALIDATION_FAILED");
          return punktOut(row);
        }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/medarbejder/borgere/:id/jobplan/:punktId",
      summary:
        "Ret et punkt i borgerens jobplan: status (kun tilladte skift), titel, beskrivelse, aftalt med borgeren, periode (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid(), punktId: z.uuid() }),
      body: z
        .object({
          status: z.enum(JOBPLAN_STATUSER).optional(),
          titel: Titel.optional(),
          beskrivelse: Beskrivelse.nullable().optional(),
          aftaltMedBorger: z.boolean().optional(),
          start: IsoDato.nullable().optional(),
          slut: IsoDato.nullable().optional(),
        })
        .refine(slutEfterStart, slutFejl),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId, punktId: f.own.jobplanPunktId }, body: { aftaltMedBorger: true } },
        foreign: {
          params: { id: f.foreign.borgerId, punktId: f.foreign.jobplanPunktId },
          body: { aftaltMedBorger: true },
        },
      }),
      handler: async ({ params, body }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await openForChange(tx, ctx, params.id, "Ændret jobplan");
          const before = await punkt(tx, access, params.punktId);
          if (!before) throw new AppError("NOT_FOUND");
          if (body.status !== undefined && !overgangTilladt(before.status, body.status))
            throw new AppError("JOBPLAN_STATUS_NOT_ALLOWED");
          const start = body.start === undefined ? before.start : body.start;
          const slut = body.slut === undefined ? before.slut : body.slut;
          if (!slutEfterStart({ start, slut }))
            throw new AppError("VALIDATION_FAILED", [{ path: "body.slut", message: slutFejl.message }]);
          const row = await aendrPunkt(
            tx,
            access,
            params.punktId,
            { ...body, beskrivelse: body.beskrivelse === "" ? null : body.beskrivelse },
            ctx.clock.now(),
          );
          return punktOut(row);
        }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/medarbejder/borgere/:id/jobplan/offentliggoer",
      summary:
        "Offentliggør jobplanen for borgeren (Min plan, LAB § 42): registrerer hændelsen PLAN_OFFENTLIGGJORT, én gang pr. dag (logges)",
      allow: CASEWORKERS,
      scope: "kommune",
      params: z.object({ id: z.uuid() }),
      sample: (f) => ({
        own: { params: { id: f.own.borgerId } },
        foreign: { params: { id: f.foreign.borgerId } },
      }),
      handler: async ({ params }, ctx) =>
        ctx.tenant(async (tx) => {
          const access = await openForChange(tx, ctx, params.id, "Offentliggjort jobplan");
          const now = ctx.clock.now();
          const { haendelse, ny } = await offentliggoerPlan(
            tx,
            access,
            { id: randomUUID(), dato: danishDate(now), af: ctx.user.userId },
            now,
          );
          return {
            id: haendelse.id,
            dato: haendelse.dato,
            tekst: haendelse.beskrivelse,
            registreret: new Date(haendelse.registreret).toISOString(),
            ny,
          };
        }),
    }),
  ];
}

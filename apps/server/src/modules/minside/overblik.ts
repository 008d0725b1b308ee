/**
 * The citizen's overview (Min side): target group and benefit, the caseworker, the published plan, the obligations the
 * law puts on the case with their explanations, the next conversation and how to move it, and the jobcentre's contact
 * with opening hours. The same view, read-only, is what a companion (bisidder) sees. No CPR number is ever part of it.
 */
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import type { Lang } from "../../platform/http/errors.ts";
import { citizenDetails } from "../borger/store.ts";
import { maalgruppeOf } from "../borger/model.ts";
import { PLAN_OFFENTLIGGJORT } from "../sag/jobplan.ts";
import { sagFor } from "../sag/store.ts";
import { kanAendres } from "../samtale/model.ts";
import { behovOut, sagsgrundlag } from "../samtale/routes.ts";
import { samtalerFor } from "../samtale/store.ts";
import { borgerForpligtelser } from "./model.ts";

export async function jobcenterKontakt(tx: Tx) {
  const jc = await tx
    .selectFrom("kommune_indstillinger")
    .select(["jobcenter_navn", "adresse", "postnr", "bynavn", "telefon", "email", "aabningstider"])
    .executeTakeFirst();
  return jc
    ? {
        navn: jc.jobcenter_navn,
        adresse: jc.adresse,
        postnr: jc.postnr,
        bynavn: jc.bynavn,
        telefon: jc.telefon,
        email: jc.email,
        aabningstider: jc.aabningstider,
      }
    : null;
}

export type Overblik = Awaited<ReturnType<typeof overblik>>;

export async function overblik(tx: Tx, access: CitizenAccess, now: Date, lang: Lang) {
  const b = await citizenDetails(tx, access);
  if (!b) throw new AppError("NOT_FOUND");
  const sag = await sagFor(tx, access);
  const g = await sagsgrundlag(tx, access.borgerId, now);
  const samtaler = await samtalerFor(tx, access.borgerId);
  const jobcenter = await jobcenterKontakt(tx);

  // The plan as published to the citizen (LAB § 42: "Min plan"): shown once it has been published.
  const offentliggjort = sag.haendelser.filter((h) => h.type === PLAN_OFFENTLIGGJORT).at(-1)?.dato ?? null;
  const punkter = offentliggjort
    ? sag.plan.map((p) => ({
        id: p.id,
        art: p.art,
        titel: p.titel,
        beskrivelse: p.beskrivelse,
        status: p.status,
        aftalt: p.aftalt_med_borger,
        start: p.start,
        slut: p.slut,
      }))
    : [];

  const behov = g.behov.map((x) => ({ regelId: x.regelId, del: x.del, forklaring: behovOut(x, true).forklaring }));
  const forpligtelser = borgerForpligtelser(g.forpligtelser, behov, g.idag);

  const naeste = samtaler
    .filter((s) => s.status === "booket" && new Date(s.start).getTime() > now.getTime())
    .sort((x, y) => new Date(x.start).getTime() - new Date(y.start).getTime())[0];
  const aendring = naeste ? kanAendres(new Date(naeste.start), now, naeste.aendring_varsel_timer) : null;

  return {
    borger: {
      navn: `${b.fornavn} ${b.efternavn}`,
      fornavn: b.fornavn,
      maalgruppe: maalgruppeOf(b.maalgruppe, lang),
      ydelseStart: b.ydelse_start,
      sagsbehandler: b.sagsbehandler_navn ? { navn: b.sagsbehandler_navn, team: b.sagsbehandler_team } : null,
    },
    plan: {
      offentliggjort,
      maal: punkter.filter((p) => p.art === "maal"),
      aktiviteter: punkter.filter((p) => p.art === "aktivitet"),
    },
    forpligtelser,
    naesteSamtale:
      naeste && aendring
        ? {
            id: naeste.id,
            start: new Date(naeste.start).toISOString(),
            slut: new Date(naeste.slut).toISOString(),
            kanal: naeste.kanal,
            moedetype: naeste.moedetype_navn,
            medarbejder: naeste.medarbejder_navn,
            lokale: naeste.lokale_navn ? { navn: naeste.lokale_navn, adresse: naeste.lokale_adresse } : null,
            kanAendres: aendring.ok,
            aendresSenest: aendring.senest.toISOString(),
          }
        : null,
    jobcenter,
  };
}

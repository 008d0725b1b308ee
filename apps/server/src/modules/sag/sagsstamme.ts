import { FORMAAL } from "#contracts/formaal.ts";
import type { SagsstammeFilter } from "#contracts/sag.ts";
import { ageOn } from "../borger/model.ts";
import { evaluer } from "../regler/engine.ts";
import { dagFraIso } from "../regler/kalender.ts";
import {
  type FrieFiltre,
  opfylderFrieFiltre,
  type SagsFakta,
  type SagsstammeRaekke,
  sagsstammeRaekke,
  sammenlignFrist,
  taelFiltre,
} from "./model.ts";
import { type Actor, recordAccesses } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { danishDate } from "../../platform/time.ts";
import { type CaseloadCitizen, sagsstammeFakta } from "./store.ts";

export interface SagsstammeValg extends FrieFiltre {
  filter: SagsstammeFilter;
  side: number;
}

/**
 * One caseworker's caseload as `actor` sees it at `now`: every case evaluated by the rules engine, the free filters
 * applied, the ready-made filters counted, sorted by due date, and one page cut out. The names shown are accesses:
 * one log entry per citizen on the page, once a day per viewer and citizen.
 */
export async function sagsstamme(
  tx: Tx,
  actor: Actor,
  sagsbehandlerId: string,
  valg: SagsstammeValg,
  now: Date,
  perSide: number,
) {
  const today = danishDate(now);
  const fakta = await sagsstammeFakta(tx, sagsbehandlerId);
  const idag = dagFraIso(today);
  const all: { r: SagsstammeRaekke; b: CaseloadCitizen }[] = [];
  for (const b of fakta.borgere) {
    const sag: SagsFakta = {
      id: b.id,
      foedselsdato: b.foedselsdato,
      maalgruppe: b.maalgruppe,
      postnr: b.postnr,
      ydelseStart: b.ydelse_start,
      haendelser: fakta.haendelser.get(b.id) ?? [],
      plan: fakta.plan.get(b.id) ?? { punkter: 0, afventerBorger: 0, afventerJobcenter: 0 },
    };
    const r = sagsstammeRaekke(
      sag,
      evaluer({ haendelser: sag.haendelser }, idag),
      idag,
      ageOn(b.foedselsdato, today),
      b.ydelse_start ? dagFraIso(b.ydelse_start) : null,
    );
    if (opfylderFrieFiltre(r, sag, valg)) all.push({ r, b });
  }
  const taelling = taelFiltre(all.map((x) => x.r));
  const chosen = all.filter((x) => x.r.flag[valg.filter]).sort((x, y) => sammenlignFrist(x.r, y.r));
  const sider = Math.max(1, Math.ceil(chosen.length / perSide));
  const side = Math.min(valg.side, sider);
  const page = chosen.slice((side - 1) * perSide, side * perSide);
  await recordAccesses(
    tx,
    actor,
    page.map((x) => ({
      borgerId: x.b.id,
      handling: "Vist i sagsstamme",
      ressource: "borger/navn",
      formaal: FORMAAL.SAGSBEHANDLING.da,
    })),
    now,
    { oncePerDay: true },
  );
  return { taelling, total: chosen.length, side, sider, page };
}

/**
 * Cohort rules (KF-75, TILBUD-75): quotas over a municipality's population, not deadlines for one person. A pure
 * function: given many cases and a period, how many entered each cohort in the period, how many were reached within
 * their window, how many were exempted, and whether the quota is met — for management information.
 *
 * How a case is counted (docs/rules.md):
 *  - A citizen enters a cohort on a new start of benefit (or a change of target group) into one of the rule's groups,
 *    on a day in the period, under the rule version in force on that day.
 *  - "naaet" (reached): the rule's event (a jobsamtale for KF-75, an offer for TILBUD-75) happened within the window
 *    (6 months on benefit from entry), up to the evaluation day.
 *  - "undtaget" (exempted): not reached, but an exemption (FRITAGELSE_START) was recorded in the window: an exemption
 *    is a concrete, recorded assessment. At most 25 % may be exempted.
 *  - "afgaaet" (left): the benefit ended, or the citizen moved to another group, before being reached. Such members
 *    are left out of the base the share is computed on: they could not be reached.
 *  - "igang" (running): not reached yet, the window is still open. "ikke_naaet": the window closed unreached.
 *  - share = reached / (cohort − left); the quota is met when the share is at least the rule's quota.
 */
import { MAALGRUPPE_KODER, MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { isoFraDag } from "./kalender.ts";
import { kohorteMedlemskaber, type KohorteMedlem, type Regelsaet, STANDARD_REGELSAET } from "./engine.ts";
import type { Dag, Haendelse, Henvisning, Sikkerhed } from "./model.ts";

export interface KohorteSag {
  /** the case's own id, for the caller's reference */
  id?: string;
  /** the target group recorded on the case; used for a YDELSE_START that does not carry its own */
  maalgruppe: Maalgruppe;
  haendelser: readonly Haendelse[];
}

export interface KohorteTal {
  kohorte: number;
  naaet: number;
  undtaget: number;
  afgaaet: number;
  igang: number;
  ikkeNaaet: number;
}

export interface KohorteResultat extends KohorteTal {
  regelId: string;
  del?: string;
  titel: string;
  henvisning: Henvisning;
  sikkerhed: Sikkerhed;
  /** what the quota requires, in plain Danish */
  tekst: string;
  kvote: number;
  maksUndtaget: number;
  periode: { fra: string; til: string };
  dag: string;
  /** kohorte − afgaaet: the members the share is computed on */
  grundlag: number;
  /** naaet / grundlag; null when nobody is in the base */
  andel: number | null;
  /** undtaget / grundlag; null when nobody is in the base */
  undtagetAndel: number | null;
  /** more than the allowed share is exempted */
  undtagetOverGraense: boolean;
  /** the share reached is at least the quota (an empty cohort meets it) */
  kvoteOpfyldt: boolean;
  /** no member's window is still open: the figures for the period are final */
  afgjort: boolean;
  perMaalgruppe: Partial<Record<Maalgruppe, KohorteTal>>;
}

const tomTal = (): KohorteTal => ({ kohorte: 0, naaet: 0, undtaget: 0, afgaaet: 0, igang: 0, ikkeNaaet: 0 });

function tael(t: KohorteTal, m: KohorteMedlem) {
  t.kohorte++;
  if (m.udfald === "naaet") t.naaet++;
  else if (m.udfald === "undtaget") t.undtaget++;
  else if (m.udfald === "afgaaet") t.afgaaet++;
  else if (m.udfald === "igang") t.igang++;
  else t.ikkeNaaet++;
}

/**
 * Every cohort rule over a population for the cohorts entering in `periode` (both days inclusive), as of `dag`
 * (default: the period's last day). Results for every cohort rule in force on some day of the period.
 */
export function evaluerKohorter(
  sager: Iterable<KohorteSag>,
  periode: { fra: Dag; til: Dag },
  valg: { dag?: Dag; regler?: Regelsaet } = {},
): KohorteResultat[] {
  const rs = valg.regler ?? STANDARD_REGELSAET;
  const dag = valg.dag ?? periode.til;
  const spor = new Map<string, { tal: KohorteTal; per: Partial<Record<Maalgruppe, KohorteTal>> }>();
  const noegle = (regelId: string, del: string | undefined) => `${regelId}#${del ?? ""}`;
  for (const k of rs.kohorte) {
    if (k.fra <= periode.til && periode.fra <= k.til) spor.set(noegle(k.regelId, k.del), { tal: tomTal(), per: {} });
  }

  for (const sag of sager) {
    const hs = sag.haendelser.some((h) => h.type === "YDELSE_START" && h.maalgruppe === undefined)
      ? sag.haendelser.map((h) =>
          h.type === "YDELSE_START" && h.maalgruppe === undefined ? { ...h, maalgruppe: sag.maalgruppe } : h,
        )
      : sag.haendelser;
    for (const m of kohorteMedlemskaber(hs, dag, rs)) {
      if (m.indtraedelse < periode.fra || m.indtraedelse > periode.til) continue;
      const s = spor.get(noegle(m.krav.regelId, m.krav.del));
      if (!s) continue;
      tael(s.tal, m);
      const g = MAALGRUPPE_KODER[m.maalgruppe];
      if (g !== undefined) {
        s.per[g] ??= tomTal();
        tael(s.per[g], m);
      }
    }
  }

  const ud: KohorteResultat[] = [];
  const set = new Set<string>();
  for (const k of rs.kohorte) {
    const n = noegle(k.regelId, k.del);
    const s = spor.get(n);
    if (!s || set.has(n)) continue;
    set.add(n);
    const grundlag = s.tal.kohorte - s.tal.afgaaet;
    const andel = grundlag > 0 ? s.tal.naaet / grundlag : null;
    const undtagetAndel = grundlag > 0 ? s.tal.undtaget / grundlag : null;
    const r: KohorteResultat = {
      regelId: k.regelId,
      titel: k.titel,
      henvisning: k.henvisning,
      sikkerhed: k.sikkerhed,
      tekst: k.tekst,
      kvote: k.kvote,
      maksUndtaget: k.maksUndtaget,
      periode: { fra: isoFraDag(periode.fra), til: isoFraDag(periode.til) },
      dag: isoFraDag(dag),
      ...s.tal,
      grundlag,
      andel,
      undtagetAndel,
      undtagetOverGraense: undtagetAndel !== null && undtagetAndel > k.maksUndtaget,
      kvoteOpfyldt: andel === null || andel >= k.kvote,
      afgjort: s.tal.igang === 0,
      perMaalgruppe: s.per,
    };
    if (k.del !== undefined) r.del = k.del;
    ud.push(r);
  }
  return ud;
}

/** "KF-75: 412 af 530 nået (78 %), 61 undtaget; kvoten på 75 % er nået." — a line for a report. */
export function kohorteLinje(r: KohorteResultat): string {
  const pct = (x: number) => `${Math.round(100 * x)} %`;
  if (r.andel === null) return `${r.regelId}: ingen i kohorten for perioden.`;
  const kvote = r.kvoteOpfyldt ? "er nået" : r.afgjort ? "er ikke nået" : "er endnu ikke nået";
  const over = r.undtagetOverGraense ? ` Flere end ${pct(r.maksUndtaget)} er undtaget.` : "";
  return `${r.regelId}: ${r.naaet} af ${r.grundlag} nået (${pct(r.andel)}), ${r.undtaget} undtaget, ${r.igang} i gang; kvoten på ${pct(r.kvote)} ${kvote}.${over} (${gruppeFordeling(r)})`;
}

function gruppeFordeling(r: KohorteResultat): string {
  return (Object.keys(r.perMaalgruppe) as Maalgruppe[])
    .map((g) => `målgruppe ${MAALGRUPPER[g].nr}: ${r.perMaalgruppe[g]!.kohorte}`)
    .join(", ");
}

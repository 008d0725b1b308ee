import type { Kysely } from "kysely";
import { recordAccess } from "../platform/audit/access.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { NATIONALE_REGLER } from "../modules/befordring/regler.ts";
import { afgoer, ansoeg, gemRegler } from "../modules/befordring/store.ts";
import { dagFraIso, erArbejdsdag, isoFraDag } from "../modules/regler/kalender.ts";
import { opretPunkt } from "../modules/sag/jobplan.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

/**
 * Per demo municipality: the citizen, their caseworker, an activity of their jobplan in another town (a work
 * placement) and the place's postcode, and the ids from this part's range (9001-9499 Roskilde, 9501-9999 Køge).
 */
const DEMO_BEFORDRING: Record<
  string,
  {
    n: number;
    borgerId: string;
    navn: string;
    jk: { id: string; navn: string };
    aktivitet: string;
    tilPostnr: string;
  }
> = {
  [DEMO.roskilde]: {
    n: 9000,
    borgerId: demoId(301),
    navn: "Mette Nielsen",
    jk: { id: demoId(101), navn: "Lone Sørensen" },
    aktivitet: "Virksomhedspraktik hos Køge Byggeservice ApS",
    tilPostnr: "4600",
  },
  [DEMO.koege]: {
    n: 9500,
    borgerId: demoId(401),
    navn: "Jonas Berg",
    jk: { id: demoId(201), navn: "Sara Lund" },
    aktivitet: "Arbejdsprøvning hos Ringsted Lager A/S",
    tilPostnr: "4100",
  },
};

/** The activity runs from four weeks before the demo day to four weeks after. */
const AKTIVITET_DAGE = 28;

/** The working days of the activity before `today`, oldest first. */
function arbejdsdageFoer(today: string): string[] {
  const ud: string[] = [];
  for (let d = dagFraIso(today) - AKTIVITET_DAGE; d < dagFraIso(today); d++) if (erArbejdsdag(d)) ud.push(isoFraDag(d));
  return ud;
}

/** The demo's befordring data for both municipalities. */
export async function seedBefordring(db: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  for (const [kommunekode, d] of Object.entries(DEMO_BEFORDRING)) {
    const e = befordringEksempler(kommunekode, today);
    await withTenant(db, kommunekode, async (tx) => {
      // the municipality's rule: the national versions
      await gemRegler(tx, NATIONALE_REGLER);
      const now = seedNu(today, nu);
      const borger = { userId: d.borgerId, name: d.navn, role: "borger" as const, kommunekode, borgerId: d.borgerId };
      const access = await recordAccess(
        tx,
        borger,
        { borgerId: d.borgerId, handling: "Demo", ressource: "befordring", formaal: "Egne oplysninger" },
        now,
      );
      await opretPunkt(
        tx,
        access,
        {
          id: e.aktivitetId,
          art: "aktivitet",
          titel: d.aktivitet,
          beskrivelse: `Praktikstedet ligger i postnummer ${d.tilPostnr}.`,
          status: "i_gang",
          aftaltMedBorger: true,
          start: isoFraDag(dagFraIso(today) - AKTIVITET_DAGE),
          slut: isoFraDag(dagFraIso(today) + AKTIVITET_DAGE),
        },
        now,
      );
      const dage = arbejdsdageFoer(today);
      const aktivitet = { art: "jobplan" as const, id: e.aktivitetId };
      // an approved claim for the first week, and one waiting for the caseworker for the next three days
      await ansoeg(
        tx,
        access,
        {
          id: e.godkendtId,
          aktivitet,
          tilPostnr: d.tilPostnr,
          dage: dage.slice(0, 5),
          idempotens: `demo:${e.godkendtId}`,
        },
        new Date(now.getTime() - 5 * 86_400_000),
      );
      await afgoer(
        tx,
        e.godkendtId,
        { id: d.jk.id, navn: d.jk.navn, rolle: "jobkonsulent" },
        { beslutning: "godkendt", begrundelse: null, rettet: null },
        new Date(now.getTime() - 4 * 86_400_000),
      );
      await ansoeg(
        tx,
        access,
        {
          id: e.afventerId,
          aktivitet,
          tilPostnr: d.tilPostnr,
          dage: dage.slice(5, 8),
          idempotens: `demo:${e.afventerId}`,
        },
        new Date(now.getTime() - 86_400_000),
      );
    });
  }
}

/** Ids and valid bodies for the access-control test's samples. */
export function befordringEksempler(kommunekode: string, today: string) {
  const d = DEMO_BEFORDRING[kommunekode] ?? DEMO_BEFORDRING[DEMO.roskilde]!;
  const id = (k: number) => demoId(d.n + k);
  const aktivitetId = id(1);
  const dage = arbejdsdageFoer(today);
  return {
    aktivitetId,
    /** an approved claim and one waiting for a decision */
    godkendtId: id(2),
    afventerId: id(3),
    /** a valid claim: the last working day before today, which the demo's claims leave free */
    ansoegning: {
      aktivitet: { art: "jobplan" as const, id: aktivitetId },
      tilPostnr: d.tilPostnr,
      dage: dage.slice(-1),
    },
    noegle: id(10),
    noegleFremmed: id(11),
  };
}

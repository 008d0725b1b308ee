import type { Kysely } from "kysely";
import { recordAccess } from "../platform/audit/access.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { isoUge } from "../modules/joblog/model.ts";
import { type NyAnsoegning, opretAnsoegning, saetIndividueltKrav, saetKommunekrav } from "../modules/joblog/store.ts";
import { dagFraIso, isoFraDag } from "../modules/regler/kalender.ts";
import { GENNEMGANGE, gennemgangFor, versionPaa } from "../modules/rettigheder/model.ts";
import { bekraeft } from "../modules/rettigheder/store.ts";
import { DEMO, demoId } from "./ids.ts";

/**
 * The demo's job log and rights review (ids demoId(8001..8999)):
 * - Mette (Roskilde, dagpenge): applications in earlier weeks (one week not met), none yet this week; she confirmed
 *   the 2024 version of her rights review, so a newer version now asks her to confirm again.
 * - Ahmad (Roskilde, jobparat kontanthjælp): an individual number of 3 a week set by Lone, with the reason; has
 *   confirmed the review in force.
 * - Jonas (Køge, sygedagpenge): no duty to log, one application of his own; has confirmed the review in force.
 * - Køge has set its own number for dagpenge (3 a week).
 */
export const DEMO_JOBLOG = {
  [DEMO.roskilde]: { borgerId: demoId(301), maalgruppe: "DAGPENGE", ansoegningId: demoId(8001) },
  [DEMO.koege]: { borgerId: demoId(401), maalgruppe: "SYGEDAGPENGE", ansoegningId: demoId(8101) },
} as const;

const AHMAD = demoId(302);
/** Lone (jk-lone) and Køge's administrator (admin-koege), as seed/demo.ts numbers them */
const LONE = { id: demoId(101), navn: "Lone Sørensen" };
const ADMIN_KOEGE = { id: demoId(203), navn: "Ulla Friis" };

const borgerAktoer = (kommunekode: string, borgerId: string) => ({
  userId: borgerId,
  name: "Demo",
  role: "borger" as const,
  kommunekode,
  borgerId,
});

type Demo = Omit<NyAnsoegning, "idempotens" | "dato"> & { id: number; dag: number };

/** An application n days from the Monday of the week before this one (so "this week" starts empty). */
async function ansoegninger(db: Kysely<DB>, kommunekode: string, borgerId: string, today: string, liste: Demo[]) {
  const forrigeMandag = isoUge(dagFraIso(today)).mandag - 7;
  await withTenant(db, kommunekode, async (tx) => {
    for (const a of liste) {
      const { id, dag, ...rest } = a;
      const dato = isoFraDag(forrigeMandag + dag);
      await opretAnsoegning(
        tx,
        borgerId,
        { ...rest, id: demoId(id), dato, idempotens: demoId(id) },
        new Date(`${dato}T10:00:00Z`),
      );
    }
  });
}

/** The demo's joblog data for both municipalities. */
export async function seedJoblog(db: Kysely<DB>, today: string): Promise<void> {
  const mette = DEMO_JOBLOG[DEMO.roskilde].borgerId;
  const jonas = DEMO_JOBLOG[DEMO.koege].borgerId;
  await ansoegninger(db, DEMO.roskilde, mette, today, [
    {
      id: 8001,
      dag: 1,
      arbejdsgiver: "Roskilde Kommune",
      stilling: "Administrativ medarbejder",
      maade: "skriftlig",
      status: "samtale",
      link: "https://job.roskilde.dk/administrativ-medarbejder",
    },
    {
      id: 8002,
      dag: 3,
      arbejdsgiver: "Danske Fragtmænd",
      stilling: "Kundeservicemedarbejder",
      maade: "skriftlig",
      status: "sendt",
    },
    {
      id: 8003,
      dag: -4,
      arbejdsgiver: "Coop 365 Roskilde",
      stilling: "Butiksassistent",
      maade: "personlig",
      status: "afslag",
      note: "Afleverede ansøgning i butikken.",
    },
    { id: 8004, dag: -13, arbejdsgiver: "Novozymes", stilling: "Laborant", maade: "uopfordret", status: "intet_svar" },
    {
      id: 8005,
      dag: -11,
      arbejdsgiver: "Region Sjælland",
      stilling: "Lægesekretær",
      maade: "skriftlig",
      status: "afslag",
    },
  ]);
  await ansoegninger(db, DEMO.roskilde, AHMAD, today, [
    {
      id: 8011,
      dag: 0,
      arbejdsgiver: "Netto Roskilde",
      stilling: "Lagermedarbejder",
      maade: "skriftlig",
      status: "sendt",
    },
    {
      id: 8012,
      dag: 2,
      arbejdsgiver: "ISS Facility Services",
      stilling: "Rengøringsassistent",
      maade: "mundtlig",
      status: "samtale",
    },
    {
      id: 8013,
      dag: 4,
      arbejdsgiver: "Roskilde Festival",
      stilling: "Lagerhjælper",
      maade: "uopfordret",
      status: "sendt",
    },
  ]);
  await ansoegninger(db, DEMO.koege, jonas, today, [
    {
      id: 8101,
      dag: 2,
      arbejdsgiver: "Køge Havn",
      stilling: "Havnearbejder (deltid)",
      maade: "skriftlig",
      status: "sendt",
    },
  ]);

  const idag = dagFraIso(today);
  await withTenant(db, DEMO.roskilde, async (tx) => {
    const ahmad = await recordAccess(
      tx,
      borgerAktoer(DEMO.roskilde, AHMAD),
      { borgerId: AHMAD, handling: "Seed", ressource: "joblog", formaal: "Demo" },
      new Date(),
    );
    await saetIndividueltKrav(
      tx,
      ahmad,
      "KONTANTHJAELP_JOBPARAT",
      {
        antal: 3,
        gyldigFra: isoFraDag(isoUge(idag).mandag - 14),
        begrundelse:
          "Ahmad søger inden for lager og rengøring, hvor der er mange opslåede stillinger. Aftalt til samtalen.",
        idempotens: demoId(8201),
      },
      LONE,
      new Date(`${isoFraDag(idag - 14)}T09:30:00Z`),
    );
    // Mette confirmed the version of 2024; Ahmad the version in force
    const metteAdgang = await recordAccess(
      tx,
      borgerAktoer(DEMO.roskilde, mette),
      { borgerId: mette, handling: "Seed", ressource: "rettigheder", formaal: "Demo" },
      new Date(),
    );
    await bekraeft(
      tx,
      metteAdgang,
      { gennemgangId: "RP-DAGPENGE", version: "2024-01-01", idempotens: demoId(8301) },
      new Date("2026-03-02T10:15:00Z"),
    );
    await bekraeftIKraft(tx, ahmad, "KONTANTHJAELP_JOBPARAT", today, demoId(8302));
  });
  await withTenant(db, DEMO.koege, async (tx) => {
    await saetKommunekrav(
      tx,
      "DAGPENGE",
      {
        antal: 3,
        gyldigFra: "2026-01-01",
        begrundelse: "Køge Kommunes beskæftigelsesplan 2026: mindst 3 ansøgninger om ugen som udgangspunkt.",
        idempotens: demoId(8401),
      },
      ADMIN_KOEGE,
      new Date("2025-12-15T12:00:00Z"),
    );
    const j = await recordAccess(
      tx,
      borgerAktoer(DEMO.koege, jonas),
      { borgerId: jonas, handling: "Seed", ressource: "rettigheder", formaal: "Demo" },
      new Date(),
    );
    await bekraeftIKraft(tx, j, "SYGEDAGPENGE", today, demoId(8303));
  });
}

async function bekraeftIKraft(
  tx: Parameters<typeof bekraeft>[0],
  access: Parameters<typeof bekraeft>[1],
  maalgruppe: string,
  today: string,
  noegle: string,
) {
  const g = gennemgangFor(GENNEMGANGE, maalgruppe)!;
  const v = versionPaa(g, today)!;
  await bekraeft(
    tx,
    access,
    { gennemgangId: g.id, version: v.gyldigFra, idempotens: noegle },
    new Date(`${isoFraDag(dagFraIso(today) - 10)}T11:00:00Z`),
  );
}

/** Ids and valid bodies for the access-control test's samples. */
export function joblogEksempler(kommunekode: string, today: string) {
  const d = DEMO_JOBLOG[kommunekode as keyof typeof DEMO_JOBLOG];
  const g = gennemgangFor(GENNEMGANGE, d.maalgruppe)!;
  return {
    ansoegningId: d.ansoegningId,
    nyAnsoegning: {
      arbejdsgiver: "Demo ApS",
      stilling: "Kontorassistent",
      dato: today,
      maade: "skriftlig",
      status: "sendt",
      idempotensnoegle: demoId(8900),
    },
    individueltKrav:
      // Jonas (sygedagpenge) has no duty: the sample lifts an individual number, which is always allowed
      d.maalgruppe === "SYGEDAGPENGE"
        ? { antal: null, begrundelse: "Ingen pligt til joblog under sygemelding.", idempotensnoegle: demoId(8901) }
        : { antal: 3, begrundelse: "Aftalt til samtalen.", idempotensnoegle: demoId(8901) },
    kommunekrav: {
      maalgruppe: "DAGPENGE",
      antal: 2,
      begrundelse: "Kommunens udgangspunkt.",
      idempotensnoegle: demoId(8902),
    },
    bekraeftelse: { gennemgangId: g.id, version: versionPaa(g, today)!.gyldigFra, idempotensnoegle: demoId(8903) },
  };
}

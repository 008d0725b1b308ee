import type { Kysely } from "kysely";
import type { CitizenAccess } from "../platform/audit/access.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { opretAnmodning } from "../modules/aktindsigt/store.ts";
import { undtag } from "../modules/sag/indsigt-store.ts";
import { dagFraIso, isoFraDag, plusArbejdsdage } from "../modules/regler/kalender.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

/**
 * The demo's full access and aktindsigt data. For the municipality's first demo citizen (Mette in Roskilde, Jonas in
 * Køge): a few more journal notes, one withheld by a decision in force (about another person), one the demo caseworker
 * can withhold herself, one for the access-control test to withhold, and one withheld by a decision that test lifts.
 * Requests for access to records: two open ones for the access-control test (answer, delay) and, in Roskilde, Ahmad's
 * request from two weeks ago that is overdue.
 */
const id = demoId;

interface Plan {
  kommunekode: string;
  /** the citizen whose case has the notes and decisions */
  borger: string;
  /** the citizen with the requests of the access-control test */
  anmoder: string;
  medarbejder: { id: string; navn: string };
  base: number;
}

const PLANER: Plan[] = [
  {
    kommunekode: DEMO.roskilde,
    borger: id(301),
    anmoder: id(302),
    medarbejder: { id: id(101), navn: "Lone Sørensen" },
    base: 6000,
  },
  {
    kommunekode: DEMO.koege,
    borger: id(401),
    anmoder: id(401),
    medarbejder: { id: id(201), navn: "Sara Lund" },
    base: 6500,
  },
];

const plan = (kommunekode: string) => PLANER.find((p) => p.kommunekode === kommunekode)!;

/** Ids and valid bodies for the access-control test's samples. */
export function indsigtEksempler(kommunekode: string, today: string) {
  const b = plan(kommunekode).base;
  return {
    /** the note the demo caseworker withholds in the browser journey (Roskilde) */
    internNotatId: id(b + 1),
    /** a note withheld by a decision in force, and that decision */
    undtagetNotatId: id(b + 2),
    undtagelseId: id(b + 3),
    /** the note the access-control test withholds, with its key */
    undtagNotatId: id(b + 4),
    undtagNoegle: id(b + 5),
    /** a decision the access-control test lifts */
    ophaevUndtagelseId: id(b + 6),
    /** open requests: one to answer, one to delay, with their keys */
    svarAnmodningId: id(b + 10),
    udsaetAnmodningId: id(b + 11),
    svarNoegle: id(b + 13),
    udsaetNoegle: id(b + 14),
    /** a valid expected date for a delay letter: after the deadline of a request made today */
    forventet: isoFraDag(plusArbejdsdage(dagFraIso(today), 15)),
    /** the citizen's key for a new request */
    anmodningNoegle: id(b + 12),
  };
}

/** The seed writes as the system on the caseworker's behalf; it is not a staff read, so nothing is logged. */
const seedAdgang = (kommunekode: string, borgerId: string) => ({ borgerId, kommunekode }) as unknown as CitizenAccess;

/** The demo's indsigt data for both municipalities. */
export async function seedIndsigt(db: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const now = seedNu(today, nu);
  for (const p of PLANER) {
    const e = indsigtEksempler(p.kommunekode, today);
    const b = p.base;
    const fornavn = p.kommunekode === DEMO.roskilde ? "Mette" : "Jonas";
    await withTenant(db, p.kommunekode, async (tx) => {
      const noter: [number, number, string, string, string][] = [
        [
          b + 1,
          -6,
          "notat",
          "Intern vurdering af jobmål",
          `Min foreløbige vurdering før teammødet: ${fornavn}s jobmål er realistisk, men der er få stillinger i området. Drøftes med teamlederen.`,
        ],
        [
          b + 2,
          -5,
          "telefon",
          "Henvendelse fra tidligere arbejdsgiver",
          `Tidligere arbejdsgiver ringede og fortalte om en kollegas forhold i forbindelse med ${fornavn}s fratrædelse.`,
        ],
        [
          b + 4,
          -4,
          "notat",
          "Aftale om opfølgning",
          `${fornavn} og jeg aftalte at følge op på jobsøgningen om to uger.`,
        ],
        [
          b + 7,
          -3,
          "notat",
          "Oplysninger fra en anden myndighed",
          "Modtaget oplysninger til brug for en igangværende kontrol.",
        ],
      ];
      for (const [n, dage, kategori, emne, tekst] of noter) {
        const dato = isoFraDag(dagFraIso(today) + dage);
        await tx
          .insertInto("notat")
          .values({
            id: id(n),
            kommunekode: p.kommunekode,
            borger_id: p.borger,
            dato,
            kategori,
            emne,
            tekst,
            forfatter_id: p.medarbejder.id,
            forfatter_navn: p.medarbejder.navn,
            oprettet: new Date(`${dato}T09:00:00Z`),
            idempotens: id(n),
          })
          .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
          .execute();
      }
      const adgang = seedAdgang(p.kommunekode, p.borger);
      await undtag(
        tx,
        adgang,
        {
          art: "notat",
          genstandId: id(b + 2),
          begrundelse:
            "Notatet handler om en anden persons private forhold, som har ringet til jobcentret. Det, der vedrører dig, fremgår af notatet om din fratrædelse.",
          hjemmel: "FVL-15B-ANDRE",
          idempotens: e.undtagelseId,
          af: p.medarbejder,
        },
        e.undtagelseId,
        now,
      );
      await undtag(
        tx,
        adgang,
        {
          art: "notat",
          genstandId: id(b + 7),
          begrundelse: "Oplysningerne indgår i en igangværende kontrol og kan først gives, når den er afsluttet.",
          hjemmel: "FVL-15A-KONTROL",
          idempotens: e.ophaevUndtagelseId,
          af: p.medarbejder,
        },
        e.ophaevUndtagelseId,
        now,
      );
      // requests: one received two working days ago (to answer), one today (to delay)
      const anmoder = seedAdgang(p.kommunekode, p.anmoder);
      const toDageSiden = new Date(`${isoFraDag(dagFraIso(today) - 2)}T10:00:00Z`);
      for (const [n, tid, oenske] of [
        [b + 10, toDageSiden, "Jeg vil gerne se alle notater om mig fra det seneste halve år."],
        [b + 11, now, "Kopi af alle dokumenter i min sag."],
      ] as const) {
        const a = await opretAnmodning(
          tx,
          anmoder,
          { oenske, periodeFra: null, periodeTil: null, form: "minside", idempotens: id(n) },
          tid,
        );
        // fixed ids for the samples
        if (a.id !== id(n)) {
          await tx
            .updateTable("aktindsigt_anmodning")
            .set({ id: id(n) })
            .where("id", "=", a.id)
            .execute();
        }
      }
      if (p.kommunekode === DEMO.roskilde) {
        const forLaengeSiden = new Date(`${isoFraDag(dagFraIso(today) - 16)}T10:00:00Z`);
        await opretAnmodning(
          tx,
          seedAdgang(p.kommunekode, id(302)),
          {
            oenske: "Alle oplysninger om min udeblivelse fra samtalen i august.",
            periodeFra: "2026-08-01",
            periodeTil: "2026-08-31",
            form: "post",
            idempotens: id(b + 20),
          },
          forLaengeSiden,
        );
      }
    });
  }
}

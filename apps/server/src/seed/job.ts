import { createHmac } from "node:crypto";
import type { Kysely } from "kysely";
import { loadConfig } from "../config.ts";
import { beskedTilBorger } from "../modules/job/kontakt.ts";
import { kandidatPseudonym, pseudonymNoegle } from "../modules/job/match-service.ts";
import type { KontaktKilde, KontaktStatus } from "../platform/db/schema-job.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

/**
 * Issue 5: the demo's contact requests (docs/matching.md "Kontakt og samtykke"), ids demoId(14000..14499) for
 * Roskilde's citizens and demoId(14500..14999) for Køge's. The orders are seed/jobordre.ts's (13000+), the CVs
 * seed/cv.ts's (12000+):
 * - 14001 Mette: Trekroner Kontorservice's office order (13010) asks for contact, waiting for her answer (her "Job
 *   til dig" page has something to answer; the browser journey accepts it);
 * - 14002 Ahmad: Anders' carpenter order (13000) asked and Ahmad accepted, so Anders sees his name and number;
 * - 14003 Ahmad: Lone put him forward (formidling) for the joinery order (13001), waiting for his consent;
 * - 14004 Mette: the cleaning order (13012) asked and she declined;
 * - 14501 Jonas: Køge Havnelogistik's warehouse order (13501) asks for contact, waiting;
 * - 14502 Mette: the same Køge order, across the municipal border (she lets neighbouring municipalities see her CV,
 *   and the order takes candidates from neighbours), waiting.
 * The Køge warehouse order (13501) is the demo's order that takes candidates from neighbouring municipalities
 * (seed/jobordre.ts).
 */
const METTE = demoId(301);
const AHMAD = demoId(302);
const JONAS = demoId(401);
const LONE = { id: demoId(101), navn: "Lone Sørensen" };
const ANDERS = { id: demoId(106), navn: "Anders Møller" };
const KIM = { id: demoId(103), navn: "Kim Andersen" };
const CAMILLA = { id: demoId(204), navn: "Camilla Holt" };

export const DEMO_KONTAKT = {
  metteAfventer: demoId(14001),
  ahmadAccepteret: demoId(14002),
  ahmadFormidling: demoId(14003),
  metteAfvist: demoId(14004),
  jonasAfventer: demoId(14501),
  metteFraKoege: demoId(14502),
} as const;

interface DemoKontakt {
  id: string;
  kk: string;
  ordreKk: string;
  ordre: number;
  borger: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
  af: { id: string; navn: string };
  besked: string | null;
  /** hours before 09:00 today */
  timerSiden: number;
}

const KONTAKTER: DemoKontakt[] = [
  {
    id: DEMO_KONTAKT.metteAfventer,
    kk: DEMO.roskilde,
    ordreKk: DEMO.roskilde,
    ordre: 13010,
    borger: METTE,
    kilde: "virksomhed",
    status: "afventer",
    af: KIM,
    besked: "Vi har set dit CV og tror, du vil passe godt ind hos os. Må vi ringe til dig?",
    timerSiden: 20,
  },
  {
    id: DEMO_KONTAKT.ahmadAccepteret,
    kk: DEMO.roskilde,
    ordreKk: DEMO.roskilde,
    ordre: 13000,
    borger: AHMAD,
    kilde: "virksomhed",
    status: "accepteret",
    af: ANDERS,
    besked: "Du har præcis den erfaring, vi mangler. Vi vil gerne invitere dig til en snak.",
    timerSiden: 50,
  },
  {
    id: DEMO_KONTAKT.ahmadFormidling,
    kk: DEMO.roskilde,
    ordreKk: DEMO.roskilde,
    ordre: 13001,
    borger: AHMAD,
    kilde: "formidling",
    status: "afventer",
    af: LONE,
    besked: "Jeg tror, snedkerjobbet kunne være noget for dig. Sig til, hvis jeg må foreslå dig.",
    timerSiden: 26,
  },
  {
    id: DEMO_KONTAKT.metteAfvist,
    kk: DEMO.roskilde,
    ordreKk: DEMO.roskilde,
    ordre: 13012,
    borger: METTE,
    kilde: "virksomhed",
    status: "afvist",
    af: KIM,
    besked: null,
    timerSiden: 75,
  },
  {
    id: DEMO_KONTAKT.jonasAfventer,
    kk: DEMO.koege,
    ordreKk: DEMO.koege,
    ordre: 13501,
    borger: JONAS,
    kilde: "virksomhed",
    status: "afventer",
    af: CAMILLA,
    besked: "Vi søger folk til lageret ved havnen. Må vi kontakte dig?",
    timerSiden: 30,
  },
  {
    id: DEMO_KONTAKT.metteFraKoege,
    kk: DEMO.roskilde,
    ordreKk: DEMO.koege,
    ordre: 13501,
    borger: METTE,
    kilde: "virksomhed",
    status: "afventer",
    af: CAMILLA,
    besked: null,
    timerSiden: 6,
  },
];

/** The demo's contact requests (only those whose order and citizen were seeded). Runs as the owner. */
export async function seedJob(db: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const kl9 = seedNu(today, nu).getTime();
  const ordrer = new Map(
    (
      await db
        .selectFrom("jobordre as o")
        .innerJoin("virksomhed as v", (j) =>
          j.onRef("v.kommunekode", "=", "o.kommunekode").onRef("v.cvr", "=", "o.cvr"),
        )
        .select(["o.id", "o.titel", "v.navn"])
        .where(
          "o.id",
          "in",
          KONTAKTER.map((k) => demoId(k.ordre)),
        )
        .execute()
    ).map((o) => [o.id, o]),
  );
  for (const k of KONTAKTER) {
    const o = ordrer.get(demoId(k.ordre));
    if (!o) continue;
    const anmodet = new Date(kl9 - k.timerSiden * 3_600_000);
    await withTenant(db, k.kk, async (tx) => {
      await tx
        .insertInto("kontaktanmodning")
        .values({
          id: k.id,
          kommunekode: k.kk,
          ordre_id: o.id,
          ordre_kommunekode: k.ordreKk,
          borger_id: k.borger,
          kilde: k.kilde,
          status: k.status,
          besked: k.besked,
          score: null,
          forklaring: null,
          anmodet_af: k.af.id,
          anmodet_af_navn: k.af.navn,
          anmodet,
          besvaret: k.status === "afventer" ? null : new Date(anmodet.getTime() + 5 * 3_600_000),
          idempotens: `demo-kontakt-${k.id}`,
        })
        .execute();
      await beskedTilBorger(tx, k.borger, k.kilde, { titel: o.titel, virksomhed: o.navn }, anmodet);
    });
  }
}

/** The candidate codes as the test server computes them (its keyed-hash key is the development key). */
function testPseudonym(ordreId: string, borgerId: string) {
  const key = loadConfig({}).cpr.hashKey;
  return kandidatPseudonym(
    ordreId,
    borgerId,
    pseudonymNoegle((s) => createHmac("sha256", key).update(s).digest("base64url")),
  );
}

/** The part's demo ids and valid request bodies for the access-control test (per municipality). */
export function jobEksempler(kommunekode: string, _today: string) {
  const koege = kommunekode === DEMO.koege;
  // Roskilde: Anders' carpenter order and Mette as its candidate. Køge: Camilla's warehouse order and Jonas, who has
  // no CV in the demo; the access-control test walks the citizen's routes first, and the CV sample (PUT /api/borger/cv)
  // gives him a visible one before the employer's routes ask for contact.
  const ordreId = demoId(koege ? 13501 : 13000);
  const base = koege ? 14500 : 14000;
  return {
    kommunekode,
    ordreId,
    kandidatId: testPseudonym(ordreId, koege ? JONAS : METTE),
    /** an open order on the opgavebørs */
    opgaveId: demoId(koege ? 13504 : 13004),
    /** a contact request waiting for the municipality's demo citizen's answer (Mette, Jonas) */
    afventerKontaktId: koege ? DEMO_KONTAKT.jonasAfventer : DEMO_KONTAKT.metteAfventer,
    kontaktNoegle: demoId(base + 490),
    ansoegNoegle: demoId(base + 491),
    formidlingNoegle: demoId(base + 492),
  };
}

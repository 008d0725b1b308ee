import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import { recordAccess } from "../platform/audit/access.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { hashAf } from "../modules/minside/model.ts";
import { opretAdgang, tilbagekald } from "../modules/minside/store.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

/**
 * The demo's companion grants (ids 5001–5999): the main citizen of each municipality (Mette in Roskilde, Jonas in
 * Køge) has one open grant whose code is not used yet and one revoked grant; a second citizen (Ahmad; in Køge Jonas
 * again) has a handful of unused grants with known codes that the access-control test redeems, one per call.
 */
const HOVEDBORGER: Record<string, string> = { [DEMO.roskilde]: demoId(301), [DEMO.koege]: demoId(401) };
const TESTBORGER: Record<string, string> = { [DEMO.roskilde]: demoId(302), [DEMO.koege]: demoId(401) };
const TESTGRANTS = 8;
const nr = (kommunekode: string) => (kommunekode === DEMO.roskilde ? 0 : 10);

/** A fixed token and code for a demo grant (demo data only: real ones are random and never stored). */
function demoNoegler(kommunekode: string, n: number) {
  const h = createHash("sha256").update(`jobunivers-demo-bisidder-${kommunekode}-${n}`).digest();
  return {
    token: `${kommunekode}-${h.toString("base64url")}`,
    kode: String(h.readUInt32BE(0) % 100_000_000).padStart(8, "0"),
  };
}

const dage = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

async function grant(
  db: Kysely<DB>,
  kommunekode: string,
  borgerId: string,
  n: number,
  navn: string,
  oprettet: Date,
  gyldigDage: number,
) {
  const { token, kode } = demoNoegler(kommunekode, n);
  return withTenant(db, kommunekode, async (tx) => {
    const access = await recordAccess(
      tx,
      { userId: borgerId, name: navn, role: "borger", kommunekode, borgerId },
      { borgerId, handling: "Læst", ressource: "minside/bisiddere", formaal: "Egne oplysninger" },
      oprettet,
    );
    const r = await opretAdgang(
      tx,
      access,
      {
        id: demoId(5000 + n),
        navn,
        gyldigTil: dage(oprettet, gyldigDage),
        tokenHash: hashAf(token),
        kodeHash: hashAf(kode),
        idempotens: demoId(5500 + n),
      },
      oprettet,
    );
    return { access, id: r!.adgang.id };
  });
}

/** The demo's minside data for both municipalities. */
export async function seedMinside(db: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const now = seedNu(today, nu);
  for (const kommunekode of [DEMO.roskilde, DEMO.koege]) {
    const o = nr(kommunekode);
    const borger = HOVEDBORGER[kommunekode]!;
    // an open grant, given yesterday for next week's conversation; the companion has not used the code yet
    await grant(db, kommunekode, borger, 1 + o, "Hanne Holm", dage(now, -1), 21);
    // a grant given for a meeting last month and revoked after it
    const gammel = await grant(db, kommunekode, borger, 2 + o, "Peter Lund", dage(now, -40), 14);
    await withTenant(db, kommunekode, (tx) => tilbagekald(tx, gammel.access, gammel.id, dage(now, -33)));
    for (let i = 0; i < TESTGRANTS; i++)
      await grant(db, kommunekode, TESTBORGER[kommunekode]!, 100 + o * 10 + i, `Testbisidder ${i + 1}`, now, 30);
  }
}

/** Ids and valid bodies for the access-control test's samples. */
export function minsideEksempler(kommunekode: string, _today: string) {
  const o = nr(kommunekode);
  return {
    /** Mette's (Jonas's) open grant and revoked grant */
    aktivId: demoId(5001 + o),
    tilbagekaldtId: demoId(5002 + o),
    bisidderToken: demoNoegler(kommunekode, 1 + o).token,
    /** unused grants with known codes (each can be redeemed once) */
    testKoder: Array.from({ length: TESTGRANTS }, (_, i) => demoNoegler(kommunekode, 100 + o * 10 + i)),
    nyBisidder: { navn: "Karin Berg", dage: 14, idempotensnoegle: demoId(5900 + o) },
  };
}

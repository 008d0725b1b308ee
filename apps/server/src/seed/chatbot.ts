/**
 * The demo's chatbot knowledge base for both municipalities (modules/chatbot/vidensbase-demo.ts): the articles and
 * the synonym list, written through the chatbot's own store functions inside each municipality. Fixed ids:
 * Roskilde's articles demoId(10001…), Køge's demoId(10101…); an unanswered question of each municipality's first
 * named citizen demoId(10201/10202) for the access-control samples.
 */
import type { Kysely } from "kysely";
import { gemSynonymer, gemUbesvaret, opretArtikel } from "../modules/chatbot/store.ts";
import { DEMO_ARTIKLER, DEMO_SYNONYMER } from "../modules/chatbot/vidensbase-demo.ts";
import type { DB } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";
import { DEMO, demoId } from "./ids.ts";
import { seedNu } from "./tid.ts";

const FOERSTE: Record<string, number> = { [DEMO.roskilde]: 10001, [DEMO.koege]: 10101 };
/** the first named citizen of each municipality (Mette, Jonas) */
const BORGER: Record<string, string> = { [DEMO.roskilde]: demoId(301), [DEMO.koege]: demoId(401) };
const UBESVARET: Record<string, string> = { [DEMO.roskilde]: demoId(10201), [DEMO.koege]: demoId(10202) };

/** The demo articles of a municipality with their fixed ids, in the order of DEMO_ARTIKLER. */
export function demoArtikler(kommunekode: string) {
  return DEMO_ARTIKLER.map((a, i) => ({ ...a, id: demoId(FOERSTE[kommunekode]! + i) })).filter(
    (a) => !a.kun || a.kun === kommunekode,
  );
}

/** The demo's chatbot data for both municipalities. */
export async function seedChatbot(db: Kysely<DB>, today: string, nu?: Date): Promise<void> {
  const now = seedNu(today, nu);
  for (const kommunekode of [DEMO.roskilde, DEMO.koege]) {
    await withTenant(db, kommunekode, async (tx) => {
      for (const { kun: _kun, id, ...a } of demoArtikler(kommunekode))
        await opretArtikel(tx, a, "Jobunivers (demodata)", now, id);
      await gemSynonymer(tx, DEMO_SYNONYMER, now);
      await gemUbesvaret(
        tx,
        BORGER[kommunekode]!,
        "Kan jeg få hjælp til at betale tandlægen?",
        UBESVARET[kommunekode]!,
        now,
        UBESVARET[kommunekode]!,
      );
    });
  }
}

/** Ids and valid bodies for the access-control test's samples. */
export function chatbotEksempler(kommunekode: string, _today: string) {
  const artikel = demoArtikler(kommunekode)[0]!;
  return {
    artikelId: artikel.id,
    artikel: {
      noegle: artikel.noegle,
      titel: artikel.titel,
      spoergsmaal: artikel.spoergsmaal,
      svar: artikel.svar,
      svarEn: artikel.svarEn ?? null,
      link: artikel.link ?? null,
      henvisning: artikel.henvisning ?? null,
      aktiv: true,
    },
    /** an open unanswered question of the municipality's first named citizen */
    ubesvaretId: UBESVARET[kommunekode]!,
  };
}

import type { Kysely } from "kysely";
import { demoTaksonomi } from "../modules/esco/demo-taksonomi.ts";
import type { DB } from "../platform/db/schema.ts";

/**
 * Issue 5: the demo's small ESCO taxonomy (modules/esco/demo-taksonomi.json: 43 occupations, their skills and ISCO
 * groups, with Danish labels and synonyms) into the esco_* tables (docs/esco.md). A full ESCO import
 * (`npm run esco:import`) later upserts over it; the demo's synonyms are kept. When ESCO was imported before the demo
 * world was seeded, the import stands and the demo taxonomy is not written.
 */
export async function seedEsco(db: Kysely<DB>): Promise<void> {
  if (await db.selectFrom("esco_import").select("id").limit(1).executeTakeFirst()) return;
  const t = demoTaksonomi();
  const relationer = t.erhverv.flatMap((e) => [
    ...e.essentielle.map((f) => ({ erhverv_uri: e.uri, faerdighed_uri: f, relation: "essentiel" as const })),
    ...e.valgfrie.map((f) => ({ erhverv_uri: e.uri, faerdighed_uri: f, relation: "valgfri" as const })),
  ]);
  await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto("esco_import")
      .values({
        version: "demo",
        sprog: "da",
        kilde: "demo",
        importeret: new Date(),
        antal_erhverv: t.erhverv.length,
        antal_faerdigheder: t.faerdigheder.length,
        antal_relationer: relationer.length,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("esco_isco_gruppe")
      .values(t.isco)
      .onConflict((oc) => oc.column("kode").doNothing())
      .execute();
    await tx
      .insertInto("esco_erhverv")
      .values(
        t.erhverv.map((e) => ({
          uri: e.uri,
          isco: e.isco,
          kode: e.kode,
          titel_da: e.titel_da,
          titel_en: e.titel_en,
          alt_da: e.alt_da,
          alt_en: e.alt_en,
          synonymer_da: e.synonymer_da,
          beskrivelse: null,
          import_id: id,
        })),
      )
      .onConflict((oc) => oc.column("uri").doNothing())
      .execute();
    await tx
      .insertInto("esco_faerdighed")
      .values(
        t.faerdigheder.map((f) => ({
          uri: f.uri,
          titel_da: f.titel_da,
          titel_en: f.titel_en,
          alt_en: f.alt_en,
          art: f.art,
          genbrug: f.genbrug,
          import_id: id,
        })),
      )
      .onConflict((oc) => oc.column("uri").doNothing())
      .execute();
    await tx
      .insertInto("esco_erhverv_faerdighed")
      .values(relationer)
      .onConflict((oc) => oc.columns(["erhverv_uri", "faerdighed_uri"]).doNothing())
      .execute();
  });
}

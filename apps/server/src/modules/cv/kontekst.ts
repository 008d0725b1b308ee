/**
 * The matching core's taxonomy context for the CV's brancheskift inspiration, built once from the ESCO tables and
 * kept until the taxonomy changes (a new import run or another number of occupations or relations).
 */
import { type Kysely, sql } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { escoTaksonomi } from "../esco/store.ts";
import { bygKontekst, type MatchErhverv, type MatchKontekst } from "../job/match/model.ts";

export interface Taksonomi {
  erhverv: Map<string, MatchErhverv>;
  kontekst: MatchKontekst;
}

const cache = new WeakMap<object, { noegle: string; taksonomi: Promise<Taksonomi> }>();

/**
 * The context for the database's current taxonomy, read through `db` (a request's transaction is fine: ESCO is
 * reference data every municipality reads) and cached per `ejer` (the app's database handle).
 */
export async function taksonomi(db: Kysely<DB>, ejer: object): Promise<Taksonomi> {
  const { rows } = await sql<{ noegle: string }>`
    select concat_ws(':',
      (select max(id) from esco_import),
      (select count(*) from esco_erhverv where not udgaaet),
      (select count(*) from esco_erhverv_faerdighed)) as noegle`.execute(db);
  const noegle = rows[0]?.noegle ?? "";
  const hit = cache.get(ejer);
  if (hit && hit.noegle === noegle) return hit.taksonomi;
  const taksonomi = escoTaksonomi(db).then((liste) => ({
    erhverv: new Map(liste.map((e) => [e.uri, e])),
    kontekst: bygKontekst(liste),
  }));
  cache.set(ejer, { noegle, taksonomi });
  taksonomi.catch(() => cache.delete(ejer));
  return taksonomi;
}

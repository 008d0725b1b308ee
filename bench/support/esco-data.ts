/**
 * The full ESCO v1.1.1 (English) and Danish municipality centroids for the matching benchmarks, read from the shared
 * data beside the project (`../shared/data/esco-v1.1.1-en/`, `../shared/data/dk-postnumre-kommuner/`).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { MatchErhverv } from "../../apps/server/src/modules/job/match/model.ts";

const DATA = path.resolve(import.meta.dirname, "../../../shared/data");

export interface EscoData {
  erhverv: MatchErhverv[];
  erhvervNavn: Map<string, string>;
  faerdighedNavn: Map<string, string>;
  /**
   * Widely used skills: reuse level "transversal" or "cross-sector" and used by at least 1 % of occupations (ESCO's
   * occupations rarely link the transversal collection itself), most used first.
   */
  tvaergaaende: string[];
}

function csv(fil: string, delimiter = ","): Record<string, string>[] {
  return parse(readFileSync(fil, "utf8"), { columns: true, bom: true, delimiter, relax_quotes: true }) as Record<
    string,
    string
  >[];
}

let cache: EscoData | null = null;

/** Every released occupation with its essential and optional skills (about 3,000 occupations, 13,900 skills). */
export function laesEsco(): EscoData {
  if (cache) return cache;
  const dir = path.join(DATA, "esco-v1.1.1-en");
  const erhvervNavn = new Map<string, string>();
  const isco = new Map<string, string>();
  for (const r of csv(path.join(dir, "occupations_en.csv"))) {
    if (r.status && r.status !== "released") continue;
    erhvervNavn.set(r.conceptUri!, r.preferredLabel!);
    isco.set(r.conceptUri!, r.iscoGroup!);
  }
  const faerdighedNavn = new Map<string, string>();
  const tvaer = new Set<string>();
  const brug = new Map<string, number>();
  for (const r of csv(path.join(dir, "skills_en.csv"))) {
    faerdighedNavn.set(r.conceptUri!, r.preferredLabel!);
    if (r.reuseLevel === "transversal" || r.reuseLevel === "cross-sector") tvaer.add(r.conceptUri!);
  }
  const rel = new Map<string, { ess: string[]; opt: string[] }>();
  for (const r of csv(path.join(dir, "occupationSkillRelations.csv"))) {
    if (!isco.has(r.occupationUri!)) continue;
    let x = rel.get(r.occupationUri!);
    if (!x) {
      x = { ess: [], opt: [] };
      rel.set(r.occupationUri!, x);
    }
    (r.relationType === "essential" ? x.ess : x.opt).push(r.skillUri!);
    brug.set(r.skillUri!, (brug.get(r.skillUri!) ?? 0) + 1);
  }
  const erhverv: MatchErhverv[] = [];
  for (const [uri, g] of isco) {
    const x = rel.get(uri);
    if (!x) continue;
    erhverv.push({ uri, isco: g, essentielle: x.ess, valgfrie: x.opt });
  }
  erhverv.sort((a, b) => (a.uri < b.uri ? -1 : 1));
  cache = {
    erhverv,
    erhvervNavn,
    faerdighedNavn,
    tvaergaaende: [...tvaer]
      .filter((s) => (brug.get(s) ?? 0) >= erhverv.length / 100)
      .sort((a, b) => brug.get(b)! - brug.get(a)! || (a < b ? -1 : 1)),
  };
  return cache;
}

export interface Kommune {
  kode: string;
  navn: string;
  lat: number;
  lon: number;
  /** weight for spreading people: the number of postal districts (the data has no population figures) */
  vaegt: number;
}

/** The 98 municipalities with centroids, weighted by their number of postal districts. */
export function laesKommuner(): Kommune[] {
  const dir = path.join(DATA, "dk-postnumre-kommuner");
  const navne = new Map<string, string>();
  for (const r of csv(path.join(dir, "kommuner.csv")))
    if (r.er_kommune === "true") navne.set(r.kommunekode!, r.kommunenavn!);
  const antal = new Map<string, Set<string>>();
  for (const r of csv(path.join(dir, "postals.csv"), ";")) {
    const kode = r.KOMMUNE_NR!.padStart(4, "0");
    const pn = r.POSTNR!;
    if (Number(pn) < 1000) continue; // special, non-geographic codes
    let s = antal.get(kode);
    if (!s) {
      s = new Set();
      antal.set(kode, s);
    }
    s.add(pn);
  }
  const ud: Kommune[] = [];
  for (const r of csv(path.join(dir, "kommuner_centroids_derived.csv"))) {
    const navn = navne.get(r.kommunekode!);
    if (!navn) continue;
    ud.push({
      kode: r.kommunekode!,
      navn,
      lat: Number(r.centroid_lat),
      lon: Number(r.centroid_lon),
      vaegt: Math.max(1, antal.get(r.kommunekode!)?.size ?? 1),
    });
  }
  return ud;
}

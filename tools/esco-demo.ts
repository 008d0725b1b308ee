/**
 * Writes the demo taxonomy apps/server/src/modules/esco/demo-taksonomi.json (docs/esco.md) from the official ESCO
 * files and the project's hand-written Danish labels:
 *
 *   npx tsx tools/esco-demo.ts [<shared data folder, default ../shared/data>]
 *
 * Occupations: the marketplace's slice (modules/marked/esco.ts, with its skill selection and Danish labels) plus
 * DEMO_ERHVERV (modules/esco/demo-kilde.ts). For the latter, up to 12 of ESCO's skills are chosen: essential ones
 * first (skills before knowledge, the most occupation-specific first), then optional ones. Every chosen skill needs
 * a Danish label (slice or DANSKE_FAERDIGHEDER); the script lists the missing ones and stops. `--vis` shows the choice.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DANSKE_FAERDIGHEDER, DEMO_ERHVERV, EKSTRA_SYNONYMER } from "../apps/server/src/modules/esco/demo-kilde.ts";
import {
  type DanskEtiket,
  type FaerdighedPost,
  laesDanskeEtiketter,
  laesErhverv,
  laesFaerdigheder,
  laesIscoGrupper,
  laesRelationer,
  type RelationPost,
} from "../apps/server/src/modules/esco/import-model.ts";
import type { DemoTaksonomi } from "../apps/server/src/modules/esco/demo-taksonomi.ts";
import { ESCO_ERHVERV, ESCO_FAERDIGHEDER } from "../apps/server/src/modules/marked/esco.ts";

const ESSENTIELLE = 9;
const VALGFRIE = 3;
const MAKS_VIDEN = 2;

const args = process.argv.slice(2);
const vis = args.includes("--vis");
const data = args.find((a) => !a.startsWith("--")) ?? path.join("..", "shared", "data");
const en = path.join(data, "esco-v1.1.1-en");
const laes = (fil: string) => readFileSync(path.join(en, fil));

const erhverv = new Map(laesErhverv(laes("occupations_en.csv")).poster.map((e) => [e.uri, e]));
const faerdigheder = new Map(laesFaerdigheder(laes("skills_en.csv")).poster.map((f) => [f.uri, f]));
const relationer = laesRelationer(laes("occupationSkillRelations.csv")).poster;
const iscoEn = new Map(laesIscoGrupper(laes("ISCOGroups_en.csv")).poster.map((g) => [g.kode, g.titel]));
const danske = laesDanskeEtiketter(
  readFileSync(path.join(data, "esco-v1.0.8-da-occupation-labels", "esco_v1.0.8_occupations_isco_da_en.tsv"), "utf8"),
).poster;
const daErhverv = new Map(danske.filter((d) => d.type === "Occupation").map((d) => [d.uri, d]));
const daIsco = new Map(danske.filter((d) => d.type === "ISCOGroup").map((d) => [d.isco, d]));

const relationerAf = new Map<string, RelationPost[]>();
for (const r of relationer) {
  const liste = relationerAf.get(r.erhvervUri) ?? [];
  liste.push(r);
  relationerAf.set(r.erhvervUri, liste);
}

const fejl: string[] = [];
const sliceDa = new Map(ESCO_FAERDIGHEDER.map((f) => [f.uri, f.da]));
const daNavn = (uri: string) => sliceDa.get(uri) ?? DANSKE_FAERDIGHEDER[uri];

const GENBRUG_ORDEN = ["erhvervsspecifik", "sektorspecifik", "tvaersektoriel", "tvaergaaende", null];
function orden(f: FaerdighedPost): number {
  return (f.art === "viden" ? 10 : 0) + GENBRUG_ORDEN.indexOf(f.genbrug);
}

function vaelg(uri: string, fravaelg: readonly string[]): { essentielle: string[]; valgfrie: string[] } {
  const rel = (relationerAf.get(uri) ?? []).filter((r) => !fravaelg.includes(r.faerdighedUri));
  const sorteret = (relation: "essentiel" | "valgfri") =>
    rel
      .filter((r) => r.relation === relation)
      .map((r) => faerdigheder.get(r.faerdighedUri)!)
      .sort((a, b) => orden(a) - orden(b) || a.uri.localeCompare(b.uri));
  const ess: string[] = [];
  let viden = 0;
  for (const f of sorteret("essentiel")) {
    if (ess.length >= ESSENTIELLE) break;
    if (f.art === "viden" && viden >= MAKS_VIDEN) continue;
    if (f.art === "viden") viden++;
    ess.push(f.uri);
  }
  const valg = sorteret("valgfri")
    .filter((f) => f.art === "faerdighed")
    .slice(0, VALGFRIE)
    .map((f) => f.uri);
  return { essentielle: ess, valgfrie: valg };
}

function danskeEtiketter(uri: string): DanskEtiket | undefined {
  const d = daErhverv.get(uri);
  if (!d) fejl.push(`ingen dansk etiket for ${uri}`);
  return d;
}

function unik(liste: readonly string[], uden: string): string[] {
  const set = new Set<string>();
  const udenLille = uden.toLocaleLowerCase("da");
  for (const s of liste) if (s.toLocaleLowerCase("da") !== udenLille) set.add(s);
  return [...set];
}

const ud: DemoTaksonomi = {
  kilde:
    "ESCO v1.1.1 (English) and ESCO v1.0.8 Danish occupation labels, a hand-picked selection; Danish skill labels and synonyms written by the project",
  version: "v1.1.1",
  isco: [],
  erhverv: [],
  faerdigheder: [],
};
const brugte = new Set<string>(ESCO_FAERDIGHEDER.map((f) => f.uri));

function tilfoejErhverv(
  uri: string,
  titelDa: string | undefined,
  synonymer: readonly string[],
  valg: { essentielle: string[]; valgfrie: string[] },
) {
  const e = erhverv.get(uri);
  if (!e) {
    fejl.push(`erhvervet ${uri} findes ikke i ESCO v1.1.1`);
    return;
  }
  const d = danskeEtiketter(uri);
  const titel = titelDa ?? d?.titel ?? e.titel;
  const rel = new Map((relationerAf.get(uri) ?? []).map((r) => [r.faerdighedUri, r.relation]));
  for (const [liste, relation] of [
    [valg.essentielle, "essentiel"],
    [valg.valgfrie, "valgfri"],
  ] as const) {
    for (const f of liste) {
      if (rel.get(f) !== relation) fejl.push(`${e.titel}: ${f} er ikke ${relation} i ESCO v1.1.1`);
      brugte.add(f);
    }
  }
  ud.erhverv.push({
    uri,
    isco: e.isco,
    kode: e.kode,
    titel_da: titel,
    titel_en: e.titel,
    alt_da: unik([...(d ? [d.titel, ...d.alt] : [])], titel),
    alt_en: e.alt,
    synonymer_da: unik(synonymer, titel),
    essentielle: valg.essentielle,
    valgfrie: valg.valgfrie,
  });
}

for (const e of ESCO_ERHVERV) {
  tilfoejErhverv(e.uri, e.da, [...e.synonymer, ...(EKSTRA_SYNONYMER[e.uri] ?? [])], {
    essentielle: e.essentielle,
    valgfrie: e.valgfrie,
  });
}
for (const e of DEMO_ERHVERV) {
  if (ud.erhverv.some((x) => x.uri === e.uri)) fejl.push(`${e.uri} står to gange`);
  tilfoejErhverv(e.uri, e.titelDa, e.synonymer, vaelg(e.uri, e.fravaelg ?? []));
}

const mangler: string[] = [];
for (const uri of [...brugte].sort()) {
  const f = faerdigheder.get(uri);
  if (!f) {
    fejl.push(`færdigheden ${uri} findes ikke i ESCO v1.1.1`);
    continue;
  }
  const da = daNavn(uri);
  if (!da) {
    mangler.push(`  [\`\${S}${uri.slice(uri.lastIndexOf("/") + 1)}\`]: "", // ${f.titel} (${f.art})`);
    continue;
  }
  ud.faerdigheder.push({ uri, titel_da: da, titel_en: f.titel, alt_en: f.alt, art: f.art, genbrug: f.genbrug });
}
for (const uri of Object.keys(DANSKE_FAERDIGHEDER)) {
  if (!brugte.has(uri)) fejl.push(`DANSKE_FAERDIGHEDER har ${uri}, som ingen demo-erhverv bruger`);
}
const daTitler = new Map<string, string>();
for (const f of ud.faerdigheder) {
  const foer = daTitler.get(f.titel_da);
  if (foer) fejl.push(`to færdigheder hedder "${f.titel_da}": ${foer} og ${f.uri}`);
  daTitler.set(f.titel_da, f.uri);
}

const koder = new Set<string>();
for (const e of ud.erhverv) for (let n = 1; n <= 4; n++) koder.add(e.isco.slice(0, n));
for (const kode of [...koder].sort()) {
  const titelEn = iscoEn.get(kode);
  if (!titelEn) fejl.push(`ISCO-gruppen ${kode} findes ikke`);
  ud.isco.push({ kode, titel_da: daIsco.get(kode)?.titel ?? null, titel_en: titelEn ?? kode });
}

if (vis) {
  for (const e of ud.erhverv) {
    console.log(`## ${e.titel_da} (${e.titel_en})`);
    for (const [liste, tegn] of [
      [e.essentielle, "E"],
      [e.valgfrie, "V"],
    ] as const) {
      for (const u of liste)
        console.log(`  ${tegn} ${daNavn(u) ?? "?"} | ${faerdigheder.get(u)?.titel} | ${u.slice(-36)}`);
    }
  }
}
if (mangler.length > 0) {
  console.error(`${mangler.length} færdigheder mangler en dansk etiket i DANSKE_FAERDIGHEDER:\n${mangler.join("\n")}`);
}
if (fejl.length > 0) console.error(fejl.join("\n"));
if (mangler.length > 0 || fejl.length > 0) process.exit(1);

const fil = path.join("apps", "server", "src", "modules", "esco", "demo-taksonomi.json");
writeFileSync(fil, `${JSON.stringify(ud, null, 2)}\n`);
// the repository's formatter decides the layout, so a regenerated file differs only where the data does
execFileSync(path.join("node_modules", ".bin", "biome"), ["format", "--write", fil], { stdio: "ignore" });
console.log(
  `${fil}: ${ud.erhverv.length} erhverv, ${ud.faerdigheder.length} færdigheder, ` +
    `${ud.erhverv.reduce((s, e) => s + e.essentielle.length + e.valgfrie.length, 0)} relationer, ${ud.isco.length} ISCO-grupper`,
);

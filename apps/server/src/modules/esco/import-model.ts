/**
 * The ESCO import's pure part (docs/esco.md): the official ESCO CSV download (any version from v1.0.8 on, any
 * language) read into records, and the records mapped to the rows of the esco_* tables. No I/O here: the caller
 * reads the files and writes the rows (modules/esco/import.ts).
 *
 * Columns are found by their header name, never by position, and optional columns may be missing, so later ESCO
 * versions that add or reorder columns still import. Multi-valued fields (altLabels) are newline-separated inside
 * RFC 4180 quoted fields.
 */
import { parse } from "csv-parse/sync";
import type { EscoArt, EscoGenbrug, EscoRelation } from "../../platform/db/schema-job.ts";

export const ERHVERV_PREFIX = "http://data.europa.eu/esco/occupation/";
export const FAERDIGHED_PREFIX = "http://data.europa.eu/esco/skill/";

/** One occupation as the files of one language give it. */
export interface ErhvervPost {
  uri: string;
  isco: string;
  kode: string | null;
  titel: string;
  alt: string[];
  beskrivelse: string | null;
}

/** One skill or knowledge concept as the files of one language give it. */
export interface FaerdighedPost {
  uri: string;
  titel: string;
  alt: string[];
  art: EscoArt;
  genbrug: EscoGenbrug | null;
}

export interface RelationPost {
  erhvervUri: string;
  faerdighedUri: string;
  relation: EscoRelation;
}

export interface IscoPost {
  kode: string;
  titel: string;
}

/** A Danish occupation or ISCO group label from the v1.0.8 Danish label file. */
export interface DanskEtiket {
  uri: string;
  type: "Occupation" | "ISCOGroup";
  isco: string;
  titel: string;
  alt: string[];
  titelEn: string | null;
}

/** What could not be read, per file: rows skipped and why (the first few of each kind). */
export interface Advarsel {
  fil: string;
  besked: string;
}

export class EscoFormatFejl extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Files

/** The files of one ESCO CSV download (names only), and the language they are in. */
export interface EscoFiler {
  sprog: string;
  erhverv: string;
  faerdigheder: string;
  relationer: string;
  isco: string | null;
}

const SPROG_SUFFIX = /_([a-z]{2,3}(?:-[a-z]{2,4})?)\.csv$/i;

/** The language of an ESCO file from its suffix: "occupations_da.csv" → "da"; null when there is none. */
export function sprogFraFilnavn(filnavn: string): string | null {
  const m = SPROG_SUFFIX.exec(filnavn);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Picks the files an import needs from a folder's file names. `sprog` chooses a language when the folder holds more
 * than one; otherwise the single language found is used.
 */
export function findEscoFiler(filnavne: readonly string[], sprog?: string): EscoFiler {
  const med = (stamme: string) =>
    filnavne.filter((f) => f.toLowerCase().startsWith(`${stamme.toLowerCase()}_`) && f.toLowerCase().endsWith(".csv"));
  const erhvervsfiler = med("occupations");
  const sprogene = [...new Set(erhvervsfiler.map(sprogFraFilnavn).filter((s): s is string => s !== null))].sort();
  if (sprogene.length === 0) throw new EscoFormatFejl("Mappen har ingen occupations_<sprog>.csv.");
  const valgt = sprog?.toLowerCase() ?? (sprogene.length === 1 ? sprogene[0]! : undefined);
  if (!valgt) throw new EscoFormatFejl(`Mappen har flere sprog (${sprogene.join(", ")}); vælg et med --sprog.`);
  if (!sprogene.includes(valgt)) {
    throw new EscoFormatFejl(`Mappen har ingen occupations_${valgt}.csv (fandt ${sprogene.join(", ")}).`);
  }
  const fil = (stamme: string) => med(stamme).find((f) => sprogFraFilnavn(f) === valgt) ?? null;
  const erhverv = fil("occupations")!;
  const faerdigheder = fil("skills");
  if (!faerdigheder) throw new EscoFormatFejl(`Mappen har ingen skills_${valgt}.csv.`);
  // v1.0.8 and v1.1.x: occupationSkillRelations.csv; later versions may add a language suffix
  const relationer =
    filnavne.find((f) => f.toLowerCase() === "occupationskillrelations.csv") ??
    med("occupationSkillRelations").find((f) => sprogFraFilnavn(f) === valgt) ??
    med("occupationSkillRelations")[0];
  if (!relationer) throw new EscoFormatFejl("Mappen har ingen occupationSkillRelations*.csv.");
  return { sprog: valgt, erhverv, faerdigheder, relationer, isco: fil("ISCOGroups") };
}

/** ESCO's version from a folder or file name ("ESCO dataset - v1.1.1 - classification - da - csv" → "v1.1.1"). */
export function versionFraNavn(navn: string): string | null {
  const m = /v(\d+\.\d+(?:\.\d+)?)/i.exec(navn);
  return m ? `v${m[1]}` : null;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

type Raekke = Record<string, string | undefined>;

function laesCsv(indhold: string | Uint8Array, fil: string, kraevet: readonly string[]): Raekke[] {
  let raekker: Raekke[];
  try {
    raekker = parse(indhold, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as Raekke[];
  } catch (e) {
    throw new EscoFormatFejl(`${fil}: kan ikke læses som CSV (${(e as Error).message}).`);
  }
  const foerste = raekker[0];
  if (foerste) {
    const mangler = kraevet.filter((k) => !(k in foerste));
    if (mangler.length > 0) throw new EscoFormatFejl(`${fil}: mangler kolonnen ${mangler.join(", ")}.`);
  }
  return raekker;
}

function tekst(v: string | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}

/** ESCO's multi-valued label field: one label a line; trimmed, without blanks and repeats, without `udenFor`. */
export function splitEtiketter(felt: string | undefined, udenFor?: string | null): string[] {
  if (!felt) return [];
  const set = new Set<string>();
  for (const del of felt.split(/\r?\n/)) {
    const t = del.trim().replace(/\s+/g, " ");
    if (t && t !== udenFor) set.add(t);
  }
  return [...set];
}

class Advarsler {
  readonly liste: Advarsel[] = [];
  private readonly antal = new Map<string, number>();
  constructor(private readonly fil: string) {}
  tilfoej(slags: string, besked: string): void {
    const n = (this.antal.get(slags) ?? 0) + 1;
    this.antal.set(slags, n);
    if (n <= 3) this.liste.push({ fil: this.fil, besked });
  }
  resume(): Advarsel[] {
    const ekstra = [...this.antal]
      .filter(([, n]) => n > 3)
      .map(([slags, n]) => ({ fil: this.fil, besked: `${slags}: ${n} rækker i alt` }));
    return [...this.liste, ...ekstra];
  }
}

export function laesErhverv(
  indhold: string | Uint8Array,
  fil = "occupations.csv",
): { poster: ErhvervPost[]; advarsler: Advarsel[] } {
  const a = new Advarsler(fil);
  const poster: ErhvervPost[] = [];
  for (const r of laesCsv(indhold, fil, ["conceptUri", "preferredLabel", "iscoGroup"])) {
    const uri = tekst(r.conceptUri);
    if (!uri?.startsWith(ERHVERV_PREFIX)) {
      a.tilfoej("ukendt URI", `springer over: ${uri ?? "(tom URI)"}`);
      continue;
    }
    const titel = tekst(r.preferredLabel);
    const isco = tekst(r.iscoGroup);
    if (!titel || !isco || !/^[0-9]{4}$/.test(isco)) {
      a.tilfoej("mangler titel eller ISCO", `springer over ${uri}: mangler titel eller 4-cifret ISCO-gruppe`);
      continue;
    }
    poster.push({
      uri,
      isco,
      kode: tekst(r.code),
      titel,
      alt: splitEtiketter(r.altLabels, titel),
      beskrivelse: tekst(r.description),
    });
  }
  return { poster, advarsler: a.resume() };
}

const GENBRUG: Record<string, EscoGenbrug> = {
  transversal: "tvaergaaende",
  "cross-sector": "tvaersektoriel",
  "sector-specific": "sektorspecifik",
  "occupation-specific": "erhvervsspecifik",
};

/** ESCO's skillType: "knowledge" is viden; "skill/competence" (and the few without a type) færdighed. */
export function artFraSkillType(skillType: string | undefined): EscoArt {
  return skillType?.trim().toLowerCase() === "knowledge" ? "viden" : "faerdighed";
}

export function genbrugFraReuseLevel(reuseLevel: string | undefined): EscoGenbrug | null {
  return GENBRUG[reuseLevel?.trim().toLowerCase() ?? ""] ?? null;
}

export function laesFaerdigheder(
  indhold: string | Uint8Array,
  fil = "skills.csv",
): { poster: FaerdighedPost[]; advarsler: Advarsel[] } {
  const a = new Advarsler(fil);
  const poster: FaerdighedPost[] = [];
  for (const r of laesCsv(indhold, fil, ["conceptUri", "preferredLabel"])) {
    const uri = tekst(r.conceptUri);
    if (!uri?.startsWith(FAERDIGHED_PREFIX)) {
      a.tilfoej("ukendt URI", `springer over: ${uri ?? "(tom URI)"}`);
      continue;
    }
    const titel = tekst(r.preferredLabel);
    if (!titel) {
      a.tilfoej("mangler titel", `springer over ${uri}: mangler titel`);
      continue;
    }
    poster.push({
      uri,
      titel,
      alt: splitEtiketter(r.altLabels, titel),
      art: artFraSkillType(r.skillType),
      genbrug: genbrugFraReuseLevel(r.reuseLevel),
    });
  }
  return { poster, advarsler: a.resume() };
}

export function laesRelationer(
  indhold: string | Uint8Array,
  fil = "occupationSkillRelations.csv",
): { poster: RelationPost[]; advarsler: Advarsel[] } {
  const a = new Advarsler(fil);
  const poster: RelationPost[] = [];
  for (const r of laesCsv(indhold, fil, ["occupationUri", "relationType", "skillUri"])) {
    const erhvervUri = tekst(r.occupationUri);
    const faerdighedUri = tekst(r.skillUri);
    const type = tekst(r.relationType)?.toLowerCase();
    if (!erhvervUri?.startsWith(ERHVERV_PREFIX) || !faerdighedUri?.startsWith(FAERDIGHED_PREFIX)) {
      a.tilfoej("ukendt URI", `springer over relationen ${erhvervUri} → ${faerdighedUri}`);
      continue;
    }
    if (type !== "essential" && type !== "optional") {
      a.tilfoej(
        "ukendt relationType",
        `springer over relationen ${erhvervUri} → ${faerdighedUri}: relationType "${type}"`,
      );
      continue;
    }
    poster.push({ erhvervUri, faerdighedUri, relation: type === "essential" ? "essentiel" : "valgfri" });
  }
  return { poster, advarsler: a.resume() };
}

export function laesIscoGrupper(
  indhold: string | Uint8Array,
  fil = "ISCOGroups.csv",
): { poster: IscoPost[]; advarsler: Advarsel[] } {
  const a = new Advarsler(fil);
  const poster: IscoPost[] = [];
  for (const r of laesCsv(indhold, fil, ["code", "preferredLabel"])) {
    const kode = tekst(r.code);
    const titel = tekst(r.preferredLabel);
    if (!kode || !/^[0-9]{1,4}$/.test(kode) || !titel) {
      a.tilfoej("ugyldig ISCO-gruppe", `springer over ISCO-gruppen "${kode ?? ""}"`);
      continue;
    }
    poster.push({ kode, titel });
  }
  return { poster, advarsler: a.resume() };
}

/**
 * The Danish occupation and ISCO group labels (esco_v1.0.8_occupations_isco_da_en.tsv): tab-separated with a header
 * row, no quoting, multi-valued fields joined with " | ".
 */
export function laesDanskeEtiketter(
  indhold: string,
  fil = "esco_v1.0.8_occupations_isco_da_en.tsv",
): { poster: DanskEtiket[]; advarsler: Advarsel[] } {
  const a = new Advarsler(fil);
  const linjer = indhold.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (linjer[0] ?? "").split("\t").map((h) => h.trim());
  const kol = (navn: string) => header.indexOf(navn);
  const kraevet = ["conceptUri", "conceptType", "iscoCode", "preferredLabel_da"];
  const mangler = kraevet.filter((k) => kol(k) < 0);
  if (mangler.length > 0) throw new EscoFormatFejl(`${fil}: mangler kolonnen ${mangler.join(", ")}.`);
  const felt = (cells: string[], navn: string) => {
    const i = kol(navn);
    return i < 0 ? undefined : cells[i];
  };
  const split = (v: string | undefined, udenFor: string) =>
    [...new Set((v ?? "").split("|").map((s) => s.trim().replace(/\s+/g, " ")))].filter((s) => s && s !== udenFor);
  const poster: DanskEtiket[] = [];
  for (const linje of linjer.slice(1)) {
    if (!linje.trim()) continue;
    const cells = linje.split("\t");
    const uri = tekst(felt(cells, "conceptUri"));
    const type = tekst(felt(cells, "conceptType"));
    const titel = tekst(felt(cells, "preferredLabel_da"));
    const isco = tekst(felt(cells, "iscoCode")) ?? "";
    if (!uri || !titel || (type !== "Occupation" && type !== "ISCOGroup")) {
      a.tilfoej("ugyldig række", `springer over: ${linje.slice(0, 80)}`);
      continue;
    }
    poster.push({
      uri,
      type,
      isco,
      titel,
      alt: split(felt(cells, "altLabels_da"), titel),
      titelEn: tekst(felt(cells, "preferredLabel_en")),
    });
  }
  return { poster, advarsler: a.resume() };
}

// ---------------------------------------------------------------------------------------------------------------
// Records → rows

/** A row of esco_erhverv as the import writes it (synonymer_da and udgaaet are the database's business). */
export interface ErhvervRaekke {
  uri: string;
  isco: string;
  kode: string | null;
  titel_da: string | null;
  titel_en: string | null;
  alt_da: string[] | null;
  alt_en: string[] | null;
  beskrivelse: string | null;
}

export interface FaerdighedRaekke {
  uri: string;
  titel_da: string | null;
  titel_en: string | null;
  alt_da: string[] | null;
  alt_en: string[] | null;
  art: EscoArt;
  genbrug: EscoGenbrug | null;
}

export interface IscoRaekke {
  kode: string;
  titel_da: string | null;
  titel_en: string | null;
}

/** The rows of one import. A null column is one this import does not know (the existing value is kept). */
export interface ImportRaekker {
  sprog: string;
  erhverv: ErhvervRaekke[];
  faerdigheder: FaerdighedRaekke[];
  relationer: RelationPost[];
  isco: IscoRaekke[];
  advarsler: Advarsel[];
}

export interface EscoData {
  sprog: string;
  erhverv: readonly ErhvervPost[];
  faerdigheder: readonly FaerdighedPost[];
  relationer: readonly RelationPost[];
  isco: readonly IscoPost[];
}

/**
 * Maps one language's records (and, optionally, the Danish occupation labels) to table rows. Danish files fill the
 * _da columns; any other language fills the _en columns (English is the fallback when no Danish label exists). The
 * Danish label file fills titel_da/alt_da of occupations and ISCO groups the files themselves give no Danish label.
 * Relations whose occupation or skill is not in the import are dropped (with a warning), so the rows always satisfy
 * the foreign keys.
 */
export function bygRaekker(data: EscoData, danske: readonly DanskEtiket[] = []): ImportRaekker {
  const dansk = data.sprog === "da";
  const advarsler: Advarsel[] = [];
  const daErhverv = new Map<string, DanskEtiket>();
  const daIsco = new Map<string, DanskEtiket>();
  for (const d of danske) {
    if (d.type === "Occupation") daErhverv.set(d.uri, d);
    else if (/^[0-9]{1,4}$/.test(d.isco)) daIsco.set(d.isco, d);
  }

  const erhvervSet = new Map<string, ErhvervRaekke>();
  for (const e of data.erhverv) {
    const d = dansk ? undefined : daErhverv.get(e.uri);
    erhvervSet.set(e.uri, {
      uri: e.uri,
      isco: e.isco,
      kode: e.kode,
      titel_da: dansk ? e.titel : (d?.titel ?? null),
      titel_en: dansk ? null : e.titel,
      alt_da: dansk ? e.alt : d ? d.alt : null,
      alt_en: dansk ? null : e.alt,
      beskrivelse: dansk ? null : e.beskrivelse,
    });
  }
  const faerdigheder = new Map<string, FaerdighedRaekke>();
  for (const f of data.faerdigheder) {
    faerdigheder.set(f.uri, {
      uri: f.uri,
      titel_da: dansk ? f.titel : null,
      titel_en: dansk ? null : f.titel,
      alt_da: dansk ? f.alt : null,
      alt_en: dansk ? null : f.alt,
      art: f.art,
      genbrug: f.genbrug,
    });
  }
  const relationer = new Map<string, RelationPost>();
  let udenfor = 0;
  for (const r of data.relationer) {
    if (!erhvervSet.has(r.erhvervUri) || !faerdigheder.has(r.faerdighedUri)) {
      udenfor++;
      continue;
    }
    const noegle = `${r.erhvervUri} ${r.faerdighedUri}`;
    const foer = relationer.get(noegle);
    // a pair given twice counts as essential if either says so
    if (!foer || r.relation === "essentiel") relationer.set(noegle, r);
  }
  if (udenfor > 0) {
    advarsler.push({
      fil: "occupationSkillRelations",
      besked: `${udenfor} relationer peger på erhverv eller færdigheder uden for importen`,
    });
  }
  const isco = new Map<string, IscoRaekke>();
  for (const g of data.isco) {
    const d = dansk ? undefined : daIsco.get(g.kode);
    isco.set(g.kode, {
      kode: g.kode,
      titel_da: dansk ? g.titel : (d?.titel ?? null),
      titel_en: dansk ? null : g.titel,
    });
  }
  // ISCO groups the label file names but the ISCO file does not (or no ISCO file was given)
  if (!dansk) {
    for (const [kode, d] of daIsco) {
      if (!isco.has(kode)) isco.set(kode, { kode, titel_da: d.titel, titel_en: null });
    }
  }
  return {
    sprog: data.sprog,
    erhverv: [...erhvervSet.values()],
    faerdigheder: [...faerdigheder.values()],
    relationer: [...relationer.values()],
    isco: [...isco.values()],
    advarsler,
  };
}

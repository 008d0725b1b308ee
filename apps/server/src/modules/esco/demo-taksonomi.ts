/**
 * The demo taxonomy (demo-taksonomi.json, written by tools/esco-demo.ts; docs/esco.md): a hand-picked slice of ESCO
 * with Danish labels, so the demo works without importing the full ESCO. Read and checked here; the seed writes it
 * into the esco_* tables.
 *
 * This service uses the ESCO classification of the European Commission.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const art = z.enum(["faerdighed", "viden"]);
const genbrug = z.enum(["tvaergaaende", "tvaersektoriel", "sektorspecifik", "erhvervsspecifik"]).nullable();

const skema = z.object({
  kilde: z.string(),
  version: z.string(),
  isco: z.array(
    z.object({ kode: z.string().regex(/^[0-9]{1,4}$/), titel_da: z.string().nullable(), titel_en: z.string() }),
  ),
  erhverv: z.array(
    z.object({
      uri: z.string().startsWith("http://data.europa.eu/esco/occupation/"),
      isco: z.string().regex(/^[0-9]{4}$/),
      kode: z.string().nullable(),
      titel_da: z.string(),
      titel_en: z.string(),
      alt_da: z.array(z.string()),
      alt_en: z.array(z.string()),
      synonymer_da: z.array(z.string()),
      essentielle: z.array(z.string()),
      valgfrie: z.array(z.string()),
    }),
  ),
  faerdigheder: z.array(
    z.object({
      uri: z.string().startsWith("http://data.europa.eu/esco/skill/"),
      titel_da: z.string(),
      titel_en: z.string(),
      alt_en: z.array(z.string()),
      art,
      genbrug,
    }),
  ),
});

export type DemoTaksonomi = z.infer<typeof skema>;

let cache: DemoTaksonomi | undefined;

/** The demo taxonomy, read once from the JSON next to this module. */
export function demoTaksonomi(): DemoTaksonomi {
  cache ??= skema.parse(JSON.parse(readFileSync(new URL("./demo-taksonomi.json", import.meta.url), "utf8")));
  return cache;
}

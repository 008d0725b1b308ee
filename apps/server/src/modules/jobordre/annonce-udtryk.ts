/**
 * The hand-written Danish expression lexicon (annonce-leksikon.json): words and phrases Danish job ads use, each
 * mapped to an ESCO v1.1.1 skill (URI and English preferred label looked up in the official ESCO files), and the
 * phrases that look like a skill but are not one in an ad ("motiveret ansøgning", "vi leder efter").
 */
import { readFileSync } from "node:fs";

export interface Udtryk {
  uri: string;
  /** ESCO's English preferred label, for the reader of the file */
  en: string;
  /** Danish words and phrases as an ad writes them */
  da: string[];
}

export interface UdtrykFil {
  udtryk: Udtryk[];
  ikke: string[];
}

export const STANDARD_UDTRYK: UdtrykFil = JSON.parse(
  readFileSync(new URL("./annonce-leksikon.json", import.meta.url), "utf8"),
) as UdtrykFil;

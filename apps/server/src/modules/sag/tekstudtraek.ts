import { createRequire } from "node:module";
import path from "node:path";

/**
 * Text extraction from documents uploaded to a citizen's case, for the Danish full-text search (dokument.tekst).
 *
 * The type is decided by the bytes, never by the file name or the browser's type alone: a PNG renamed .pdf or an old
 * binary .doc is DOCUMENT_TYPE_UNSUPPORTED, a file that has the right signature but cannot be read (broken, encrypted)
 * is DOCUMENT_UNREADABLE. Plain text is the one type without a signature, so it is only taken when the upload also
 * says it is text (.txt or text/plain) or says nothing. A scanned PDF without a text layer gives ok with empty text
 * (no OCR). The caller enforces MAKS_STOERRELSE before calling.
 *
 * The libraries are loaded on first use, so importing the constants here stays cheap.
 */

/** Largest accepted upload: 10 MiB. */
export const MAKS_STOERRELSE = 10 * 1024 * 1024;

/** Extracted text is cut at this many characters (the search index reads the first 100,000). */
export const MAKS_TEKST = 1_000_000;

export const MIMETYPE = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  eml: "message/rfc822",
  txt: "text/plain",
} as const;

/** Accepted types for the file input's `accept` attribute: `accept={ACCEPTEREDE_TYPER.join(",")}`. */
export const ACCEPTEREDE_TYPER: readonly string[] = [
  ".pdf",
  MIMETYPE.pdf,
  ".docx",
  MIMETYPE.docx,
  ".eml",
  MIMETYPE.eml,
  ".txt",
  MIMETYPE.txt,
];

export type UdtraekFejl = "DOCUMENT_TYPE_UNSUPPORTED" | "DOCUMENT_UNREADABLE";
export type Udtraek = { ok: true; mimetype: string; tekst: string } | { ok: false; code: UdtraekFejl };

const ikkeUnderstoettet: Udtraek = { ok: false, code: "DOCUMENT_TYPE_UNSUPPORTED" };
const ulaeselig: Udtraek = { ok: false, code: "DOCUMENT_UNREADABLE" };

// A .docx is a zip whose parts are inflated in memory; refuse zip bombs by the sizes the zip declares.
const MAKS_UDPAKKET_XML = 64 * 1024 * 1024;

export async function udtraekTekst(indhold: Buffer, filnavn: string, angivetMimetype?: string): Promise<Udtraek> {
  if (indhold.length === 0) return ulaeselig;
  const paastand = angivelse(filnavn, angivetMimetype);

  if (erPdf(indhold)) return pdf(indhold);
  if (starterMed(indhold, [0x50, 0x4b, 0x03, 0x04])) return docx(indhold);
  if (starterMed(indhold, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // OLE2 container: an old .doc/.xls (unsupported), or a password-protected .docx (which Office stores in OLE2).
    return indhold.includes(Buffer.from("EncryptedPackage", "utf16le")) ? ulaeselig : ikkeUnderstoettet;
  }

  const tekst = dekodTekst(indhold);
  if (tekst === null || /^\s*\{\\rtf/.test(tekst)) return ikkeUnderstoettet;
  if ((paastand.eml || paastand.txt || paastand.ingen) && lignerEmail(tekst)) return eml(indhold);
  if (paastand.txt || paastand.eml || paastand.ingen)
    return { ok: true, mimetype: MIMETYPE.txt, tekst: normaliser(tekst) };
  return ikkeUnderstoettet;
}

function angivelse(filnavn: string, mimetype: string | undefined) {
  const ext = /\.([^./\\]+)$/.exec(filnavn.trim())?.[1]?.toLowerCase() ?? "";
  const mt = (mimetype ?? "").split(";")[0]!.trim().toLowerCase();
  return {
    txt: ext === "txt" || mt === MIMETYPE.txt,
    eml: ext === "eml" || mt === MIMETYPE.eml,
    ingen: ext === "" && (mt === "" || mt === "application/octet-stream"),
  };
}

function starterMed(b: Buffer, magi: number[]): boolean {
  return b.length >= magi.length && magi.every((v, i) => b[i] === v);
}

// Readers accept "%PDF-" within the first 1 KiB (some producers put junk before it).
function erPdf(b: Buffer): boolean {
  return b.subarray(0, 1024).includes("%PDF-", 0, "latin1");
}

// ---------------------------------------------------------------------------------------------------------------- PDF

let pdfjsIndlaest: Promise<typeof import("pdfjs-dist/legacy/build/pdf.mjs")> | undefined;

// The legacy build is the one meant for Node. Importing the worker module registers globalThis.pdfjsWorker, so
// pdf.js runs its "fake worker" in this thread instead of looking for a browser Worker (works under tsx and vitest).
function pdfjs() {
  pdfjsIndlaest ??= (async () => {
    const arbejder = "pdfjs-dist/legacy/build/pdf.worker.mjs";
    await import(/* @vite-ignore */ arbejder);
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return pdfjsIndlaest;
}

async function pdf(indhold: Buffer): Promise<Udtraek> {
  const { getDocument, VerbosityLevel } = await pdfjs();
  // Fonts and character maps are read from the package on disk (pdf.js wants a trailing slash).
  const pakke = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const opgave = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given, so give it a copy.
    data: new Uint8Array(indhold),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: `${pakke}/standard_fonts/`,
    cMapUrl: `${pakke}/cmaps/`,
    cMapPacked: true,
  });
  try {
    const dok = await opgave.promise;
    const sider: string[] = [];
    let laengde = 0;
    for (let n = 1; n <= dok.numPages && laengde <= MAKS_TEKST; n++) {
      const side = await dok.getPage(n);
      const indholdet = await side.getTextContent();
      let s = "";
      for (const del of indholdet.items) if ("str" in del) s += del.str + (del.hasEOL ? "\n" : "");
      side.cleanup();
      sider.push(s);
      laengde += s.length;
    }
    return { ok: true, mimetype: MIMETYPE.pdf, tekst: normaliser(sider.join("\n\n")) };
  } catch {
    return ulaeselig;
  } finally {
    await opgave.destroy();
  }
}

// --------------------------------------------------------------------------------------------------------------- DOCX

async function docx(indhold: Buffer): Promise<Udtraek> {
  const dele = zipIndhold(indhold);
  if (!dele) return ulaeselig;
  // Any other zip (xlsx, odt, a plain archive) is not a Word document.
  if (!dele.some((d) => d.navn === "word/document.xml")) return ikkeUnderstoettet;
  const xml = dele.filter((d) => /\.(xml|rels)$/i.test(d.navn)).reduce((sum, d) => sum + d.udpakket, 0);
  if (xml > MAKS_UDPAKKET_XML) return ulaeselig;
  try {
    const { default: mammoth } = await import("mammoth");
    const { value } = await mammoth.extractRawText({ buffer: indhold });
    return { ok: true, mimetype: MIMETYPE.docx, tekst: normaliser(value) };
  } catch {
    return ulaeselig;
  }
}

/** The entries a zip declares in its central directory (name and uncompressed size), or null when it is broken. */
export function zipIndhold(b: Buffer): { navn: string; udpakket: number }[] | null {
  // End of central directory record: 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const antal = b.readUInt16LE(eocd + 10);
  const start = b.readUInt32LE(eocd + 16);
  // Zip64 (markers 0xffff/0xffffffff) is never needed for a document under 10 MiB.
  if (antal === 0xffff || start === 0xffffffff) return null;
  const ud: { navn: string; udpakket: number }[] = [];
  let p = start;
  for (let i = 0; i < antal; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) return null;
    const udpakket = b.readUInt32LE(p + 24);
    const navnLaengde = b.readUInt16LE(p + 28);
    const slut = p + 46 + navnLaengde;
    if (slut > b.length) return null;
    ud.push({ navn: b.toString("utf8", p + 46, slut), udpakket });
    p = slut + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return ud;
}

// ------------------------------------------------------------------------------------------------------------- E-mail

const KENDTE_FELTER = new Set([
  "from",
  "to",
  "cc",
  "date",
  "subject",
  "message-id",
  "mime-version",
  "received",
  "return-path",
  "delivered-to",
  "reply-to",
  "sender",
  "content-type",
  "content-transfer-encoding",
]);
const BAERENDE_FELTER = ["from", "date", "subject", "message-id", "received", "mime-version"];

/** RFC 822 headers: the text opens with a block of "Name: value" lines (with folding) before an empty line. */
function lignerEmail(tekst: string): boolean {
  const felter: string[] = [];
  for (const linje of tekst.slice(0, 64 * 1024).split(/\r?\n/)) {
    if (linje === "") break;
    if (/^[ \t]/.test(linje) && felter.length > 0) continue;
    const m = /^([!-9;-~]+):/.exec(linje);
    if (!m) return false;
    felter.push(m[1]!.toLowerCase());
  }
  return felter.filter((f) => KENDTE_FELTER.has(f)).length >= 2 && felter.some((f) => BAERENDE_FELTER.includes(f));
}

const datoFormat = new Intl.DateTimeFormat("da-DK", {
  timeZone: "Europe/Copenhagen",
  dateStyle: "long",
  timeStyle: "short",
});

type Adresser = import("mailparser").AddressObject;
type Adresse = Adresser["value"][number];

/** "Navn <adresse>, …" without the quotes mailparser's .text puts around names. */
function adresser(a: Adresser | Adresser[] | undefined): string {
  const fladt = (v: Adresse[]): Adresse[] => v.flatMap((x) => (x.group ? fladt(x.group) : [x]));
  return fladt((Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value))
    .map((x) => (x.name && x.address ? `${x.name} <${x.address}>` : x.name || x.address || ""))
    .filter(Boolean)
    .join(", ");
}

async function eml(indhold: Buffer): Promise<Udtraek> {
  try {
    const { simpleParser } = await import("mailparser");
    // Without a text part, mailparser converts the HTML body to text (html-to-text); attachments are not extracted.
    const mail = await simpleParser(indhold, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
    const fra = adresser(mail.from);
    const til = adresser(mail.to);
    const linjer = [
      mail.subject ? `Emne: ${mail.subject}` : "",
      fra ? `Fra: ${fra}` : "",
      til ? `Til: ${til}` : "",
      mail.date && !Number.isNaN(mail.date.getTime()) ? `Dato: ${datoFormat.format(mail.date)}` : "",
    ].filter(Boolean);
    const krop = mail.text ?? "";
    return { ok: true, mimetype: MIMETYPE.eml, tekst: normaliser(`${linjer.join("\n")}\n\n${krop}`) };
  } catch {
    return ulaeselig;
  }
}

// --------------------------------------------------------------------------------------------------------- Plain text

// Node's TextDecoder("windows-1252") decodes as ISO-8859-1, so map 0x80–0x9f (€, curly quotes, dashes) by hand.
const CP1252 =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

/** The bytes as text (UTF-8 or UTF-16 with BOM, else Windows-1252), or null when they look binary. */
export function dekodTekst(b: Buffer): string | null {
  let tekst: string;
  if (starterMed(b, [0xff, 0xfe])) tekst = new TextDecoder("utf-16le").decode(b);
  else if (starterMed(b, [0xfe, 0xff])) tekst = new TextDecoder("utf-16be").decode(b);
  else {
    if (b.includes(0)) return null;
    try {
      tekst = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(b);
    } catch {
      tekst = Array.from(b, (c) => (c >= 0x80 && c <= 0x9f ? CP1252[c - 0x80]! : String.fromCharCode(c))).join("");
    }
  }
  // Text has few control characters besides tab, newline, form feed and carriage return.
  let styretegn = 0;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) styretegn++;
  }
  if (styretegn > Math.max(8, tekst.length / 100)) return null;
  return tekst;
}

// ------------------------------------------------------------------------------------------------------- Normalising

const LIGATURER: Record<string, string> = {
  "\ufb00": "ff",
  "\ufb01": "fi",
  "\ufb02": "fl",
  "\ufb03": "ffi",
  "\ufb04": "ffl",
  "\ufb05": "st",
  "\ufb06": "st",
};

/**
 * One space between words, at most one empty line between paragraphs, no control or invisible characters (PostgreSQL
 * text cannot hold NUL, and the search highlighting uses \u0002/\u0003 as markers), NFC so "å" is one character, PDF
 * ligatures spelled out so "fi" is searchable; cut at MAKS_TEKST.
 */
export function normaliser(s: string): string {
  let t = s
    .normalize("NFC")
    .replace(/[\ufb00-\ufb06]/g, (l) => LIGATURER[l] ?? l)
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n")
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]|\p{Cs}/gu, "")
    .replace(/[^\S\n]|\p{Cc}/gu, (c) => (c === "\n" ? c : " "))
    .replace(/ {2,}/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (t.length > MAKS_TEKST) {
    t = t.slice(0, MAKS_TEKST);
    if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  }
  return t;
}

import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, test } from "vitest";
import {
  ACCEPTEREDE_TYPER,
  dekodTekst,
  MAKS_STOERRELSE,
  MAKS_TEKST,
  MIMETYPE,
  normaliser,
  udtraekTekst,
  zipIndhold,
} from "./tekstudtraek.ts";

// Fixtures are built here rather than checked in, so what each one contains is visible in the test.

async function lavPdf(sider: string[][]): Promise<Buffer> {
  const dok = await PDFDocument.create();
  // The standard Helvetica font is WinAnsi encoded, which has æ, ø and å.
  const skrift = await dok.embedFont(StandardFonts.Helvetica);
  for (const linjer of sider) {
    const side = dok.addPage([595, 842]);
    linjer.forEach((linje, i) => {
      side.drawText(linje, { x: 50, y: 780 - i * 20, size: 12, font: skrift });
    });
  }
  return Buffer.from(await dok.save());
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

async function lavZip(filer: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [navn, indhold] of Object.entries(filer)) zip.file(navn, indhold);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function lavDocx(afsnit: string[]): Promise<Buffer> {
  const krop = afsnit.map((a) => `<w:p><w:r><w:t xml:space="preserve">${a}</w:t></w:r></w:p>`).join("");
  return lavZip({
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${krop}</w:body></w:document>`,
  });
}

const emlQp = [
  "Return-Path: <afsender@example.dk>",
  "From: =?UTF-8?Q?S=C3=B8ren_L=C3=A6ge?= <laege@example.dk>",
  "To: Jobcenter <jobcenter@example.dk>",
  "Subject: =?UTF-8?Q?L=C3=A6geerkl=C3=A6ring_vedr._borger?=",
  "Date: Mon, 3 Mar 2025 14:05:00 +0100",
  "Message-ID: <abc123@example.dk>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Borgeren har haft rygsmerter i l=C3=A6ngere tid og udeblev derfor fra samtal=",
  "en. Lægeerklæringen følger.",
  "",
].join("\r\n");

const emlHtml = [
  "From: Lone <lone@example.dk>",
  "Subject: =?iso-8859-1?Q?Opf=F8lgning?=",
  "Date: Tue, 4 Mar 2025 09:00:00 +0100",
  "MIME-Version: 1.0",
  "Content-Type: text/html; charset=iso-8859-1",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "<html><body><p>Borger <b>udeblev</b> fra m=F8det.</p><p>Ny tid er sendt til e-Boks.</p><script>x()</script></body></html>",
  "",
].join("\r\n");

const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const ole2 = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);

describe("udtraekTekst", () => {
  test("a PDF with Danish text on two pages", async () => {
    const pdf = await lavPdf([
      ["Lægeerklæring", "Borgeren har rygsmerter og kan ikke løfte."],
      ["Side 2: Borgeren udeblev fra samtalen på grund af smerter i ryggen."],
    ]);
    const r = await udtraekTekst(pdf, "erklaering.pdf", "application/pdf");
    expect(r).toMatchObject({ ok: true, mimetype: MIMETYPE.pdf });
    if (!r.ok) return;
    expect(r.tekst).toContain("Lægeerklæring");
    expect(r.tekst).toContain("Borgeren har rygsmerter og kan ikke løfte.");
    expect(r.tekst).toContain("udeblev fra samtalen på grund af smerter i ryggen");
    expect(r.tekst.indexOf("rygsmerter")).toBeLessThan(r.tekst.indexOf("Side 2"));
  });

  test("the type comes from the bytes: a PDF named .txt is read as PDF", async () => {
    const pdf = await lavPdf([["Lægeerklæring"]]);
    expect(await udtraekTekst(pdf, "notat.txt", "text/plain")).toEqual({
      ok: true,
      mimetype: MIMETYPE.pdf,
      tekst: "Lægeerklæring",
    });
  });

  test("a PDF without text (a scan) is ok with empty text", async () => {
    expect(await udtraekTekst(await lavPdf([[]]), "scan.pdf")).toEqual({ ok: true, mimetype: MIMETYPE.pdf, tekst: "" });
  });

  test("a Word document (.docx)", async () => {
    const docx = await lavDocx(["Lægeerklæring", "Borgeren har  rygsmerter &amp; udeblev fra samtalen."]);
    const r = await udtraekTekst(docx, "erklaering.docx", "application/octet-stream");
    expect(r).toEqual({
      ok: true,
      mimetype: MIMETYPE.docx,
      tekst: "Lægeerklæring\n\nBorgeren har rygsmerter & udeblev fra samtalen.",
    });
  });

  test("an e-mail with encoded headers and a quoted-printable body", async () => {
    const r = await udtraekTekst(Buffer.from(emlQp, "utf8"), "mail.eml", "message/rfc822");
    expect(r).toMatchObject({ ok: true, mimetype: MIMETYPE.eml });
    if (!r.ok) return;
    expect(r.tekst).toContain("Emne: Lægeerklæring vedr. borger");
    expect(r.tekst).toContain("Fra: Søren Læge <laege@example.dk>");
    expect(r.tekst).toContain("Til: Jobcenter <jobcenter@example.dk>");
    expect(r.tekst).toContain("Dato: 3. marts 2025 kl. 14.05");
    expect(r.tekst).toContain("rygsmerter i længere tid og udeblev derfor fra samtalen. Lægeerklæringen følger.");
  });

  test("an e-mail with only an HTML body (latin1) is converted to text without markup or scripts", async () => {
    const r = await udtraekTekst(Buffer.from(emlHtml, "latin1"), "mail.eml", "");
    expect(r).toMatchObject({ ok: true, mimetype: MIMETYPE.eml });
    if (!r.ok) return;
    expect(r.tekst).toContain("Emne: Opfølgning");
    expect(r.tekst).toContain("Borger udeblev fra mødet.");
    expect(r.tekst).toContain("Ny tid er sendt til e-Boks.");
    expect(r.tekst).not.toMatch(/<\/?(html|body|p|b|script)\b|x\(\)/);
  });

  test("an e-mail saved as .txt is read as e-mail; a note that merely starts with 'Emne:' stays text", async () => {
    expect(await udtraekTekst(Buffer.from(emlQp), "mail.txt", "text/plain")).toMatchObject({ mimetype: MIMETYPE.eml });
    const notat = "Emne: Samtale\nDato: 3. marts\n\nBorger udeblev.";
    expect(await udtraekTekst(Buffer.from(notat), "notat.txt")).toEqual({
      ok: true,
      mimetype: MIMETYPE.txt,
      tekst: notat,
    });
  });

  test("plain text in UTF-8, in Windows-1252/latin1 and in UTF-16", async () => {
    const tekst = "Borgeren har rygsmerter.\r\nLægeerklæring følger – pris 100 €.";
    const forventet = {
      ok: true,
      mimetype: MIMETYPE.txt,
      tekst: "Borgeren har rygsmerter.\nLægeerklæring følger – pris 100 €.",
    };
    expect(await udtraekTekst(Buffer.from(`\ufeff${tekst}`, "utf8"), "a.txt", "text/plain")).toEqual(forventet);
    // Windows-1252: æ=e6, ø=f8, – = 96, € = 80.
    const cp1252 = Buffer.from(Array.from(tekst, (c) => (c === "–" ? 0x96 : c === "€" ? 0x80 : c.charCodeAt(0))));
    expect(await udtraekTekst(cp1252, "a.txt", "text/plain")).toEqual(forventet);
    expect(await udtraekTekst(Buffer.from("udeblev fra mødet, æøå ÆØÅ", "latin1"), "b.txt")).toMatchObject({
      tekst: "udeblev fra mødet, æøå ÆØÅ",
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tekst, "utf16le")]);
    expect(await udtraekTekst(utf16, "c.txt")).toEqual(forventet);
  });

  test("bytes that are not an accepted type are DOCUMENT_TYPE_UNSUPPORTED, whatever their name says", async () => {
    const u = { ok: false, code: "DOCUMENT_TYPE_UNSUPPORTED" };
    expect(await udtraekTekst(png, "erklaering.pdf", "application/pdf")).toEqual(u);
    expect(await udtraekTekst(ole2, "gammel.doc", "application/msword")).toEqual(u);
    expect(await udtraekTekst(ole2, "gammel.docx", MIMETYPE.docx)).toEqual(u);
    expect(await udtraekTekst(await lavZip({ "xl/workbook.xml": "<x/>" }), "ark.docx", MIMETYPE.docx)).toEqual(u);
    expect(await udtraekTekst(Buffer.from("Borger udeblev"), "notat.pdf", "application/pdf")).toEqual(u);
    expect(await udtraekTekst(Buffer.from("<html>udeblev</html>"), "side.html", "text/html")).toEqual(u);
    expect(await udtraekTekst(Buffer.from("{\\rtf1\\ansi udeblev}"), "notat.txt", "text/plain")).toEqual(u);
    expect(await udtraekTekst(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3]), "x.txt", "text/plain")).toEqual(u);
  });

  test("a broken PDF or DOCX, an encrypted .docx and an empty file are DOCUMENT_UNREADABLE", async () => {
    const u = { ok: false, code: "DOCUMENT_UNREADABLE" };
    expect(await udtraekTekst(Buffer.from("%PDF-1.7\nikke en pdf\n%%EOF"), "a.pdf")).toEqual(u);
    const pdf = await lavPdf([["Lægeerklæring"]]);
    expect(await udtraekTekst(pdf.subarray(0, 200), "a.pdf")).toEqual(u);
    const docx = await lavDocx(["Lægeerklæring"]);
    expect(await udtraekTekst(docx.subarray(0, docx.length - 30), "a.docx")).toEqual(u);
    const ugyldigXml = await lavZip({ "word/document.xml": "<w:document><w:body>" });
    expect(await udtraekTekst(ugyldigXml, "a.docx")).toEqual(u);
    const krypteret = Buffer.concat([ole2, Buffer.from("EncryptedPackage", "utf16le")]);
    expect(await udtraekTekst(krypteret, "a.docx", MIMETYPE.docx)).toEqual(u);
    expect(await udtraekTekst(Buffer.alloc(0), "a.txt", "text/plain")).toEqual(u);
  });

  test("a docx that declares a huge document.xml (zip bomb) is refused before it is inflated", async () => {
    const docx = await lavDocx(["x"]);
    // Patch the uncompressed size in the central directory entry of word/document.xml.
    const navn = Buffer.from("word/document.xml");
    const i = docx.lastIndexOf(navn) - 46;
    expect(docx.readUInt32LE(i)).toBe(0x02014b50);
    docx.writeUInt32LE(1024 * 1024 * 1024, i + 24);
    expect(await udtraekTekst(docx, "a.docx")).toEqual({ ok: false, code: "DOCUMENT_UNREADABLE" });
  });
});

describe("helpers", () => {
  test("zipIndhold lists the entries of a zip and refuses a broken one", async () => {
    const zip = await lavZip({ "a.xml": "<a/>", "mappe/æ.txt": "hej" });
    expect(zipIndhold(zip)).toEqual([
      { navn: "a.xml", udpakket: 4 },
      { navn: "mappe/", udpakket: 0 },
      { navn: "mappe/æ.txt", udpakket: 3 },
    ]);
    expect(zipIndhold(zip.subarray(0, zip.length - 5))).toBeNull();
    expect(zipIndhold(Buffer.from("PK\u0003\u0004"))).toBeNull();
  });

  test("dekodTekst refuses binary data", () => {
    expect(dekodTekst(Buffer.from([0x41, 0x00, 0x42]))).toBeNull();
    expect(dekodTekst(Buffer.from("a\u0007b"))).toBe("a\u0007b");
  });

  test("normaliser collapses whitespace, removes control and invisible characters and caps the length", () => {
    expect(
      normaliser("  Læge-\u00ADerklæ\u200bring\u0000 \t i  ryg\u00a0gen \r\n\r\n\r\n\n ny\u2028linje\u0002 "),
    ).toBe("Læge-erklæring i ryg gen\n\nny\nlinje");
    expect(normaliser("a\u030a \ufb01l")).toBe("å fil");
    expect(normaliser("x".repeat(MAKS_TEKST + 10))).toHaveLength(MAKS_TEKST);
    expect(normaliser(`${"x".repeat(MAKS_TEKST - 1)}😀`)).toHaveLength(MAKS_TEKST - 1);
  });

  test("constants for the upload form", () => {
    expect(MAKS_STOERRELSE).toBe(10 * 1024 * 1024);
    expect(ACCEPTEREDE_TYPER).toEqual([
      ".pdf",
      "application/pdf",
      ".docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ".eml",
      "message/rfc822",
      ".txt",
      "text/plain",
    ]);
  });
});

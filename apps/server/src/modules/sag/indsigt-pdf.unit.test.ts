import { createRequire } from "node:module";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, test } from "vitest";
import { hjemmel, type Punkt } from "./indsigt-model.ts";
import { brevPdf, type PdfPunkt, punktPdf, samletPdf } from "./indsigt-pdf.ts";

/** The text of each page (pdf.js, the legacy build for Node). */
async function sidetekster(bytes: Uint8Array): Promise<string[]> {
  const arbejder = "pdfjs-dist/legacy/build/pdf.worker.mjs";
  await import(/* @vite-ignore */ arbejder);
  const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pakke = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const dok = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
    standardFontDataUrl: `${pakke}/standard_fonts/`,
  }).promise;
  const sider: string[] = [];
  for (let n = 1; n <= dok.numPages; n++) {
    const indhold = await (await dok.getPage(n)).getTextContent();
    sider.push(
      indhold.items
        .map((d) => ("str" in d ? d.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
  }
  await dok.destroy();
  return sider;
}

const afsender = {
  jobcenter: "Jobcenter Roskilde",
  borgerNavn: "Mette Nielsen",
  dato: new Date("2026-11-23T09:00:00Z"),
};

const punkt = (i: number, over: Partial<PdfPunkt> = {}): PdfPunkt => ({
  art: "notat",
  id: `id-${i}`,
  visningsart: "notat",
  dato: "2026-11-20",
  tidspunkt: "2026-11-20T09:00:00.000Z",
  titel: `Notat nummer ${i}`,
  kategori: "notat",
  undtaget: null,
  rettetAf: null,
  bilag: null,
  tekst: `Teksten i notat ${i}. `.repeat(i % 7 === 0 ? 400 : 3),
  af: "Lone Sørensen",
  ...over,
});

describe("the case as PDF", () => {
  test("a long case: the contents run over several cover pages and every page number in it points at its item", async () => {
    const punkter = Array.from({ length: 90 }, (_, i) => punkt(i + 1));
    const bytes = await samletPdf(punkter, afsender);
    const sider = await sidetekster(bytes);
    expect(sider[0]).toContain("Jobcenter Roskilde");
    expect(sider[0]).toContain("Mette Nielsen");
    expect(sider[0]).toContain("23. november 2026");
    const indhold = sider.filter((s) => s.includes("Notat nummer 90") && /Journalnotat: Notat nummer/.test(s));
    expect(indhold.length).toBeGreaterThanOrEqual(1);
    // 90 lines do not fit on the first cover page
    expect(sider.findIndex((s) => /Journalnotat: Notat nummer 90 \d+/.test(s))).toBeGreaterThan(0);
    // every item: its line in the contents gives the page its heading is on
    const forside = sider.join("\n");
    for (const i of [1, 7, 45, 90]) {
      const m = new RegExp(`Journalnotat: Notat nummer ${i} (\\d+)`).exec(forside);
      expect(m, `notat ${i} i indholdsfortegnelsen`).not.toBeNull();
      const side = Number(m![1]);
      expect(sider[side - 1]).toContain(`Journalnotat · 20.11.2026 Notat nummer ${i}`);
    }
    expect(sider.at(-1)).toContain(`Side ${sider.length} af ${sider.length}`);
  });

  test("a withheld item is a page saying so, with reason and basis, and never its text", async () => {
    const undtaget: Punkt["undtaget"] = {
      id: "u",
      begrundelse: "Handler om en anden person.",
      hjemmel: hjemmel("FVL-15B-ANDRE"),
      besluttet: "2026-11-21T10:00:00Z",
    };
    const bytes = await samletPdf([punkt(1), punkt(2, { undtaget, tekst: "" })], afsender);
    const sider = await sidetekster(bytes);
    expect(sider).toHaveLength(3);
    expect(sider[0]).toContain("Notat nummer 2 (undtaget)");
    expect(sider[2]).toContain("Undtaget fra din indsigt");
    expect(sider[2]).toContain("Begrundelse: Handler om en anden person.");
    expect(sider[2]).toContain("Forvaltningsloven § 15 b, nr. 1");
  });

  test("a document that is a PDF is copied in with its own pages; a single item is its own PDF", async () => {
    const kilde = await PDFDocument.create();
    const font = await kilde.embedFont(StandardFonts.Helvetica);
    for (const n of [1, 2]) kilde.addPage().drawText(`Originalside ${n}`, { x: 50, y: 700, font, size: 12 });
    const pdf = await kilde.save();
    const dok = punkt(3, {
      art: "dokument",
      visningsart: "dokument",
      titel: "Lægeerklæring",
      fil: { mimetype: "application/pdf", indhold: pdf },
    });
    const sider = await sidetekster(await samletPdf([dok], afsender));
    expect(sider).toHaveLength(4);
    expect(sider[2]).toContain("Originalside 1");
    expect(sider[3]).toContain("Originalside 2");
    const et = await sidetekster(await punktPdf(punkt(4), afsender));
    expect(et).toHaveLength(1);
    expect(et[0]).toContain("Jobcenter Roskilde");
    expect(et[0]).toContain("Teksten i notat 4.");
  });

  test("a letter has the jobcentre, the citizen, the date and the signature", async () => {
    const sider = await sidetekster(
      await brevPdf({ overskrift: "Forsinket svar", afsnit: ["Grunden er …"], underskrift: "Lone Sørensen" }, afsender),
    );
    expect(sider).toHaveLength(1);
    expect(sider[0]).toMatch(/Jobcenter Roskilde.*Mette Nielsen.*23\. november 2026.*Forsinket svar.*Lone Sørensen/);
  });
});

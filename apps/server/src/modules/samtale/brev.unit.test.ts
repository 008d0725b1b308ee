import { createRequire } from "node:module";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { PDFDocument, PDFName, type PDFNumber, PDFRawStream, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { describe, expect, test } from "vitest";
import { checkinUrl } from "./checkin.ts";
import { datoTekst, datoTidTekst, type Indkaldelse, indkaldelsesbrev, ombryd, tilWinAnsi } from "./brev.ts";

const brev: Indkaldelse = {
  id: "6f1c2a9e-3b7d-4c1e-9a55-2d0f8e7b4c11",
  titel: "Jobsamtale",
  start: new Date("2026-12-01T09:00:00Z"),
  slut: new Date("2026-12-01T09:45:00Z"),
  kanal: "fremmoede",
  sted: { navn: "Mødelokale Ærø, 2. sal", adresse: "Søndergade 12, 8000 Aarhus C" },
  medarbejder: { navn: "Mette Østergård", email: "mette@jobcenter.example", telefon: "87 65 43 21" },
  borger: {
    navn: "Søren Ågård",
    email: "soeren@example.dk",
    adresse: "Åboulevarden 3, 2. th.",
    postnrBy: "8000 Aarhus C",
  },
  jobcenter: {
    navn: "Jobcenter Århus",
    adresse: "Søndergade 12",
    postnrBy: "8000 Aarhus C",
    telefon: "89 40 00 00",
    email: "jobcenter@aarhus.example",
    url: "https://jobunivers.example",
  },
  checkinKode: "K7M2QX",
  checkinUrl: checkinUrl("https://jobunivers.example", "0751", "K7M2QX"),
  sekvens: 0,
  begrundelse: {
    tekst: "Du skal have en jobsamtale, fordi du har modtaget kontanthjælp i 3 måneder.",
    henvisning: "LAB § 31, stk. 1",
  },
  konsekvens:
    "Hvis du ikke deltager i samtalen uden en rimelig grund, kan det betyde, at du får et fradrag i din ydelse.",
  dato: new Date("2026-11-20T08:00:00Z"),
};

// The legacy build is the one for Node; importing the worker first lets pdf.js run in this thread.
async function pdfTekst(bytes: Uint8Array): Promise<{ sider: number; tekst: string }> {
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
  let tekst = "";
  for (let n = 1; n <= dok.numPages; n++) {
    const indhold = await (await dok.getPage(n)).getTextContent();
    for (const del of indhold.items) if ("str" in del) tekst += `${del.str}${del.hasEOL ? "\n" : " "}`;
  }
  const sider = dok.numPages;
  await dok.destroy();
  // Lines wrap where they like: compare with all white space (also no-break space) as one space.
  return { sider, tekst: tekst.replace(/\s+/g, " ") };
}

/** The QR modules drawn in the PDF's RGB image, read back as a matrix of dark (true) and light. */
async function qrIPdf(bytes: Uint8Array): Promise<boolean[][] | null> {
  const dok = await PDFDocument.load(bytes);
  for (const [, obj] of dok.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of("Subtype")) !== PDFName.of("Image")) continue;
    if (obj.dict.get(PDFName.of("ColorSpace")) !== PDFName.of("DeviceRGB")) continue;
    const bredde = (obj.dict.get(PDFName.of("Width")) as PDFNumber).asNumber();
    const pixels = inflateSync(obj.contents);
    // qrcode draws `margin` (2) light modules around the code, each `scale` (8) pixels wide.
    const moduler = bredde / 8 - 4;
    const m: boolean[][] = [];
    for (let r = 0; r < moduler; r++) {
      const raekke: boolean[] = [];
      for (let c = 0; c < moduler; c++) {
        const x = (c + 2) * 8 + 4;
        const y = (r + 2) * 8 + 4;
        raekke.push(pixels[(y * bredde + x) * 3]! < 128);
      }
      m.push(raekke);
    }
    return m;
  }
  return null;
}

function forventetQr(tekst: string): boolean[][] {
  const qr = QRCode.create(tekst, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => !!qr.modules.get(r, c)));
}

describe("the Danish time text", () => {
  test("weekday, date, month and year in words and the times with a dot, in Copenhagen time", () => {
    expect(datoTidTekst(brev.start, brev.slut)).toBe("tirsdag den 1. december 2026 kl. 10.00–10.45");
    expect(datoTekst(brev.dato)).toBe("20. november 2026");
  });

  test("across the change from summer time (25 October 2026) the local time is right", () => {
    // Saturday before: still summer time (UTC+2); Sunday after 03.00 and Monday: winter time (UTC+1).
    expect(datoTidTekst(new Date("2026-10-24T08:00:00Z"), new Date("2026-10-24T08:30:00Z"))).toBe(
      "lørdag den 24. oktober 2026 kl. 10.00–10.30",
    );
    expect(datoTidTekst(new Date("2026-10-25T09:00:00Z"), new Date("2026-10-25T09:30:00Z"))).toBe(
      "søndag den 25. oktober 2026 kl. 10.00–10.30",
    );
    expect(datoTidTekst(new Date("2026-10-26T07:00:00Z"), new Date("2026-10-26T08:15:00Z"))).toBe(
      "mandag den 26. oktober 2026 kl. 08.00–09.15",
    );
  });

  test("across the change to summer time (29 March 2026) the local time is right", () => {
    expect(datoTidTekst(new Date("2026-03-27T09:00:00Z"), new Date("2026-03-27T09:45:00Z"))).toBe(
      "fredag den 27. marts 2026 kl. 10.00–10.45",
    );
    expect(datoTidTekst(new Date("2026-03-29T08:00:00Z"), new Date("2026-03-29T08:45:00Z"))).toBe(
      "søndag den 29. marts 2026 kl. 10.00–10.45",
    );
    expect(datoTidTekst(new Date("2026-03-30T06:00:00Z"), new Date("2026-03-30T07:00:00Z"))).toBe(
      "mandag den 30. marts 2026 kl. 08.00–09.00",
    );
  });

  test("midnight is 00.00, and a conversation ending the next day names both days", () => {
    expect(datoTidTekst(new Date("2026-12-01T22:30:00Z"), new Date("2026-12-01T23:15:00Z"))).toBe(
      "tirsdag den 1. december 2026 kl. 23.30 til onsdag den 2. december 2026 kl. 00.15",
    );
  });
});

describe("text for the standard fonts", () => {
  test("æøå, § and the en dash are kept; what WinAnsi lacks is replaced", async () => {
    const dok = await PDFDocument.create();
    const font = await dok.embedFont(StandardFonts.Helvetica);
    expect(tilWinAnsi("Æblegrød på Ørbæk – § 31 … “citat” €", font)).toBe("Æblegrød på Ørbæk – § 31 … “citat” €");
    expect(tilWinAnsi("a\u2011b\u2212c\u202fd\u2009e", font)).toBe("a-b-c\u00a0d e");
    expect(tilWinAnsi("Łódź Ōsaka", font)).toBe("Lódz Osaka");
    expect(tilWinAnsi("😀 ✓ 漢", font)).toBe("? ? ?");
    // decomposed å (a + ring) is composed first
    expect(tilWinAnsi("a\u030a", font)).toBe("å");
    for (const t of ["Łódź 😀 \u2011\u202f", "漢字"]) expect(() => font.encodeText(tilWinAnsi(t, font))).not.toThrow();
  });

  test("wraps within the width and breaks a word longer than a line", async () => {
    const dok = await PDFDocument.create();
    const font = await dok.embedFont(StandardFonts.Helvetica);
    const linjer = ombryd(`kort ${"x".repeat(200)} ord og flere ord\nny linje`, font, 10, 100);
    for (const l of linjer) expect(font.widthOfTextAtSize(l, 10)).toBeLessThanOrEqual(100);
    expect(linjer[0]).toBe("kort");
    expect(linjer.join("\n").replace(/x\nx/g, "xx").replace(/\n/g, " ")).toBe(
      `kort ${"x".repeat(200)} ord og flere ord ny linje`,
    );
    expect(linjer.at(-1)).toBe("ny linje");
  });
});

describe("the invitation letter", () => {
  test("is an A4 PDF of one or two pages with the title, the jobcentre as author and Danish as language", async () => {
    const bytes = await indkaldelsesbrev(brev);
    const dok = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(dok.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(dok.getPageCount()).toBeLessThanOrEqual(2);
    const { width, height } = dok.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(dok.getTitle()).toBe("Indkaldelse til jobsamtale");
    expect(dok.getAuthor()).toBe("Jobcenter Århus");
    expect(dok.catalog.get(PDFName.of("Lang"))?.toString()).toMatch(/da/);
  });

  test("contains the name, address, Danish time, place, caseworker, reason with the rule, consequence and code", async () => {
    const { tekst } = await pdfTekst(await indkaldelsesbrev(brev));
    for (const del of [
      "Jobcenter Århus",
      "Telefon 89 40 00 00",
      "Søren Ågård",
      "Åboulevarden 3, 2. th.",
      "20. november 2026",
      "Indkaldelse til jobsamtale",
      "tirsdag den 1. december 2026 kl. 10.00–10.45",
      "Mødelokale Ærø, 2. sal, Søndergade 12, 8000 Aarhus C",
      "Mette Østergård",
      "fordi du har modtaget kontanthjælp i 3 måneder",
      "LAB § 31, stk. 1",
      "Min side",
      "fradrag i din ydelse",
      "K7M2QX",
    ])
      expect(tekst, del).toContain(del);
  });

  test("the QR code encodes the check-in URL", async () => {
    const qr = await qrIPdf(await indkaldelsesbrev(brev));
    expect(qr).toEqual(forventetQr("https://jobunivers.example/checkin?k=0751&kode=K7M2QX"));
  });

  test("without a check-in URL there is no QR code, but the code is still printed", async () => {
    const bytes = await indkaldelsesbrev({ ...brev, checkinUrl: undefined });
    expect(await qrIPdf(bytes)).toBeNull();
    expect((await pdfTekst(bytes)).tekst).toContain("K7M2QX");
  });

  test("the local time is right on both sides of the change to and from summer time", async () => {
    const oktober = await pdfTekst(
      await indkaldelsesbrev({
        ...brev,
        start: new Date("2026-10-26T09:00:00Z"),
        slut: new Date("2026-10-26T09:30:00Z"),
      }),
    );
    expect(oktober.tekst).toContain("mandag den 26. oktober 2026 kl. 10.00–10.30");
    const marts = await pdfTekst(
      await indkaldelsesbrev({
        ...brev,
        start: new Date("2026-03-30T08:00:00Z"),
        slut: new Date("2026-03-30T08:30:00Z"),
      }),
    );
    expect(marts.tekst).toContain("mandag den 30. marts 2026 kl. 10.00–10.30");
  });

  test("a telephone conversation says who calls, and has no check-in", async () => {
    const bytes = await indkaldelsesbrev({
      ...brev,
      kanal: "telefon",
      sted: undefined,
      telefonTekst: "Jobcenteret ringer til dig på 12 34 56 78",
    });
    const { tekst } = await pdfTekst(bytes);
    expect(tekst).toContain("Jobcenteret ringer til dig på 12 34 56 78");
    expect(tekst).not.toContain("K7M2QX");
    expect(await qrIPdf(bytes)).toBeNull();
  });

  test("a video conversation points to Min side for the link and does not print a link", async () => {
    const { tekst } = await pdfTekst(
      await indkaldelsesbrev({ ...brev, kanal: "video", sted: undefined, videoLink: "https://meet.example/rum?jwt=x" }),
    );
    expect(tekst).toContain("Du får linket på Min side");
    expect(tekst).not.toContain("jwt=");
  });

  test("long texts and characters outside WinAnsi do not break it, and it stays within two pages", async () => {
    const lang = "Du skal have en samtale om din situation og dine muligheder for at komme i job eller uddannelse. ";
    const bytes = await indkaldelsesbrev({
      ...brev,
      titel: "Jobsamtale – “opfølgning” 😀",
      borger: { ...brev.borger, navn: "Łukasz Øğünç" },
      begrundelse: { tekst: lang.repeat(8), henvisning: "LAB § 31, stk. 1" },
      konsekvens: lang.repeat(6),
    });
    const { sider, tekst } = await pdfTekst(bytes);
    expect(sider).toBeLessThanOrEqual(2);
    expect(tekst).toContain("Lukasz Øgünç");
    expect(tekst).toContain("Side 1 af");
    expect(tekst).toContain("K7M2QX");
  });
});

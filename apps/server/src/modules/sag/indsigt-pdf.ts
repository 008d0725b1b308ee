import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { datoTekst, ombryd, tilWinAnsi } from "../samtale/brev.ts";
import { henvisningTekst, type Punkt, VISNINGSART_NAVN } from "./indsigt-model.ts";

/**
 * The citizen's case as PDF: everything in one file (a cover page with the jobcentre's name, the date and a table of
 * contents with page numbers, then each item from its own page), or a single item. A withheld item is a page that says
 * it is withheld, why, and on which legal basis. A document that is itself a PDF is copied in with its own pages
 * (after a page naming it); any other document is given by its extracted text.
 *
 * Also used for the letters of an aktindsigt request (a letter page followed by the items granted).
 */

export interface PdfPunkt extends Punkt {
  /** the readable text (a note's text, a letter's text, a document's extracted text) */
  tekst: string;
  /** the stored file of a document, when there is one */
  fil?: { mimetype: string; indhold: Uint8Array | null } | null;
  /** who wrote or uploaded it */
  af?: string | null;
}

export interface Afsender {
  jobcenter: string;
  borgerNavn: string;
  dato: Date;
}

const A4: [number, number] = [595.28, 841.89];
const VENSTRE = 56;
const HOEJRE = A4[0] - 56;
const TOP = A4[1] - 56;
const BUND = 64;
const BREDDE = HOEJRE - VENSTRE;
const GRAA = rgb(0.35, 0.35, 0.35);
const SORT = rgb(0, 0, 0);

class Skriver {
  side!: PDFPage;
  y = TOP;
  constructor(
    readonly dok: PDFDocument,
    readonly normal: PDFFont,
    readonly fed: PDFFont,
    /** where the next page comes from (default: a new page at the end) */
    readonly naeste: () => PDFPage = () => dok.addPage(A4),
  ) {}

  nySide(): PDFPage {
    this.side = this.naeste();
    this.y = TOP;
    return this.side;
  }

  tekst(t: string, x: number, y: number, font = this.normal, stoerrelse = 10.5, farve = SORT): void {
    this.side.drawText(tilWinAnsi(t, font), { x, y, font, size: stoerrelse, color: farve });
  }

  afsnit(t: string, opts: { font?: PDFFont; stoerrelse?: number; farve?: ReturnType<typeof rgb> } = {}): void {
    const font = opts.font ?? this.normal;
    const stoerrelse = opts.stoerrelse ?? 10.5;
    const hoejde = stoerrelse * 1.35;
    for (const linje of ombryd(tilWinAnsi(t, font), font, stoerrelse, BREDDE)) {
      if (this.y - hoejde < BUND) this.nySide();
      this.y -= hoejde;
      this.tekst(linje, VENSTRE, this.y + stoerrelse * 0.3, font, stoerrelse, opts.farve);
    }
  }

  luft(p: number): void {
    this.y -= p;
  }
}

function metadata(dok: PDFDocument, titel: string, a: Afsender): void {
  dok.setTitle(titel, { showInWindowTitleBar: true });
  dok.setAuthor(a.jobcenter);
  dok.setSubject(`${titel} – ${a.borgerNavn}`);
  dok.setLanguage("da");
  dok.setCreator("Jobunivers");
  dok.setProducer("Jobunivers");
  dok.setCreationDate(a.dato);
  dok.setModificationDate(a.dato);
}

const dansk = (iso: string) => iso.split("-").reverse().join(".");

/** The heading block of an item: its kind, title and date. */
function punktHoved(s: Skriver, p: PdfPunkt): void {
  s.afsnit(`${VISNINGSART_NAVN[p.visningsart]} · ${dansk(p.dato)}`, { farve: GRAA, stoerrelse: 9.5 });
  s.luft(2);
  s.afsnit(p.titel, { font: s.fed, stoerrelse: 15 });
  if (p.af) s.afsnit(`Af ${p.af}`, { farve: GRAA, stoerrelse: 9.5 });
  s.luft(10);
}

/** Draws one item from a new page; answers the index of its first page. */
async function tegnPunkt(s: Skriver, p: PdfPunkt): Promise<number> {
  const foerste = s.dok.getPageCount();
  s.nySide();
  punktHoved(s, p);
  if (p.undtaget) {
    s.afsnit("Undtaget fra din indsigt", { font: s.fed, stoerrelse: 12 });
    s.luft(4);
    s.afsnit(`Begrundelse: ${p.undtaget.begrundelse}`);
    s.luft(4);
    s.afsnit(`Hjemmel: ${p.undtaget.hjemmel.titel.da} (${henvisningTekst(p.undtaget.hjemmel.henvisning)}).`);
    s.luft(4);
    s.afsnit(p.undtaget.hjemmel.forklaring.da, { farve: GRAA });
    s.luft(8);
    s.afsnit(
      `Jobcentret har truffet afgørelse om at undtage dette punkt den ${datoTekst(new Date(p.undtaget.besluttet))}. ` +
        "Du kan klage over afgørelsen til jobcentret, som vurderer sagen igen.",
      { stoerrelse: 9.5 },
    );
    return foerste;
  }
  if (p.fil?.mimetype === "application/pdf" && p.fil.indhold) {
    try {
      const kilde = await PDFDocument.load(p.fil.indhold, { ignoreEncryption: true, updateMetadata: false });
      const sider = await s.dok.copyPages(kilde, kilde.getPageIndices());
      s.afsnit(
        sider.length === 1
          ? "Dokumentet følger på næste side."
          : `Dokumentet følger på de næste ${sider.length} sider.`,
        { farve: GRAA },
      );
      for (const side of sider) s.dok.addPage(side);
      return foerste;
    } catch {
      // an unreadable PDF is given by its extracted text below
    }
  }
  s.afsnit(p.tekst.trim() === "" ? "(Dokumentet indeholder ingen tekst, der kan gengives.)" : p.tekst);
  return foerste;
}

function sidefod(dok: PDFDocument, font: PDFFont, a: Afsender): void {
  const sider = dok.getPages();
  sider.forEach((side, i) => {
    const venstre = tilWinAnsi(`${a.jobcenter} · Min sag for ${a.borgerNavn}`, font);
    const hoejre = `Side ${i + 1} af ${sider.length}`;
    side.drawText(venstre, { x: VENSTRE, y: 36, font, size: 8, color: GRAA });
    side.drawText(hoejre, { x: HOEJRE - font.widthOfTextAtSize(hoejre, 8), y: 36, font, size: 8, color: GRAA });
  });
}

/** The cover: the jobcentre, the title, the citizen and the date, the introduction, and the table of contents. */
function tegnForside(
  s: Skriver,
  a: Afsender,
  titel: string,
  indledning: readonly string[],
  punkter: readonly PdfPunkt[],
  starter: readonly number[],
  forside: number,
): void {
  s.nySide();
  s.tekst(a.jobcenter, VENSTRE, TOP - 14, s.fed, 16);
  s.y = TOP - 40;
  s.afsnit(titel, { font: s.fed, stoerrelse: 22 });
  s.luft(4);
  s.afsnit(`${a.borgerNavn} · ${datoTekst(a.dato)}`, { farve: GRAA });
  s.luft(10);
  for (const l of indledning) {
    s.afsnit(l);
    s.luft(4);
  }
  s.luft(6);
  s.afsnit("Indhold", { font: s.fed, stoerrelse: 12 });
  s.luft(2);
  if (punkter.length === 0) s.afsnit("Der er ingen punkter i sagen.", { farve: GRAA });
  const maks = BREDDE - 40;
  punkter.forEach((p, i) => {
    if (s.y - 14 < BUND) s.nySide();
    s.y -= 14;
    const nr = String(starter[i]! + forside + 1);
    const venstre = `${dansk(p.dato)}  ${VISNINGSART_NAVN[p.visningsart]}: ${p.titel}${p.undtaget ? " (undtaget)" : ""}`;
    let t = tilWinAnsi(venstre, s.normal);
    while (s.normal.widthOfTextAtSize(t, 9.5) > maks && t.length > 4) t = `${t.slice(0, -2)}…`.replace(/……$/, "…");
    s.side.drawText(t, { x: VENSTRE, y: s.y, font: s.normal, size: 9.5, color: SORT });
    s.side.drawText(nr, { x: HOEJRE - s.normal.widthOfTextAtSize(nr, 9.5), y: s.y, font: s.normal, size: 9.5 });
  });
}

/**
 * Everything in one PDF: a cover (the jobcentre, the citizen, the date and a table of contents), then each item.
 * `indledning` is put on the cover before the contents (e.g. the answer to an aktindsigt request).
 */
export async function samletPdf(
  punkter: readonly PdfPunkt[],
  a: Afsender,
  opts: { titel?: string; indledning?: string[] } = {},
): Promise<Uint8Array> {
  const titel = opts.titel ?? "Min sag";
  const dok = await PDFDocument.create({ updateMetadata: false });
  metadata(dok, titel, a);
  const normal = await dok.embedFont(StandardFonts.Helvetica);
  const fed = await dok.embedFont(StandardFonts.HelveticaBold);
  const s = new Skriver(dok, normal, fed);

  const starter: number[] = [];
  for (const p of punkter) starter.push(await tegnPunkt(s, p));

  // The cover goes in front; its contents need the items' page numbers, which need the cover's length. The cover's
  // layout does not depend on the numbers, so it is first drawn on a scratch document to count its pages.
  const indledning = opts.indledning ?? [];
  const proeve = await PDFDocument.create({ updateMetadata: false });
  const proeveSkriver = new Skriver(
    proeve,
    await proeve.embedFont(StandardFonts.Helvetica),
    await proeve.embedFont(StandardFonts.HelveticaBold),
  );
  tegnForside(proeveSkriver, a, titel, indledning, punkter, starter, 0);
  const forside = proeve.getPageCount();
  let naeste = 0;
  const forsiden = new Skriver(dok, normal, fed, () => dok.insertPage(naeste++, A4));
  tegnForside(forsiden, a, titel, indledning, punkter, starter, forside);
  sidefod(dok, normal, a);
  return dok.save();
}

/** One item as its own PDF. */
export async function punktPdf(p: PdfPunkt, a: Afsender): Promise<Uint8Array> {
  const dok = await PDFDocument.create({ updateMetadata: false });
  metadata(dok, p.titel, a);
  const normal = await dok.embedFont(StandardFonts.Helvetica);
  const fed = await dok.embedFont(StandardFonts.HelveticaBold);
  const s = new Skriver(dok, normal, fed);
  await tegnPunkt(s, p);
  // the jobcentre's name above the item's heading on its first page
  dok.getPage(0).drawText(tilWinAnsi(a.jobcenter, fed), { x: VENSTRE, y: TOP + 18, font: fed, size: 11, color: GRAA });
  sidefod(dok, normal, a);
  return dok.save();
}

/** A letter to the citizen (e.g. about a delayed aktindsigt answer), one or more A4 pages. */
export async function brevPdf(
  brev: { overskrift: string; afsnit: string[]; underskrift: string },
  a: Afsender,
): Promise<Uint8Array> {
  const dok = await PDFDocument.create({ updateMetadata: false });
  metadata(dok, brev.overskrift, a);
  const normal = await dok.embedFont(StandardFonts.Helvetica);
  const fed = await dok.embedFont(StandardFonts.HelveticaBold);
  const s = new Skriver(dok, normal, fed);
  s.nySide();
  s.tekst(a.jobcenter, VENSTRE, TOP - 14, fed, 16);
  s.y = TOP - 60;
  s.afsnit(a.borgerNavn);
  s.luft(4);
  s.afsnit(datoTekst(a.dato), { farve: GRAA });
  s.luft(16);
  s.afsnit(brev.overskrift, { font: fed, stoerrelse: 16 });
  s.luft(8);
  s.afsnit(`Kære ${a.borgerNavn}`);
  for (const t of brev.afsnit) {
    s.luft(6);
    s.afsnit(t);
  }
  s.luft(12);
  s.afsnit("Med venlig hilsen");
  s.afsnit(brev.underskrift);
  sidefod(dok, normal, a);
  return dok.save();
}

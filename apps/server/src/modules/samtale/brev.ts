import { type PDFFont, type PDFImage, PDFDocument, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import QRCode from "qrcode";
import { CHECKIN_EFTER_MINUTTER, CHECKIN_FOER_MINUTTER } from "./checkin.ts";
import type { SamtaleInfo } from "./kalenderfil.ts";
import { LINK_FOER_MINUTTER } from "./video.ts";

/**
 * The personal written invitation (indkaldelse) to a booked conversation, as an A4 PDF: the jobcentre's letterhead,
 * the citizen's address, the date, the time in Danish words and numbers, how the conversation takes place, the
 * caseworker, why the citizen is called (with the rule), how to prepare, how to move or cancel, what happens if the
 * citizen does not take part, and for a conversation at the jobcentre a QR code and a code to check in with.
 *
 * Times are shown in Copenhagen time whatever the server's time zone. The standard Helvetica fonts of PDF only know
 * the WinAnsi characters (which include æøå, § and the en dash); every text is mapped to them before it is drawn.
 */

export type Indkaldelse = SamtaleInfo & {
  /** Why the citizen is called, and the rule it is under, e.g. "LAB § 31, stk. 1". */
  begrundelse: { tekst: string; henvisning: string };
  /** What happens if the citizen does not take part, for their target group. */
  konsekvens?: string;
  /** The letter's date. */
  dato: Date;
  sprog?: "da";
};

// ---------------------------------------------------------------------------------------------------------------
// Danish dates and times (Europe/Copenhagen)

const TIDSZONE = "Europe/Copenhagen";

const datoFormat = new Intl.DateTimeFormat("da-DK", {
  timeZone: TIDSZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

interface Dele {
  ugedag: string;
  dag: string;
  maaned: string;
  aar: string;
  time: string;
  minut: string;
}

function dele(d: Date): Dele {
  const p = Object.fromEntries(datoFormat.formatToParts(d).map((x) => [x.type, x.value]));
  return {
    ugedag: p.weekday ?? "",
    dag: String(Number(p.day)),
    maaned: p.month ?? "",
    aar: p.year ?? "",
    time: (p.hour ?? "").padStart(2, "0"),
    minut: (p.minute ?? "").padStart(2, "0"),
  };
}

const dagTekst = (p: Dele) => `${p.ugedag} den ${p.dag}. ${p.maaned} ${p.aar}`;
const klokken = (p: Dele) => `${p.time}.${p.minut}`;

/**
 * A conversation's time in Danish, in Copenhagen time: "tirsdag den 1. december 2026 kl. 10.00–10.45".
 * One that ends on another day: "… kl. 23.30 til onsdag den 2. december 2026 kl. 00.15".
 */
export function datoTidTekst(start: Date, slut: Date): string {
  const s = dele(start);
  const e = dele(slut);
  if (dagTekst(s) === dagTekst(e)) return `${dagTekst(s)} kl. ${klokken(s)}\u2013${klokken(e)}`;
  return `${dagTekst(s)} kl. ${klokken(s)} til ${dagTekst(e)} kl. ${klokken(e)}`;
}

/** A date in Danish, in Copenhagen time, as in a letter's date line: "1. december 2026". */
export function datoTekst(d: Date): string {
  const p = dele(d);
  return `${p.dag}. ${p.maaned} ${p.aar}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Text for the standard fonts

const ERSTATNING: Record<string, string> = {
  "\t": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u200a": " ",
  "\u202f": "\u00a0",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2015": "\u2014",
  "\u2032": "'",
  "\u2033": '"',
  "\u2192": "->",
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u00ad": "",
  "\u200b": "",
};

/**
 * `tekst` with every character the font cannot draw replaced: by a look-alike, by its letter without accents, or "?".
 * Line breaks are kept (the wrapping splits on them).
 */
export function tilWinAnsi(tekst: string, font: PDFFont): string {
  const kendte = tegnsaet(font);
  let ud = "";
  for (const tegn of tekst.normalize("NFC")) {
    const kode = tegn.codePointAt(0)!;
    if (kendte.has(kode) || tegn === "\n") ud += tegn;
    else if (tegn in ERSTATNING) ud += ERSTATNING[tegn];
    else {
      const uden = tegn.normalize("NFD").replace(/\p{M}/gu, "");
      ud += uden !== "" && [...uden].every((t) => kendte.has(t.codePointAt(0)!)) ? uden : "?";
    }
  }
  return ud;
}

const tegnsaetCache = new WeakMap<PDFFont, Set<number>>();
function tegnsaet(font: PDFFont): Set<number> {
  let s = tegnsaetCache.get(font);
  if (!s) {
    s = new Set(font.getCharacterSet());
    tegnsaetCache.set(font, s);
  }
  return s;
}

/** Keeps "§ 31", "stk. 1" and "nr. 2" together on one line. */
function ikkeBryd(tekst: string): string {
  return tekst.replace(/(§|stk\.|nr\.|kl\.) (?=\d)/g, "$1\u00a0");
}

/** Lines of at most `bredde` points; a word longer than a line (a long address) is broken inside. */
export function ombryd(tekst: string, font: PDFFont, stoerrelse: number, bredde: number): string[] {
  const linjer: string[] = [];
  const maal = (s: string) => font.widthOfTextAtSize(s, stoerrelse);
  for (const afsnit of tekst.split("\n")) {
    let linje = "";
    for (const ord of afsnit.split(" ").filter((o) => o !== "")) {
      const kandidat = linje === "" ? ord : `${linje} ${ord}`;
      if (maal(kandidat) <= bredde) {
        linje = kandidat;
        continue;
      }
      if (linje !== "") linjer.push(linje);
      linje = "";
      let rest = ord;
      while (maal(rest) > bredde) {
        let n = rest.length - 1;
        while (n > 1 && maal(rest.slice(0, n)) > bredde) n--;
        linjer.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      linje = rest;
    }
    linjer.push(linje);
  }
  return linjer;
}

// ---------------------------------------------------------------------------------------------------------------
// Layout

const A4: [number, number] = [595.28, 841.89];
const VENSTRE = 62;
const HOEJRE = A4[0] - 56;
const TOP = A4[1] - 48;
const BUND = 72;
const BREDDE = HOEJRE - VENSTRE;
const SORT = rgb(0, 0, 0);
const GRAA = rgb(0.35, 0.35, 0.35);
const LINJEFARVE = rgb(0.75, 0.75, 0.75);

interface Stil {
  font?: PDFFont;
  stoerrelse?: number;
  farve?: ReturnType<typeof rgb>;
}

/** Writes top to bottom, starting a new page when the next block does not fit. */
class Skriver {
  side: PDFPage;
  y: number;
  constructor(
    private readonly dok: PDFDocument,
    readonly normal: PDFFont,
    readonly fed: PDFFont,
  ) {
    this.side = dok.addPage(A4);
    this.y = TOP;
  }

  nySide(): void {
    this.side = this.dok.addPage(A4);
    this.y = TOP;
  }

  /** Makes sure `hoejde` points are free above the bottom margin. */
  plads(hoejde: number): void {
    if (this.y - hoejde < BUND) this.nySide();
  }

  tekst(t: string, x: number, y: number, stil: Stil = {}): void {
    const font = stil.font ?? this.normal;
    this.side.drawText(tilWinAnsi(t, font), { x, y, font, size: stil.stoerrelse ?? 10.5, color: stil.farve ?? SORT });
  }

  linjer(t: string, bredde: number, stil: Stil = {}): string[] {
    const font = stil.font ?? this.normal;
    return ombryd(ikkeBryd(tilWinAnsi(t, font)), font, stil.stoerrelse ?? 10.5, bredde);
  }

  /** A wrapped paragraph at the left margin (or `x`), moving down. */
  afsnit(t: string, stil: Stil = {}, x = VENSTRE, bredde = HOEJRE - x): void {
    const stoerrelse = stil.stoerrelse ?? 10.5;
    const hoejde = stoerrelse * 1.35;
    for (const linje of this.linjer(t, bredde, stil)) {
      this.plads(hoejde);
      this.y -= hoejde;
      this.tekst(linje, x, this.y + stoerrelse * 0.3, stil);
    }
  }

  /** A section: a bold heading kept together with the first lines of its text. */
  sektion(overskrift: string, ...afsnit: string[]): void {
    this.plads(11 * 1.6 + 10.5 * 1.35 * 2 + 8);
    this.y -= 8;
    this.afsnit(overskrift, { font: this.fed, stoerrelse: 11 });
    afsnit.forEach((a, i) => {
      if (i > 0) this.y -= 3;
      this.afsnit(a);
    });
  }

  /** Label and value in two columns (the key facts). */
  fakta(raekker: [string, string][]): void {
    const labelBredde = 88;
    for (const [label, vaerdi] of raekker) {
      const linjer = this.linjer(vaerdi, BREDDE - labelBredde, { font: this.fed });
      const hoejde = 10.5 * 1.35;
      this.plads(hoejde * linjer.length);
      this.tekst(label, VENSTRE, this.y - hoejde + 3.15, { farve: GRAA });
      for (const linje of linjer) {
        this.y -= hoejde;
        this.tekst(linje, VENSTRE + labelBredde, this.y + 3.15, { font: this.fed });
      }
      this.y -= 3;
    }
  }
}

function foersteBogstavSmaat(t: string): string {
  // "Jobsamtale" → "jobsamtale", but an abbreviation ("IGU-samtale") stays as it is.
  return /^\p{Lu}\p{Ll}/u.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

function stedTekst(info: SamtaleInfo): string {
  if (info.sted) return `${info.sted.navn}, ${info.sted.adresse}`;
  return `${info.jobcenter.navn}, ${info.jobcenter.adresse}, ${info.jobcenter.postnrBy}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The letter

/** The invitation letter as PDF bytes (one or two A4 pages). */
export async function indkaldelsesbrev(info: Indkaldelse): Promise<Uint8Array> {
  const jc = info.jobcenter;
  const titel = info.titel.trim();
  const overskrift = `Indkaldelse til ${foersteBogstavSmaat(titel)}`;
  const tid = datoTidTekst(info.start, info.slut);

  const dok = await PDFDocument.create({ updateMetadata: false });
  dok.setTitle(overskrift, { showInWindowTitleBar: true });
  dok.setAuthor(jc.navn);
  dok.setSubject(`${titel} ${tid}`);
  dok.setLanguage("da");
  dok.setCreator("Jobunivers");
  dok.setProducer("Jobunivers");
  dok.setCreationDate(info.dato);
  dok.setModificationDate(info.dato);

  const normal = await dok.embedFont(StandardFonts.Helvetica);
  const fed = await dok.embedFont(StandardFonts.HelveticaBold);
  const s = new Skriver(dok, normal, fed);

  // Letterhead: the jobcentre's name on the left, its contact details on the right.
  s.tekst(jc.navn, VENSTRE, TOP - 14, { font: fed, stoerrelse: 16 });
  const kontakt = [
    jc.adresse,
    jc.postnrBy,
    jc.telefon ? `Telefon ${jc.telefon}` : null,
    jc.email ?? null,
    jc.url.replace(/^https?:\/\//, ""),
  ].filter((l): l is string => !!l);
  const kontaktX = 380;
  kontakt.forEach((l, i) => {
    s.tekst(l, kontaktX, TOP - 10 - i * 12, { stoerrelse: 9, farve: GRAA });
  });

  // The citizen's address where a window envelope shows it (about 5 cm from the top).
  const modtager = [info.borger.navn, info.borger.adresse, info.borger.postnrBy].filter((l): l is string => !!l);
  const modtagerTop = A4[1] - 150;
  modtager.forEach((l, i) => {
    s.tekst(l, VENSTRE, modtagerTop - i * 14, { stoerrelse: 11 });
  });

  const datoLinje = datoTekst(info.dato);
  const datoSize = 10.5;
  const datoY = modtagerTop - 3 * 14 - 20;
  s.tekst(datoLinje, HOEJRE - normal.widthOfTextAtSize(tilWinAnsi(datoLinje, normal), datoSize), datoY);

  s.y = datoY - 30;
  s.afsnit(overskrift, { font: fed, stoerrelse: 17 });
  s.y -= 8;
  s.afsnit(`Kære ${info.borger.navn}`);
  s.y -= 4;
  s.afsnit(`Du er indkaldt til ${foersteBogstavSmaat(titel)} ${tid}.`);
  s.y -= 8;

  const fakta: [string, string][] = [["Tid", tid]];
  if (info.kanal === "fremmoede") fakta.push(["Sted", stedTekst(info)]);
  if (info.kanal === "telefon") fakta.push(["Form", "Telefonsamtale"]);
  if (info.kanal === "video") fakta.push(["Form", "Videosamtale (linket finder du på Min side)"]);
  const medarbejderKontakt = [info.medarbejder.telefon, info.medarbejder.email].filter((l): l is string => !!l);
  fakta.push([
    "Medarbejder",
    medarbejderKontakt.length
      ? `${info.medarbejder.navn} (${medarbejderKontakt.join(", ")})`
      : `${info.medarbejder.navn}, ${jc.navn}`,
  ]);
  s.fakta(fakta);

  const checkin = info.kanal === "fremmoede" && !!info.checkinKode;
  if (checkin) await checkinBoks(dok, s, info.checkinKode!, info.checkinUrl);

  // How the conversation takes place
  if (info.kanal === "fremmoede") {
    s.sektion(
      "Sådan foregår samtalen",
      `Samtalen foregår ved personligt fremmøde. Mød op på ${stedTekst(info)}.` +
        (checkin ? " Når du kommer, tjekker du ind med koden ovenfor." : ""),
    );
  } else if (info.kanal === "telefon") {
    s.sektion(
      "Sådan foregår samtalen",
      `Samtalen foregår over telefonen. ${info.telefonTekst?.trim() || "Jobcenteret ringer til dig."}`,
      "Sørg for at være et sted, hvor du kan tale i fred, og hvor din telefon har god forbindelse.",
    );
  } else {
    s.sektion(
      "Sådan foregår samtalen",
      "Samtalen foregår som video. Du får linket på Min side. " +
        `Linket virker fra ${LINK_FOER_MINUTTER} minutter før samtalen. ` +
        "Du skal bruge en computer, tablet eller telefon med kamera og mikrofon.",
    );
  }

  s.sektion(
    "Hvorfor du er indkaldt",
    info.begrundelse.tekst.trim(),
    `Indkaldelsen sker efter ${info.begrundelse.henvisning.trim()}.`,
  );

  s.sektion(
    "Sådan forbereder du dig",
    "Skriv din forberedelse på Min side før samtalen: hvad du gerne vil tale om, hvordan det går med at søge job, " +
      "og om der er noget, der gør det svært for dig lige nu.",
    "Har du papirer, der har betydning for samtalen, fx et jobtilbud eller en lægeerklæring, så upload dem på Min side " +
      (info.kanal === "fremmoede" ? "eller tag dem med." : "før samtalen."),
  );

  const minSide = jc.url.replace(/\/+$/, "");
  s.sektion(
    "Hvis du ikke kan komme",
    `Kan du ikke deltage på tidspunktet, så flyt eller aflys samtalen på Min side (${minSide})` +
      (jc.telefon ? `, eller ring til jobcenteret på ${jc.telefon}` : "") +
      ". Gør det så tidligt som muligt og inden samtalen begynder. Er du syg, skal du melde dig syg til jobcenteret.",
  );

  if (info.konsekvens?.trim()) s.sektion("Hvis du ikke deltager", info.konsekvens.trim());

  s.sektion("Med venlig hilsen", `${info.medarbejder.navn}\n${jc.navn}`);

  // Footer on every page.
  const sider = dok.getPages();
  sider.forEach((side, i) => {
    const venstre = tilWinAnsi(`${jc.navn} \u00b7 ${jc.url.replace(/^https?:\/\//, "")}`, normal);
    const hoejre = `Side ${i + 1} af ${sider.length}`;
    side.drawLine({ start: { x: VENSTRE, y: 50 }, end: { x: HOEJRE, y: 50 }, thickness: 0.5, color: LINJEFARVE });
    side.drawText(venstre, { x: VENSTRE, y: 38, font: normal, size: 8, color: GRAA });
    side.drawText(hoejre, {
      x: HOEJRE - normal.widthOfTextAtSize(hoejre, 8),
      y: 38,
      font: normal,
      size: 8,
      color: GRAA,
    });
  });

  return dok.save();
}

/** The check-in box: the QR code (when there is a check-in URL) and the code in large letters. */
async function checkinBoks(dok: PDFDocument, s: Skriver, kode: string, url: string | undefined): Promise<void> {
  const qrStoerrelse = 108;
  const hoejde = qrStoerrelse + 24;
  s.plads(hoejde + 12);
  s.y -= 12;
  const top = s.y;
  s.side.drawRectangle({
    x: VENSTRE,
    y: top - hoejde,
    width: BREDDE,
    height: hoejde,
    borderColor: LINJEFARVE,
    borderWidth: 1,
  });

  let tekstX = VENSTRE + 14;
  if (url) {
    const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, scale: 8 });
    const billede: PDFImage = await dok.embedPng(png);
    s.side.drawImage(billede, {
      x: VENSTRE + 12,
      y: top - 12 - qrStoerrelse,
      width: qrStoerrelse,
      height: qrStoerrelse,
    });
    tekstX = VENSTRE + 12 + qrStoerrelse + 16;
  }

  const bredde = HOEJRE - 14 - tekstX;
  s.y = top - 10;
  s.afsnit("Tjek ind, når du kommer", { font: s.fed, stoerrelse: 12 }, tekstX, bredde);
  s.afsnit(
    (url ? "Scan QR-koden med din telefon, eller skriv koden" : "Skriv koden") +
      ` på skærmen i jobcenteret. Du kan tjekke ind fra ${CHECKIN_FOER_MINUTTER} minutter før samtalen ` +
      `til ${CHECKIN_EFTER_MINUTTER} minutter efter, at den skulle begynde.`,
    { stoerrelse: 9.5 },
    tekstX,
    bredde,
  );
  s.y -= 8;
  s.afsnit(kode, { font: s.fed, stoerrelse: 30 }, tekstX, bredde);
  s.y = top - hoejde;
}

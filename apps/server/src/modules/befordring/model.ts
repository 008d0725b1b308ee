import { MAANEDER } from "../regler/kalender.ts";

/**
 * Transport allowance (befordringsgodtgørelse), the pure core (docs/befordring.md): the road distance between two
 * postcodes from their coordinates, and the amount of a claim from the rule versions in force on each day travelled.
 * Money is in øre (integers), distances in hectometres (tenths of a km, integers), so nothing drifts in floating point.
 */

export type Sikkerhed = "hoej" | "middel" | "lav";

/** One version of the municipality's rule: what it pays and from when to when, with its law and how sure we are. */
export interface BefordringRegel {
  id: string;
  titel: { da: string; en: string };
  /** the rule in plain words, for the citizen */
  tekst: { da: string; en: string };
  henvisning: { lov: string; paragraf: string; url: string | null };
  gyldigFra: string;
  /** last day in force, or null while it is in force */
  gyldigTil: string | null;
  /** the daily round trip (km) that is not paid */
  taerskelKm: number;
  /** øre per km beyond the threshold */
  satsOere: number;
  /** at most this much per calendar month, or null for no cap */
  maksPrMaanedOere: number | null;
  /** the total paid out is rounded to the nearest whole krone */
  afrundKrone: boolean;
  sikkerhed: Sikkerhed;
  /** where the figures come from */
  kilde: string;
}

/* ------------------------------------------------------------------ distance */

export interface Punkt {
  lat: number;
  lon: number;
}

/** The factor from the great-circle distance to the road distance (a documented approximation, see the docs). */
export const VEJFAKTOR = 1.3;
/** The mean Earth radius (IUGG). */
export const JORDRADIUS_KM = 6371.0088;

/** The great-circle (haversine) distance in km. */
export function storcirkelKm(a: Punkt, b: Punkt): number {
  const rad = (g: number) => (g * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * JORDRADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The one-way road distance in hectometres: great-circle × road factor, rounded to the nearest 0.1 km. */
export function enkeltturHm(luftlinjeKm: number, vejfaktor = VEJFAKTOR): number {
  return Math.round(luftlinjeKm * vejfaktor * 10);
}

/** Where an end of the trip was placed: the postcode's own coordinates, or its municipality's centroid. */
export interface Sted extends Punkt {
  postnr: string;
  bynavn: string;
  kilde: "postnummer" | "kommune";
  /** the municipality names the centroid came from (kilde "kommune") */
  kommuner: string[];
}

/** How a claim's distance was computed, frozen with the claim. */
export interface AfstandForklaring {
  fra: Sted;
  til: Sted;
  luftlinjeKm: number;
  vejfaktor: number;
  enkeltturHm: number;
}

export function afstand(fra: Sted, til: Sted, vejfaktor = VEJFAKTOR): AfstandForklaring {
  const luftlinjeKm = Math.round(storcirkelKm(fra, til) * 100) / 100;
  return { fra, til, luftlinjeKm, vejfaktor, enkeltturHm: enkeltturHm(storcirkelKm(fra, til), vejfaktor) };
}

/* ------------------------------------------------------------------ amount */

/** The rule version in force on a day (ISO date), if any. */
export function regelPaaDag(regler: readonly BefordringRegel[], dag: string): BefordringRegel | undefined {
  return regler.find((r) => r.gyldigFra <= dag && (r.gyldigTil === null || dag <= r.gyldigTil));
}

/** One line of the computation: the days of one calendar month under one rule version. */
export interface Linje {
  regelId: string;
  maaned: string;
  dage: string[];
  /** the daily round trip, hectometres */
  dagligHm: number;
  /** the part of it beyond the threshold that is paid, hectometres per day */
  betaltHm: number;
  taerskelKm: number;
  satsOere: number;
  /** days × paid km × rate, before the monthly cap */
  uloftetOere: number;
  /** what the line gives after the cap */
  beloebOere: number;
  loftOere: number | null;
}

export interface Beregning {
  linjer: Linje[];
  /** the sum of the lines, to the øre */
  beregnetOere: number;
  /** what is paid: rounded to whole kroner where the rule says so */
  udbetalesOere: number;
  afrundet: boolean;
}

export type BeregningsResultat = { ok: true; beregning: Beregning } | { ok: false; dageUdenRegel: string[] };

/**
 * The amount of a claim: each day travelled is paid under the rule version in force that day, for the daily round
 * trip (twice the one-way distance) beyond the threshold, at the rule's rate. Days are grouped by month and rule; a
 * monthly cap is shared by the lines of the same month, in date order. Duplicate days count once.
 */
export function beregn(
  regler: readonly BefordringRegel[],
  dage: readonly string[],
  enkeltturHm: number,
): BeregningsResultat {
  const unikke = [...new Set(dage)].sort();
  const uden = unikke.filter((d) => !regelPaaDag(regler, d));
  if (uden.length > 0) return { ok: false, dageUdenRegel: uden };
  const dagligHm = 2 * Math.max(0, Math.round(enkeltturHm));
  const grupper = new Map<string, { regel: BefordringRegel; maaned: string; dage: string[] }>();
  for (const d of unikke) {
    const regel = regelPaaDag(regler, d)!;
    const maaned = d.slice(0, 7);
    const noegle = `${maaned}|${regel.gyldigFra}|${regel.id}`;
    const g = grupper.get(noegle) ?? { regel, maaned, dage: [] };
    g.dage.push(d);
    grupper.set(noegle, g);
  }
  const brugtIMaaned = new Map<string, number>();
  const linjer: Linje[] = [...grupper.values()]
    .sort((a, b) => a.dage[0]!.localeCompare(b.dage[0]!))
    .map(({ regel, maaned, dage: ds }) => {
      const betaltHm = Math.max(0, dagligHm - regel.taerskelKm * 10);
      const uloftetOere = Math.round((betaltHm * ds.length * regel.satsOere) / 10);
      const brugt = brugtIMaaned.get(maaned) ?? 0;
      const beloebOere =
        regel.maksPrMaanedOere === null
          ? uloftetOere
          : Math.min(uloftetOere, Math.max(0, regel.maksPrMaanedOere - brugt));
      brugtIMaaned.set(maaned, brugt + beloebOere);
      return {
        regelId: regel.id,
        maaned,
        dage: ds,
        dagligHm,
        betaltHm,
        taerskelKm: regel.taerskelKm,
        satsOere: regel.satsOere,
        uloftetOere,
        beloebOere,
        loftOere: regel.maksPrMaanedOere,
      };
    });
  const beregnetOere = linjer.reduce((s, l) => s + l.beloebOere, 0);
  const sidste = regelPaaDag(regler, unikke[unikke.length - 1] ?? "");
  const afrundet = sidste?.afrundKrone ?? false;
  return {
    ok: true,
    beregning: {
      linjer,
      beregnetOere,
      udbetalesOere: afrundet ? Math.round(beregnetOere / 100) * 100 : beregnetOere,
      afrundet,
    },
  };
}

/* ------------------------------------------------------------------ status */

export type AnsoegningStatus = "indsendt" | "godkendt" | "afvist";

/** The claim's status machine: each status, the statuses it may come from, and the roles that may move it there. */
export const OVERGANGE = {
  indsendt: { fra: [], af: ["borger"] },
  godkendt: { fra: ["indsendt"], af: ["jobkonsulent"] },
  afvist: { fra: ["indsendt"], af: ["jobkonsulent"] },
} as const satisfies Record<AnsoegningStatus, { fra: readonly AnsoegningStatus[]; af: readonly string[] }>;

export function maaFlytte(fra: AnsoegningStatus, til: AnsoegningStatus, rolle: string): boolean {
  const o = OVERGANGE[til];
  return (o.fra as readonly string[]).includes(fra) && (o.af as readonly string[]).includes(rolle);
}

/* ------------------------------------------------------------------ words */

/** Øre as Danish kroner: 36024 → "360,24 kr." (English: "DKK 360.24"). */
export function kroner(oere: number, lang: "da" | "en" = "da"): string {
  const tal = new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(oere / 100);
  return lang === "da" ? `${tal} kr.` : `DKK ${tal}`;
}

/** Hectometres as km with one decimal, Danish style: 278 → "27,8". */
export function km(hm: number, lang: "da" | "en" = "da"): string {
  return new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(hm / 10);
}

/** The reference of a rule version in words: "LAB § 175, stk. 1-3". */
export const henvisningTekst = (r: Pick<BefordringRegel, "henvisning">) =>
  `${r.henvisning.lov} ${r.henvisning.paragraf}`;

/** Ends a sentence with a full stop, unless it already ends with one (as "kr." does). */
const saetning = (s: string) => (s.endsWith(".") ? s : `${s}.`);

/** "2026-11" as "november 2026". */
const maanedTekst = (yyyyMm: string) => `${MAANEDER[Number(yyyyMm.slice(5, 7)) - 1] ?? yyyyMm} ${yyyyMm.slice(0, 4)}`;

/**
 * The decision in Danish, as the citizen reads it in the message and on the page: the outcome, the computation that
 * was approved (or the reason for the rejection), and the rule it rests on.
 */
export function afgoerelseTekst(a: {
  beslutning: "godkendt" | "afvist";
  begrundelse: string | null;
  beregning: Beregning;
  regler: readonly BefordringRegel[];
  rettet?: { fraHm: number; tilHm: number; begrundelse: string } | null;
}): string {
  const brugte = [...new Set(a.beregning.linjer.map((l) => l.regelId))]
    .map((id) => a.regler.find((r) => r.id === id))
    .filter((r): r is BefordringRegel => r !== undefined);
  const grundlag = `Afgørelsen er truffet efter ${brugte.map((r) => `${r.titel.da} (${henvisningTekst(r)})`).join("; ")}.`;
  const rettet = a.rettet
    ? saetning(
        `Afstanden er rettet fra ${km(a.rettet.fraHm)} km til ${km(a.rettet.tilHm)} km hver vej: ${a.rettet.begrundelse}`,
      )
    : null;
  if (a.beslutning === "afvist")
    return [
      "Din ansøgning om befordringsgodtgørelse er afvist.",
      saetning(`Begrundelse: ${a.begrundelse ?? ""}`),
      rettet,
      grundlag,
    ]
      .filter(Boolean)
      .join(" ");
  const linjer = a.beregning.linjer.map((l) =>
    saetning(
      `${l.dage.length} ${l.dage.length === 1 ? "dag" : "dage"} i ${maanedTekst(l.maaned)}: ${km(l.betaltHm)} km ud over ${l.taerskelKm} km pr. dag à ${kroner(l.satsOere)} giver ${kroner(l.beloebOere)}`,
    ),
  );
  const ialt = saetning(
    `I alt ${kroner(a.beregning.beregnetOere)}${a.beregning.afrundet ? `, som udbetales afrundet til ${kroner(a.beregning.udbetalesOere)}` : ""}`,
  );
  return [
    "Din ansøgning om befordringsgodtgørelse er godkendt.",
    rettet,
    ...linjer,
    ialt,
    a.begrundelse ? saetning(`Bemærkning: ${a.begrundelse}`) : null,
    grundlag,
  ]
    .filter(Boolean)
    .join(" ");
}

import type { BefordringRegel } from "./model.ts";

const LAB = "Lov om en aktiv beskæftigelsesindsats (LAB)";
const URL = "https://www.retsinformation.dk/eli/lta/2019/548";
const TEKST = (kr: string, krEn: string) => ({
  da: `Når du deltager i et tilbud fra jobcentret, og din daglige transport mellem hjemmet og stedet, hvor tilbuddet foregår, og retur er mere end 24 km, kan du få befordringsgodtgørelse. Du får ${kr} for hver km ud over de 24 km pr. dag, du er af sted. Afstanden er den mest direkte kørselsafstand, uanset hvordan du rejser. Det samlede beløb afrundes til hele kroner ved udbetalingen.`,
  en: `When you take part in an offer from the jobcentre and your daily trip between home and the place of the offer and back is more than 24 km, you can get a transport allowance. You get ${krEn} for every km beyond 24 km per day you travel. The distance is the most direct driving distance, however you travel. The total is rounded to whole kroner when it is paid.`,
});

/**
 * The national rule (LAB § 175, in force since 1 January 2020, which replaced §§ 82-83 of the earlier act) in its
 * versions by rate. The rate follows the rate the Tax Council (Skatterådet) sets for the commuting deduction beyond
 * 120 km per working day (ligningslovens § 9 C); the threshold of 24 km per day and the rounding to whole kroner are
 * in the act itself. The demo municipalities copy these as their rule; a municipality changes its own rows.
 */
export const NATIONALE_REGLER: readonly BefordringRegel[] = [
  {
    id: "LAB175-2024",
    titel: {
      da: "Befordringsgodtgørelse ved deltagelse i tilbud",
      en: "Transport allowance for taking part in offers",
    },
    tekst: TEKST("1,12 kr.", "DKK 1.12"),
    henvisning: { lov: "LAB", paragraf: "§ 175, stk. 1-3", url: URL },
    gyldigFra: "2024-01-01",
    gyldigTil: "2025-12-31",
    taerskelKm: 24,
    satsOere: 112,
    maksPrMaanedOere: null,
    afrundKrone: true,
    sikkerhed: "middel",
    kilde: `${LAB} § 175, stk. 1-3 (tærskel, beregning, afrunding: sikker). Satsen 1,12 kr. er 2024-satsen oplyst af en a-kasse og Skatterådets sats over 120 km for 2024 og 2025 (middel sikkerhed).`,
  },
  {
    id: "LAB175-2026",
    titel: {
      da: "Befordringsgodtgørelse ved deltagelse i tilbud",
      en: "Transport allowance for taking part in offers",
    },
    tekst: TEKST("1,14 kr.", "DKK 1.14"),
    henvisning: { lov: "LAB", paragraf: "§ 175, stk. 1-3", url: URL },
    gyldigFra: "2026-01-01",
    gyldigTil: null,
    taerskelKm: 24,
    satsOere: 114,
    maksPrMaanedOere: null,
    afrundKrone: true,
    sikkerhed: "lav",
    kilde: `${LAB} § 175, stk. 1-3 (tærskel, beregning, afrunding: sikker). Satsen 1,14 kr. er udledt som halvdelen af Skatterådets 2026-sats på 2,28 kr. for 25-120 km, som satsen over 120 km hidtil har været (lav sikkerhed: ret den, når den offentliggjorte sats er kendt).`,
  },
];

import { MAALGRUPPER, type Maalgruppe, UDDANNELSER, type Uddannelse } from "#contracts/maalgrupper.ts";

/** Pure helpers for presenting a citizen. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function maalgruppeOf(kode: string, lang: "da" | "en") {
  return { kode, tekst: MAALGRUPPER[kode as Maalgruppe]?.[lang] ?? kode };
}

export function uddannelseOf(kode: string, lang: "da" | "en") {
  return { kode, tekst: UDDANNELSER[kode as Uddannelse]?.[lang] ?? kode };
}

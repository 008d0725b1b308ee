import { dagFraIso } from "../modules/regler/kalender.ts";
import { lokalTilUtc } from "../modules/samtale/tider.ts";

/**
 * The instant the demo stamps what it seeds as done "today": `klokkenUtc` o'clock UTC on the seed's day (08:00 UTC is
 * 09:00 Danish winter time), or, when the demo is seeded before then (at night or early in the morning), a minute
 * before the moment of seeding, but not before the Danish day began. So no seeded row lies in the future, and what a
 * user does right after the demo starts sorts after it. Without `nu` (tests with a fixed day) the clock time is used.
 */
export function seedNu(today: string, nu?: Date, klokkenUtc = 8): Date {
  const kl = new Date(`${today}T${String(klokkenUtc).padStart(2, "0")}:00:00Z`);
  if (!nu || nu.getTime() >= kl.getTime()) return kl;
  return new Date(Math.max(nu.getTime() - 60_000, lokalTilUtc(dagFraIso(today), 0)));
}

/** Figures as the throughput benchmarks (generate, rules-throughput) print them. */

/** Rounded to three significant figures: a benchmark's noise is larger than that. */
export function round3(x: number): number {
  if (!Number.isFinite(x) || x <= 0) return 0;
  const f = 10 ** Math.max(0, Math.floor(Math.log10(x)) - 2);
  return Math.round(x / f) * f;
}
export const fmt = (x: number) => round3(x).toLocaleString("da-DK");
export const secs = (x: number) => x.toLocaleString("da-DK", { maximumFractionDigits: 1 });
/** One labelled line, the label padded to 36 characters. */
export const say = (label: string, text: string) => console.log(`  ${`${label}:`.padEnd(36)} ${text}`);

/** The demo's fixed identities, shared by the seed files (demo.ts imports sag.ts, so neither can own them). */

/** The two municipalities of the demo: Roskilde (the main demo) and Køge (the "other municipality"). */
export const DEMO = {
  roskilde: "0265",
  koege: "0259",
} as const;

/** A fixed, readable id for a named demo row: 00000000-0000-4000-8000-000000000301 and so on. */
export const demoId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

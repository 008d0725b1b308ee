/**
 * DOM test ids (`data-testid`) of the manager's marketplace page (`/ledelse/marked`) and its link from the manager's
 * overview, shared by the web app and the browser journeys. Parameterised ids take a technical id, never personal data.
 */
export const markedLedelseIds = {
  /** the link from the manager's overview (`/ledelse`) */
  overblikLink: "ledelse-marketplace-link",
  page: "ledelse-marketplace",
  tokens: "ledelse-marketplace-tokens",
  balanced: "ledelse-marketplace-ledger-balanced",
  table: "ledelse-marketplace-offers",
  empty: "ledelse-marketplace-offers-empty",
  sort: "ledelse-marketplace-sort",
  row: (udbudId: string) => `ledelse-marketplace-offer-${udbudId}`,
  effekt: (udbudId: string) => `ledelse-marketplace-offer-effect-${udbudId}`,
  beregnet: "ledelse-marketplace-computed",
  recompute: "ledelse-marketplace-recompute",
  recomputed: "ledelse-marketplace-recomputed",
  method: "ledelse-marketplace-method",
} as const;

/** The caseload's ready-made filters (Min sagsstamme), in the order they are shown; "alle" is every case. */
export const SAGSSTAMME_FILTRE = [
  "alle",
  "forfaldne",
  "frist_uge",
  "nye",
  "samtale_i_dag",
  "ingen_plan",
  "afventer_borger",
  "afventer_mig",
] as const;
export type SagsstammeFilter = (typeof SAGSSTAMME_FILTRE)[number];

/** The age bands the caseload can be filtered by. */
export const ALDERSGRUPPER = ["u30", "30-39", "40-49", "50-59", "60+"] as const;
export type Aldersgruppe = (typeof ALDERSGRUPPER)[number];

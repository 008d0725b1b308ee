/** Purposes a member of staff can give for opening a citizen's data; recorded in the access log the citizen sees. */
export const FORMAAL = {
  SAGSBEHANDLING: { da: "Sagsbehandling", en: "Case handling" },
  SAMTALE: { da: "Forberedelse af eller opfølgning på samtale", en: "Preparing or following up a conversation" },
  HENVENDELSE: { da: "Borgerens egen henvendelse", en: "The citizen's own enquiry" },
  TILBUD: { da: "Tilbud og aktivering", en: "Offers and activation" },
  JOBFORMIDLING: { da: "Jobformidling", en: "Job placement" },
  TILSYN: { da: "Ledelsestilsyn", en: "Management supervision" },
} as const;
export type Formaal = keyof typeof FORMAAL;
export const FORMAAL_KODER = Object.keys(FORMAAL) as [Formaal, ...Formaal[]];

/**
 * DOM test ids (`data-testid`) of transport allowance claims: the citizen's page (`/borger/befordring`), the card on
 * Min side and the caseworker's section in the case's tab "Selvbetjening", shared by the web app and the browser
 * journeys. Parameterised ids take a claim id, an activity id or an ISO date, never personal data.
 */
export const befordringIds = {
  /** the card on Min side */
  kort: {
    card: "transport-card",
    seneste: "transport-card-latest",
    ansoegning: (id: string) => `transport-card-claim-${id}`,
    status: (id: string) => `transport-card-claim-status-${id}`,
    link: "transport-card-link",
    tom: "transport-card-empty",
  },
  /** /borger/befordring */
  side: {
    page: "transport-page",
    heading: "transport-heading",
    regel: "transport-rule",
    regelHenvisning: "transport-rule-reference",
    form: "transport-form",
    ingenAktiviteter: "transport-no-activities",
    aktivitet: (id: string) => `transport-activity-${id}`,
    tilPostnr: "transport-place-postcode",
    dage: "transport-days",
    dag: (iso: string) => `transport-day-${iso}`,
    alleDage: "transport-days-all",
    beregn: "transport-compute",
    oversigt: "transport-summary",
    afstand: "transport-summary-distance",
    metode: "transport-summary-method",
    linjer: "transport-summary-lines",
    beloeb: "transport-summary-amount",
    udbetales: "transport-summary-payout",
    oversigtRegel: "transport-summary-rule",
    send: "transport-submit",
    ret: "transport-edit",
    kvittering: "transport-receipt",
    kvitteringsnr: "transport-receipt-number",
    kvitteringJobcenter: "transport-receipt-jobcentre",
    nyAnsoegning: "transport-new-claim",
    liste: "transport-claims",
    ansoegning: (id: string) => `transport-claim-${id}`,
    status: (id: string) => `transport-claim-status-${id}`,
    afgoerelse: (id: string) => `transport-claim-decision-${id}`,
  },
  /** the caseworker's section in the case */
  sektion: {
    section: "caseworker-transport",
    tom: "caseworker-transport-empty",
    ansoegning: (id: string) => `caseworker-transport-claim-${id}`,
    status: (id: string) => `caseworker-transport-status-${id}`,
    afstand: (id: string) => `caseworker-transport-distance-${id}`,
    beloeb: (id: string) => `caseworker-transport-amount-${id}`,
    afgoerelse: (id: string) => `caseworker-transport-decision-${id}`,
    form: (id: string) => `caseworker-transport-form-${id}`,
    godkend: (id: string) => `caseworker-transport-approve-${id}`,
    afvis: (id: string) => `caseworker-transport-reject-${id}`,
    begrundelse: (id: string) => `caseworker-transport-reason-${id}`,
    retAfstand: (id: string) => `caseworker-transport-correct-${id}`,
    afstandKm: (id: string) => `caseworker-transport-km-${id}`,
    afstandBegrundelse: (id: string) => `caseworker-transport-km-reason-${id}`,
    gem: (id: string) => `caseworker-transport-save-${id}`,
  },
} as const;

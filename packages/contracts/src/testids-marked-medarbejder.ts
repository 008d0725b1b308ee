/**
 * DOM test ids (`data-testid`) of the case's "Forløb og tilbud" tab: the citizen's tokens, enrolments with the
 * provider's reports, suggestions with their reasons, and the form that assigns an offer as a formal tilbud. Shared by
 * the web app and the browser journeys. Parameterised ids take a technical id, never personal data.
 */
export const markedMedarbejderIds = {
  panel: "case-offers",
  tokens: "case-offers-tokens",
  readOnly: "case-offers-read-only",
  tilmeldinger: {
    list: "case-offers-enrolments",
    empty: "case-offers-enrolments-empty",
    item: (id: string) => `case-offers-enrolment-${id}`,
    kilde: (id: string) => `case-offers-enrolment-source-${id}`,
    status: (id: string) => `case-offers-enrolment-status-${id}`,
    progress: (id: string) => `case-offers-enrolment-progress-${id}`,
    reportsToggle: (id: string) => `case-offers-enrolment-reports-toggle-${id}`,
    reports: (id: string) => `case-offers-enrolment-reports-${id}`,
    report: (id: string, i: number) => `case-offers-enrolment-report-${id}-${i}`,
  },
  forslag: {
    list: "case-offers-suggestions",
    empty: "case-offers-suggestions-empty",
    item: (udbudId: string) => `case-offers-suggestion-${udbudId}`,
    grund: (udbudId: string) => `case-offers-suggestion-reason-${udbudId}`,
    assign: (udbudId: string) => `case-offers-suggestion-assign-${udbudId}`,
  },
  tilbud: {
    open: "assign-offer-open",
    section: "assign-offer",
    form: "assign-offer-form",
    search: "assign-offer-search",
    art: "assign-offer-kind",
    searchSubmit: "assign-offer-search-submit",
    results: "assign-offer-results",
    noResults: "assign-offer-no-results",
    option: (udbudId: string) => `assign-offer-option-${udbudId}`,
    start: "assign-offer-start",
    slut: "assign-offer-end",
    note: "assign-offer-note",
    submit: "assign-offer-submit",
    cancel: "assign-offer-cancel",
    receipt: "assign-offer-receipt",
  },
} as const;

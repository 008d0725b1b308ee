/**
 * DOM test ids (`data-testid`) of the administrator's marketplace page (`/admin/marked`): offers to approve and the
 * municipality's tokens. Shared by the web app and the browser journeys. Parameterised ids take a code or a technical
 * id, never personal data.
 */
export const markedAdminIds = {
  /** the link on the administrator's home page */
  homeLink: "admin-marketplace-link",
  page: "marketplace-admin-page",
  tab: (fane: string) => `marketplace-admin-tab-${fane}`,
  panel: (fane: string) => `marketplace-admin-panel-${fane}`,
  udbud: {
    statusFilter: "admin-offers-status",
    table: "admin-offers-table",
    empty: "admin-offers-empty",
    row: (id: string) => `admin-offer-${id}`,
    aabn: (id: string) => `admin-offer-open-${id}`,
    detalje: "admin-offer-details",
    moduler: "admin-offer-modules",
    beslutning: (b: "godkendt" | "afvist") => `admin-offer-decision-${b}`,
    begrundelse: "admin-offer-reason",
    send: "admin-offer-decide",
    luk: "admin-offer-close",
    receipt: "admin-offer-receipt",
  },
  tokens: {
    regnskab: "admin-tokens-ledger",
    tal: (noegle: string) => `admin-tokens-${noegle}`,
    bevaret: "admin-tokens-balanced",
    budget: {
      form: "admin-budget-form",
      antal: "admin-budget-amount",
      tekst: "admin-budget-text",
      send: "admin-budget-add",
      receipt: "admin-budget-receipt",
    },
    regler: {
      table: "admin-rules-table",
      empty: "admin-rules-empty",
      row: (id: string) => `admin-rule-${id}`,
      tildel: (id: string) => `admin-rule-grant-${id}`,
      resultat: "admin-rule-grant-result",
      form: "admin-rule-form",
      maalgruppe: "admin-rule-target-group",
      tokens: "admin-rule-tokens",
      gyldigFra: "admin-rule-valid-from",
      gyldigTil: "admin-rule-valid-to",
      udloeb: "admin-rule-expiry-days",
      send: "admin-rule-create",
      receipt: "admin-rule-receipt",
    },
    refusion: {
      form: "admin-refund-form",
      dage: "admin-refund-days",
      maks: "admin-refund-max-progress",
      send: "admin-refund-save",
      receipt: "admin-refund-receipt",
    },
  },
} as const;

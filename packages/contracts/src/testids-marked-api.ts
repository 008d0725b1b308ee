/**
 * DOM test ids (`data-testid`) of the provider's API page (`/leverandoer/api`): API keys, the webhook, its delivery
 * log and the guide to calling the API, shared by the web app and the browser journeys. Parameterised ids take a
 * technical id or a scope code, never personal data.
 */
export const markedApiIds = {
  page: "provider-api-page",
  noegler: {
    section: "api-keys",
    table: "api-keys-table",
    empty: "api-keys-empty",
    row: (id: string) => `api-keys-row-${id}`,
    status: (id: string) => `api-keys-status-${id}`,
    roter: (id: string) => `api-keys-rotate-${id}`,
    tilbagekald: (id: string) => `api-keys-revoke-${id}`,
    /** the confirmation of a rotation or a revocation */
    bekraeft: "api-keys-confirm",
    bekraeftOk: "api-keys-confirm-ok",
    bekraeftAnnuller: "api-keys-confirm-cancel",
    receipt: "api-keys-receipt",
    form: "api-keys-form",
    navn: "api-keys-name",
    scope: (kode: string) => `api-keys-scope-${kode.replace(":", "-")}`,
    opret: "api-keys-create",
    /** the new key, shown once */
    hemmelighed: "api-keys-secret",
    hemmelighedVaerdi: "api-keys-secret-value",
    kopier: "api-keys-secret-copy",
    kopieret: "api-keys-secret-copied",
    gemt: "api-keys-secret-done",
  },
  webhook: {
    section: "webhook",
    form: "webhook-form",
    url: "webhook-url",
    aktiv: "webhook-active",
    gem: "webhook-save",
    receipt: "webhook-receipt",
    test: "webhook-test",
    nyHemmelighed: "webhook-new-secret",
    bekraeft: "webhook-confirm",
    bekraeftOk: "webhook-confirm-ok",
    bekraeftAnnuller: "webhook-confirm-cancel",
    /** the signing secret, shown once */
    hemmelighed: "webhook-secret",
    hemmelighedVaerdi: "webhook-secret-value",
    kopier: "webhook-secret-copy",
    kopieret: "webhook-secret-copied",
    gemt: "webhook-secret-done",
  },
  leveringer: {
    section: "webhook-deliveries",
    table: "webhook-deliveries-table",
    empty: "webhook-deliveries-empty",
    row: (id: string) => `webhook-deliveries-row-${id}`,
    status: (id: string) => `webhook-deliveries-status-${id}`,
    opdater: "webhook-deliveries-refresh",
  },
  vejledning: {
    section: "api-guide",
    baseUrl: "api-guide-base-url",
    curl: "api-guide-curl",
    openapi: "api-guide-openapi",
  },
} as const;

/**
 * DOM test ids (`data-testid`) of Min side's overview (`/borger`), the plan (`/borger/plan`), the companion grants
 * (`/borger/bisidder`) and the companion's page (`/bisidder/:token`), shared by the web app and the browser journeys.
 * Parameterised ids take a rule id, a plan item id or a grant id, never personal data.
 */
export const minsideIds = {
  /** /borger: "Det skal du gøre nu", the obligations, the plan card, the contact card */
  overblik: {
    nu: "minside-now",
    forpligtelser: "minside-obligations",
    ingenForpligtelser: "minside-obligations-none",
    forpligtelse: (regelId: string) => `minside-obligation-${regelId}`,
    frist: (regelId: string) => `minside-obligation-due-${regelId}`,
    hvorfor: (regelId: string) => `minside-obligation-why-${regelId}`,
    hvorforTekst: (regelId: string) => `minside-obligation-why-text-${regelId}`,
    henvisning: (regelId: string) => `minside-obligation-reference-${regelId}`,
    gyldigFra: (regelId: string) => `minside-obligation-in-force-${regelId}`,
    opfyldte: "minside-obligations-met",
    naesteSamtale: "minside-next-conversation",
    ingenSamtale: "minside-next-conversation-none",
    flyt: "minside-next-conversation-move",
    flytLink: "minside-next-conversation-move-link",
    sag: "minside-case",
    planKort: "minside-plan-card",
    planLink: "minside-plan-link",
    kontakt: "minside-contact",
    telefon: "minside-contact-phone",
    aabningstider: "minside-contact-hours",
    bisidderLink: "minside-companion-link",
  },
  /** /borger/plan */
  plan: {
    page: "minside-plan-page",
    ikkeOffentliggjort: "minside-plan-unpublished",
    maal: "minside-plan-goals",
    aktiviteter: "minside-plan-activities",
    punkt: (id: string) => `minside-plan-item-${id}`,
    aftalt: (id: string) => `minside-plan-item-agreed-${id}`,
  },
  /** /borger/bisidder */
  bisidder: {
    page: "minside-companions-page",
    liste: "minside-companions-list",
    tom: "minside-companions-empty",
    raekke: (id: string) => `minside-companion-${id}`,
    status: (id: string) => `minside-companion-status-${id}`,
    tilbagekald: (id: string) => `minside-companion-revoke-${id}`,
    nyKode: (id: string) => `minside-companion-new-code-${id}`,
    bekraeftTilbagekald: "minside-companion-revoke-confirm",
    annullerTilbagekald: "minside-companion-revoke-cancel",
    ny: "minside-companion-new",
    navn: "minside-companion-name",
    dage: "minside-companion-days",
    fortsaet: "minside-companion-continue",
    resume: "minside-companion-summary",
    giv: "minside-companion-give",
    tilbage: "minside-companion-back",
    kvittering: "minside-companion-receipt",
    link: "minside-companion-receipt-link",
    kode: "minside-companion-receipt-code",
    nyKodeKvittering: "minside-companion-new-code-receipt",
    tilbagekaldtKvittering: "minside-companion-revoked-receipt",
  },
  /** /bisidder/:token (no login) */
  offentlig: {
    page: "companion-page",
    kodeForm: "companion-code-form",
    kode: "companion-code",
    aabn: "companion-open",
    lukket: "companion-closed",
    overblik: "companion-overview",
    afslut: "companion-end",
    afsluttet: "companion-ended",
  },
} as const;

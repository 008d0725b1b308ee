/**
 * The one catalogue of DOM test ids (`data-testid`). The web app puts them on its elements and the browser journeys
 * find elements by them, so a renamed element breaks at compile time, not in a flaky selector.
 * Ids are stable, independent of the wording and language shown, and never contain personal data; parameterised ids take
 * a code or a technical id.
 */
export const testIds = {
  layout: {
    header: "header",
    authority: "header-authority",
    userName: "header-user-name",
    userRole: "header-user-role",
    languageSwitch: "language-switch",
    logout: "logout",
    main: "main-content",
    footer: "footer",
    accessibilityLink: "footer-accessibility-link",
  },
  landing: {
    page: "landing-page",
    portalLink: (portal: string) => `portal-link-${portal}`,
    loggedOutNotice: "notice-logged-out",
    expiredNotice: "notice-session-expired",
    loginError: "login-error",
  },
  accessibility: { page: "accessibility-page" },
  problem: { summary: "error-summary", noAccess: "no-access", notFound: "not-found" },
  borger: {
    home: "borger-home",
    details: "borger-details",
    accessLogLink: "borger-access-log-link",
    accessLogPage: "access-log-page",
    accessLogTable: "access-log-table",
    accessLogRow: "access-log-row",
    accessLogEmpty: "access-log-empty",
  },
  medarbejder: {
    home: "medarbejder-home",
    caseload: "caseload",
    caseloadEmpty: "caseload-empty",
    citizenLink: (id: string) => `citizen-link-${id}`,
    searchInput: "citizen-search-input",
    searchSubmit: "citizen-search-submit",
    searchResults: "citizen-search-results",
    searchEmpty: "citizen-search-empty",
    purposeForm: "purpose-form",
    purposeSelect: "purpose-select",
    purposeSubmit: "purpose-submit",
    citizenView: "citizen-view",
    citizenAuditNotice: "citizen-audit-notice",
  },
  admin: { home: "admin-home", settings: "admin-settings", openingHours: "admin-opening-hours", staff: "admin-staff" },
  ledelse: { home: "ledelse-home", perTargetGroup: "ledelse-per-target-group", keyFigures: "ledelse-key-figures" },
  virksomhed: { home: "virksomhed-home", company: "virksomhed-company" },
  leverandoer: { home: "leverandoer-home", organisation: "leverandoer-organisation" },
} as const;

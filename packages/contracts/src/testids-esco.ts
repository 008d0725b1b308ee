/** The last segment of an ESCO URI (its UUID): test ids never carry the whole URI. */
const noegle = (uri: string) => uri.slice(uri.lastIndexOf("/") + 1);

/**
 * DOM test ids (`data-testid`) of issue 5's esco part: the skill picker (FaerdighedsVaelger, inside the element with
 * the picker's own `testId`) and the administrator's page (`/admin/esco`). Parameterised ids take a skill's URI and
 * use only its UUID.
 */
export const escoIds = {
  vaelger: {
    valgte: "esco-skills-chosen",
    ingenValgte: "esco-skills-none",
    fjern: (uri: string) => `esco-skill-remove-${noegle(uri)}`,
    forslag: "esco-skills-suggested",
    tilfoejForslag: (uri: string) => `esco-skill-suggestion-${noegle(uri)}`,
    soeg: "esco-skill-search",
    resultater: "esco-skill-results",
    tilfoejResultat: (uri: string) => `esco-skill-result-${noegle(uri)}`,
    status: "esco-skills-status",
  },
  admin: {
    page: "esco-admin-page",
    kilde: "esco-admin-source",
    antal: "esco-admin-counts",
    importer: "esco-admin-imports",
    kommando: "esco-admin-command",
    link: "esco-admin-link",
    proev: "esco-admin-try",
  },
} as const;

/**
 * DOM test ids (`data-testid`) of the citizen's CV (`/borger/cv`) and the caseworker's read-only CV
 * (`/medarbejder/borger/:id/cv`), shared by the web app and the browser journeys. Parameterised ids take a row id or
 * an ESCO URI's last segment, never personal data.
 */
export const cvIds = {
  /** the link from the job card on Min side */
  minsideLink: "cv-minside-link",
  /** the link from the case's Selvbetjening tab */
  medarbejderLink: "cv-case-link",
  side: {
    page: "cv-page",
    status: "cv-status",
  },
  byg: {
    section: "cv-build",
    erhverv: "cv-build-occupation",
    titel: "cv-build-title",
    arbejdsgiver: "cv-build-employer",
    fra: "cv-build-from",
    til: "cv-build-to",
    gem: "cv-build-save",
    forslag: "cv-build-skills",
    gemFaerdigheder: "cv-build-skills-save",
    faerdig: "cv-build-done",
  },
  erfaring: {
    section: "cv-experience",
    raekke: (id: string) => `cv-experience-${id}`,
    ret: (id: string) => `cv-experience-edit-${id}`,
    fjern: (id: string) => `cv-experience-remove-${id}`,
    titel: "cv-experience-title",
    arbejdsgiver: "cv-experience-employer",
    fra: "cv-experience-from",
    til: "cv-experience-to",
    gem: "cv-experience-save",
    annuller: "cv-experience-cancel",
  },
  uddannelse: {
    section: "cv-education",
    raekke: (id: string) => `cv-education-${id}`,
    fjern: (id: string) => `cv-education-remove-${id}`,
    titel: "cv-education-title",
    institution: "cv-education-institution",
    niveau: "cv-education-level",
    fra: "cv-education-from",
    til: "cv-education-to",
    afsluttet: "cv-education-completed",
    gem: "cv-education-save",
  },
  kompetencer: {
    section: "cv-skills",
    vaelger: "cv-skills-picker",
    liste: "cv-skills-list",
  },
  sprog: {
    section: "cv-languages",
    sprog: (i: number) => `cv-language-${i}`,
    niveau: (i: number) => `cv-language-level-${i}`,
    fjern: (i: number) => `cv-language-remove-${i}`,
    tilfoej: "cv-language-add",
    gem: "cv-languages-save",
  },
  koerekort: {
    section: "cv-licences",
    kategori: (k: string) => `cv-licence-${k}`,
    certifikater: "cv-certificates",
    gem: "cv-licences-save",
  },
  arbejdstid: {
    section: "cv-hours",
    timerMin: "cv-hours-min",
    timerMax: "cv-hours-max",
    afstand: "cv-distance",
    tilgaengeligFra: "cv-available-from",
    gem: "cv-hours-save",
  },
  jobmaal: {
    section: "cv-goals",
    raekke: (i: number) => `cv-goal-${i}`,
    fjern: (i: number) => `cv-goal-remove-${i}`,
    erhverv: "cv-goal-occupation",
    brancheskift: "cv-goal-change",
    gem: "cv-goal-save",
    inspiration: "cv-inspiration",
    inspirationFra: "cv-inspiration-from",
    inspirationVis: "cv-inspiration-show",
    naert: (i: number) => `cv-inspiration-${i}`,
    naertTilfoej: (i: number) => `cv-inspiration-add-${i}`,
  },
  synlighed: {
    section: "cv-visibility",
    synlig: "cv-visible",
    naboer: "cv-visible-neighbours",
    omMig: "cv-about",
    gem: "cv-visibility-save",
    preview: "cv-preview",
  },
  medarbejder: {
    page: "cv-staff-page",
    tom: "cv-staff-empty",
  },
} as const;

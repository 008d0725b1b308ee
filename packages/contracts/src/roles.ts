/** The roles of Jobunivers (ARCHITECTURE: roles and access). */
export const ROLES = [
  "borger",
  "jobkonsulent",
  "virksomhedskonsulent",
  "leder",
  "virksomhed",
  "leverandoer",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ["jobkonsulent", "virksomhedskonsulent", "leder", "admin"] as const satisfies Role[];

/** The staff who work in citizens' cases (write notes, decide, answer). */
export const CASEWORKER_ROLES = ["jobkonsulent", "virksomhedskonsulent"] as const satisfies Role[];
/** The staff who may read a citizen's case: the caseworkers and, for supervision, the manager. */
export const CASE_READER_ROLES = [...CASEWORKER_ROLES, "leder"] as const satisfies Role[];

/** The portals on the landing page, and which roles log in through each. */
export const PORTALS = ["borger", "medarbejder", "virksomhed", "leverandoer", "ledelse"] as const;
export type Portal = (typeof PORTALS)[number];

export const portalRoles: Record<Portal, readonly Role[]> = {
  borger: ["borger"],
  medarbejder: ["jobkonsulent", "virksomhedskonsulent", "admin"],
  virksomhed: ["virksomhed"],
  leverandoer: ["leverandoer"],
  ledelse: ["leder"],
};

/** Where each role lands after login. */
export const homePath: Record<Role, string> = {
  borger: "/borger",
  jobkonsulent: "/medarbejder",
  virksomhedskonsulent: "/medarbejder",
  admin: "/admin",
  leder: "/ledelse",
  virksomhed: "/virksomhed",
  leverandoer: "/leverandoer",
};

export const roleLabel: Record<Role, { da: string; en: string }> = {
  borger: { da: "Borger", en: "Citizen" },
  jobkonsulent: { da: "Jobkonsulent", en: "Job consultant" },
  virksomhedskonsulent: { da: "Virksomhedskonsulent", en: "Company consultant" },
  leder: { da: "Leder", en: "Manager" },
  virksomhed: { da: "Virksomhed", en: "Employer" },
  leverandoer: { da: "Leverandør", en: "Provider" },
  admin: { da: "Administrator", en: "Administrator" },
};

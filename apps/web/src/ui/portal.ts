import { homePath, type Portal, portalRoles, type Role } from "#contracts/roles.ts";

/** The portal (login entrance) a role belongs to. */
export function portalOf(role: Role): Portal {
  return (Object.keys(portalRoles) as Portal[]).find((p) => portalRoles[p].includes(role)) ?? "borger";
}

/** The portal whose pages a path shows, for visitors who are not logged in. */
export function portalOfPath(pathname: string): Portal | undefined {
  if (pathname.startsWith("/borger")) return "borger";
  if (pathname.startsWith("/medarbejder") || pathname.startsWith("/admin")) return "medarbejder";
  if (pathname.startsWith("/virksomhed")) return "virksomhed";
  if (pathname.startsWith("/leverandoer")) return "leverandoer";
  if (pathname.startsWith("/ledelse")) return "ledelse";
  return undefined;
}

/** Employers and providers use the virk.dk look; everyone else the borger.dk look. */
export function themeOf(portal: Portal | undefined): "borgerdk" | "virkdk" {
  return portal === "virksomhed" || portal === "leverandoer" ? "virkdk" : "borgerdk";
}

/** The portal's login; `back` is the page to return to after login (the server only honours pages of the portal). */
export function loginUrl(portal: Portal, back?: string): string {
  return `/auth/login?portal=${portal}${back ? `&tilbage=${encodeURIComponent(back)}` : ""}`;
}

export { homePath };

import type { RouteObject } from "react-router";

/** A part of the app's pages, by the portal (and the guard) they sit behind; App.tsx mounts them. */
export interface Sider {
  /** the citizen's pages (role borger) */
  borger?: RouteObject[];
  /** the caseworker's pages (jobkonsulent, virksomhedskonsulent, leder) */
  medarbejder?: RouteObject[];
  /** the employer's pages (role virksomhed) */
  virksomhed?: RouteObject[];
  /** the administrator's pages */
  admin?: RouteObject[];
  /** pages without a login */
  offentlig?: RouteObject[];
}

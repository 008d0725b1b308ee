/** The citizen's marketplace API's answers as the web reads them (apps/server/src/modules/marked/routes.ts). */
import type { Effekt, Modul, Tilmelding, Udbud } from "../types.ts";

export type {
  Effekt,
  Forslag,
  Kompetence,
  Modul,
  ModulForm,
  Niveau,
  Rapport,
  Tilmelding,
  TilmeldingDetalje,
  TilmeldingStatus,
  Udbud,
  UdbudArt,
} from "../types.ts";
export { NIVEAUER, SPROG, UDBUD_ARTER } from "../types.ts";

/** The choices of "at most … weeks" in the filter. */
export const MAKS_UGER = [1, 2, 4, 8, 12, 26] as const;

export interface UdbudDetalje extends Udbud {
  moduler: Modul[];
  effekt: Effekt | null;
}

export interface TokenPost {
  id: string;
  art: "budget" | "tildeling" | "forbrug" | "refusion" | "udloeb";
  antal: number;
  tekst: string;
  tidspunkt: string;
  tilmelding_id: string | null;
  af_navn: string;
}

export interface Tegnebog {
  saldo: number;
  /** newest first */
  poster: TokenPost[];
}

export interface Afmelding {
  tilmelding: Tilmelding;
  refusion: { tokens: number; grund: string };
}

export interface UdbudFilter {
  q?: string;
  sprog?: string;
  niveau?: string;
  art?: string;
  maksUger?: string;
  kompetence?: string;
}

export const aktiv = (t: Tilmelding) => t.status === "tilmeldt" || t.status === "startet";

/** What enrolling costs: nothing for an offer in the subscription. */
export const prisFor = (u: Pick<Udbud, "abonnement" | "prisTokens">) => (u.abonnement ? 0 : (u.prisTokens ?? 0));

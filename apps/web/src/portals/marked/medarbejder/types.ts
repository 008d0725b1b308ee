/** The marketplace's answers as the case's "Forløb og tilbud" tab reads them (apps/server/src/modules/marked/routes.ts). */
import type { Forslag, Tilmelding } from "../types.ts";

export type {
  Forslag,
  Rapport,
  Tilmelding,
  TilmeldingDetalje as TilmeldingMedRapporter,
  TilmeldingStatus,
  Udbud,
  UdbudArt,
} from "../types.ts";
export { UDBUD_ARTER } from "../types.ts";

/** GET /api/medarbejder/borgere/:id/marked */
export interface BorgerMarked {
  tilmeldinger: Tilmelding[];
  tokens: number;
  forslag: Forslag[];
}

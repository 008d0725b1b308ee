import type { Sider } from "../../ui/sider.ts";
import { EscoAdmin } from "./admin/EscoAdmin.tsx";

/** ESCO (issue 5): the administrator's view of the taxonomy and its import. */
export const escoSider: Sider = {
  admin: [{ path: "/admin/esco", element: <EscoAdmin /> }],
};

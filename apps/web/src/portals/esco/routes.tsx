import type { Sider } from "../../ui/sider.ts";

/** ESCO (issue 5): the administrator's view of the taxonomy and its import. */
export const escoSider: Sider = {};

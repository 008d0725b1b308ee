import type { Sider } from "../../ui/sider.ts";

/** The citizen's CV (issue 5). */
export const cvSider: Sider = {};

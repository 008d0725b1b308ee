import type { Sider } from "../../ui/sider.ts";

/** Matching and contact (issue 5): matched jobs, the opgavebørs, candidates, consent. */
export const jobSider: Sider = {};

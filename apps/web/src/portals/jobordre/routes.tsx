import type { Sider } from "../../ui/sider.ts";

/** Job orders (issue 5): the employer's and the company consultant's pages. */
export const jobordreSider: Sider = {};

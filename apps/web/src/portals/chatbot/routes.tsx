import type { Sider } from "../../ui/sider.ts";

/** Min side (issue 7): the pages of this part. */
export const chatbotSider: Sider = {};

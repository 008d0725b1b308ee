import type { Sider } from "../../ui/sider.ts";
import { BefordringSide } from "./borger/BefordringSide.tsx";

/** Min side (issue 7): the pages of this part. */
export const befordringSider: Sider = {
  borger: [{ path: "/borger/befordring", element: <BefordringSide /> }],
};

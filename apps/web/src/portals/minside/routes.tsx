import type { Sider } from "../../ui/sider.ts";
import { Bisiddere } from "./borger/Bisiddere.tsx";
import { Plan } from "./borger/Plan.tsx";
import { BisidderSide } from "./offentlig/BisidderSide.tsx";

/** Min side (issue 7): the citizen's plan and companions, and the companion's page (no login). */
export const minsideSider: Sider = {
  borger: [
    { path: "/borger/plan", element: <Plan /> },
    { path: "/borger/bisidder", element: <Bisiddere /> },
  ],
  offentlig: [{ path: "/bisidder/:token", element: <BisidderSide /> }],
};

import type { Sider } from "../../ui/sider.ts";
import { Aktindsigt } from "./borger/Aktindsigt.tsx";
import { MinSag } from "./borger/MinSag.tsx";
import { MinSagPunkt } from "./borger/MinSagPunkt.tsx";

/** Min side (issue 7): the citizen's full access to their case and aktindsigt. */
export const indsigtSider: Sider = {
  borger: [
    { path: "/borger/sag", element: <MinSag /> },
    { path: "/borger/sag/:art/:id", element: <MinSagPunkt /> },
    { path: "/borger/aktindsigt", element: <Aktindsigt /> },
  ],
};

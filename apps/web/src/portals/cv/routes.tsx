import type { Sider } from "../../ui/sider.ts";
import { CvSide } from "./borger/CvSide.tsx";
import { CvMedarbejder } from "./medarbejder/CvMedarbejder.tsx";

/** The citizen's CV (issue 5): "Mit CV" on Min side, and the caseworker's read-only view. */
export const cvSider: Sider = {
  borger: [{ path: "/borger/cv", element: <CvSide /> }],
  medarbejder: [{ path: "/medarbejder/borger/:id/cv", element: <CvMedarbejder /> }],
};

import type { Sider } from "../../ui/sider.ts";
import { JobTilDig } from "./borger/JobTilDig.tsx";
import { Opgaveboers } from "./borger/Opgaveboers.tsx";
import { OrdreSide } from "./borger/OrdreSide.tsx";
import { BorgerJob } from "./medarbejder/BorgerJob.tsx";

/** Matching and contact (issue 5): matched jobs, the opgavebørs, candidates, consent. */
export const jobSider: Sider = {
  borger: [
    { path: "/borger/job", element: <JobTilDig /> },
    { path: "/borger/job/:ordreId", element: <OrdreSide /> },
    { path: "/borger/opgaveboers", element: <Opgaveboers /> },
  ],
  medarbejder: [{ path: "/medarbejder/borger/:id/job", element: <BorgerJob /> }],
};

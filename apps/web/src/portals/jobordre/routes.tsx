import type { Sider } from "../../ui/sider.ts";
import { OrdreGuide } from "./OrdreGuide.tsx";
import { OrdreListe } from "./OrdreListe.tsx";
import { OrdreSide } from "./OrdreSide.tsx";
import { MEDARBEJDER, VIRKSOMHED } from "./types.ts";

/** Job orders (issue 5): the employer's and the company consultant's pages. */
export const jobordreSider: Sider = {
  virksomhed: [
    { path: "/virksomhed/ordrer", element: <OrdreListe sted={VIRKSOMHED} /> },
    { path: "/virksomhed/ordrer/ny", element: <OrdreGuide sted={VIRKSOMHED} /> },
    { path: "/virksomhed/ordrer/:id", element: <OrdreSide sted={VIRKSOMHED} /> },
  ],
  medarbejder: [
    { path: "/medarbejder/jobordrer", element: <OrdreListe sted={MEDARBEJDER} /> },
    { path: "/medarbejder/jobordrer/ny", element: <OrdreGuide sted={MEDARBEJDER} /> },
    { path: "/medarbejder/jobordrer/:id", element: <OrdreSide sted={MEDARBEJDER} /> },
  ],
};

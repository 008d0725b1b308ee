import type { Sider } from "../../ui/sider.ts";
import { JoblogAdmin } from "./admin/JoblogAdmin.tsx";
import { JoblogSide } from "./borger/JoblogSide.tsx";
import { RettighederSide } from "./borger/RettighederSide.tsx";

/** Min side (issue 7): the job log, the rights and duties review, and the administrator's job log rules. */
export const joblogSider: Sider = {
  borger: [
    { path: "/borger/joblog", element: <JoblogSide /> },
    { path: "/borger/rettigheder", element: <RettighederSide /> },
  ],
  admin: [{ path: "/admin/joblog", element: <JoblogAdmin /> }],
};

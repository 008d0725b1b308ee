import type { Sider } from "../../ui/sider.ts";
import { AdminSvartid } from "./AdminSvartid.tsx";
import { DialogListe } from "./borger/DialogListe.tsx";
import { NyBesked } from "./borger/NyBesked.tsx";
import { Oplysninger } from "./borger/Oplysninger.tsx";
import { TraadSide } from "./borger/TraadSide.tsx";
import { Indbakke } from "./medarbejder/Indbakke.tsx";

/** Min side (issue 7): the secure dialog and "Tjek dine oplysninger"; the caseworker's inbox; the answer time. */
export const dialogSider: Sider = {
  borger: [
    { path: "/borger/dialog", element: <DialogListe /> },
    { path: "/borger/dialog/ny", element: <NyBesked /> },
    { path: "/borger/dialog/:id", element: <TraadSide /> },
    { path: "/borger/oplysninger", element: <Oplysninger /> },
  ],
  medarbejder: [{ path: "/medarbejder/dialog", element: <Indbakke /> }],
  admin: [{ path: "/admin/dialog", element: <AdminSvartid /> }],
};

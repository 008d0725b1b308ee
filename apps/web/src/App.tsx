import { createBrowserRouter, RouterProvider } from "react-router";
import { AdminHome } from "./portals/admin/AdminHome.tsx";
import { Makrotekster } from "./portals/admin/Makrotekster.tsx";
import { Regelsaet } from "./portals/admin/Regelsaet.tsx";
import { Adgangslog } from "./portals/borger/Adgangslog.tsx";
import { MinSide } from "./portals/borger/MinSide.tsx";
import { RequireRole } from "./portals/common/Guard.tsx";
import { NotFound } from "./portals/common/NotFound.tsx";
import { Tilgaengelighed } from "./portals/common/Tilgaengelighed.tsx";
import { Landing } from "./portals/landing/Landing.tsx";
import { Overblik } from "./portals/ledelse/Overblik.tsx";
import { LeverandoerHome } from "./portals/leverandoer/LeverandoerHome.tsx";
import { BorgerSag } from "./portals/medarbejder/BorgerSag.tsx";
import { MedarbejderHome } from "./portals/medarbejder/MedarbejderHome.tsx";
import { NotatSide } from "./portals/medarbejder/NotatSide.tsx";
import { Soeg } from "./portals/medarbejder/Soeg.tsx";
import { BorgerSamtaler } from "./portals/samtale/BorgerSamtaler.tsx";
import { Beskeder } from "./portals/samtale/Beskeder.tsx";
import { Checkin } from "./portals/samtale/Checkin.tsx";
import { Kalender } from "./portals/samtale/Kalender.tsx";
import { Opsaetning } from "./portals/samtale/Opsaetning.tsx";
import { SamtaleSide } from "./portals/samtale/SamtaleSide.tsx";
import { MarkedAdmin } from "./portals/marked/admin/MarkedAdmin.tsx";
import { LeverandoerApi } from "./portals/marked/api/LeverandoerApi.tsx";
import { Markedsplads } from "./portals/marked/borger/Markedsplads.tsx";
import { MineForloeb } from "./portals/marked/borger/MineForloeb.tsx";
import { UdbudSide } from "./portals/marked/borger/UdbudSide.tsx";
import { MarkedLedelse } from "./portals/marked/ledelse/MarkedLedelse.tsx";
import { LeverandoerTilmeldinger } from "./portals/marked/leverandoer/LeverandoerTilmeldinger.tsx";
import { LeverandoerUdbud } from "./portals/marked/leverandoer/LeverandoerUdbud.tsx";
import { UdbudForm } from "./portals/marked/leverandoer/UdbudForm.tsx";
import { VirksomhedHome } from "./portals/virksomhed/VirksomhedHome.tsx";
import { Layout } from "./ui/Layout.tsx";
// Min side (issue 7): each part mounts its own pages
import { minsideSider } from "./portals/minside/routes.tsx";
import { indsigtSider } from "./portals/indsigt/routes.tsx";
import { dialogSider } from "./portals/dialog/routes.tsx";
import { joblogSider } from "./portals/joblog/routes.tsx";
import { befordringSider } from "./portals/befordring/routes.tsx";
import { chatbotSider } from "./portals/chatbot/routes.tsx";
import { escoSider } from "./portals/esco/routes.tsx";
import { cvSider } from "./portals/cv/routes.tsx";
import { jobordreSider } from "./portals/jobordre/routes.tsx";
import { jobSider } from "./portals/job/routes.tsx";
import { ChatbotRamme } from "./portals/chatbot/ChatbotRamme.tsx";

/** Every page of the app; each portal's pages sit behind the roles that may see them. */
const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: "/", element: <Landing /> },
      { path: "/tilgaengelighed", element: <Tilgaengelighed /> },
      // the reception's check-in (QR code or typed code); no login
      { path: "/checkin", element: <Checkin /> },
      ...(minsideSider.offentlig ?? []),
      ...(indsigtSider.offentlig ?? []),
      ...(dialogSider.offentlig ?? []),
      ...(joblogSider.offentlig ?? []),
      ...(befordringSider.offentlig ?? []),
      ...(chatbotSider.offentlig ?? []),
      ...(escoSider.offentlig ?? []),
      ...(cvSider.offentlig ?? []),
      ...(jobordreSider.offentlig ?? []),
      ...(jobSider.offentlig ?? []),
      {
        element: <RequireRole portal="borger" roles={["borger"]} />,
        children: [
          {
            // the chatbot is on every citizen page
            element: <ChatbotRamme />,
            children: [
              { path: "/borger", element: <MinSide /> },
              { path: "/borger/adgangslog", element: <Adgangslog /> },
              { path: "/borger/samtaler", element: <BorgerSamtaler /> },
              { path: "/borger/beskeder", element: <Beskeder /> },
              { path: "/borger/marked", element: <Markedsplads /> },
              { path: "/borger/marked/:id", element: <UdbudSide /> },
              { path: "/borger/forloeb", element: <MineForloeb /> },
              ...(minsideSider.borger ?? []),
              ...(indsigtSider.borger ?? []),
              ...(dialogSider.borger ?? []),
              ...(joblogSider.borger ?? []),
              ...(befordringSider.borger ?? []),
              ...(chatbotSider.borger ?? []),
              ...(escoSider.borger ?? []),
              ...(cvSider.borger ?? []),
              ...(jobordreSider.borger ?? []),
              ...(jobSider.borger ?? []),
            ],
          },
        ],
      },
      {
        // A manager reads the caseloads and cases too (for supervision); only caseworkers write in them.
        element: <RequireRole portal="medarbejder" roles={["jobkonsulent", "virksomhedskonsulent", "leder"]} />,
        children: [
          { path: "/medarbejder", element: <MedarbejderHome /> },
          { path: "/medarbejder/borger/:id", element: <BorgerSag /> },
          { path: "/medarbejder/soeg", element: <Soeg /> },
          { path: "/medarbejder/notat/:id", element: <NotatSide /> },
          { path: "/medarbejder/kalender", element: <Kalender /> },
          { path: "/medarbejder/samtale/:id", element: <SamtaleSide /> },
          ...(minsideSider.medarbejder ?? []),
          ...(indsigtSider.medarbejder ?? []),
          ...(dialogSider.medarbejder ?? []),
          ...(joblogSider.medarbejder ?? []),
          ...(befordringSider.medarbejder ?? []),
          ...(chatbotSider.medarbejder ?? []),
          ...(escoSider.medarbejder ?? []),
          ...(cvSider.medarbejder ?? []),
          ...(jobordreSider.medarbejder ?? []),
          ...(jobSider.medarbejder ?? []),
        ],
      },
      {
        element: <RequireRole portal="medarbejder" roles={["admin"]} />,
        children: [
          { path: "/admin", element: <AdminHome /> },
          { path: "/admin/regelsaet", element: <Regelsaet back="admin" /> },
          { path: "/admin/makrotekster", element: <Makrotekster /> },
          { path: "/admin/samtaler", element: <Opsaetning /> },
          { path: "/admin/marked", element: <MarkedAdmin /> },
          ...(minsideSider.admin ?? []),
          ...(indsigtSider.admin ?? []),
          ...(dialogSider.admin ?? []),
          ...(joblogSider.admin ?? []),
          ...(befordringSider.admin ?? []),
          ...(chatbotSider.admin ?? []),
          ...(escoSider.admin ?? []),
          ...(cvSider.admin ?? []),
          ...(jobordreSider.admin ?? []),
          ...(jobSider.admin ?? []),
        ],
      },
      {
        element: <RequireRole portal="ledelse" roles={["leder"]} />,
        children: [
          { path: "/ledelse", element: <Overblik /> },
          { path: "/ledelse/regelsaet", element: <Regelsaet back="ledelse" /> },
          { path: "/ledelse/marked", element: <MarkedLedelse /> },
        ],
      },
      {
        element: <RequireRole portal="virksomhed" roles={["virksomhed"]} />,
        children: [
          { path: "/virksomhed", element: <VirksomhedHome /> },
          ...(escoSider.virksomhed ?? []),
          ...(cvSider.virksomhed ?? []),
          ...(jobordreSider.virksomhed ?? []),
          ...(jobSider.virksomhed ?? []),
        ],
      },
      {
        element: <RequireRole portal="leverandoer" roles={["leverandoer"]} />,
        children: [
          { path: "/leverandoer", element: <LeverandoerHome /> },
          { path: "/leverandoer/udbud", element: <LeverandoerUdbud /> },
          { path: "/leverandoer/udbud/ny", element: <UdbudForm /> },
          { path: "/leverandoer/udbud/:id", element: <UdbudForm /> },
          { path: "/leverandoer/tilmeldinger", element: <LeverandoerTilmeldinger /> },
          { path: "/leverandoer/api", element: <LeverandoerApi /> },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}

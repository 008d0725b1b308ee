import "dkfds-dist/css/dkfds-borgerdk.min.css";
import "./ui/theme-virk.css";
import "./ui/app.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { ProblemError } from "./api/client.ts";
import { App } from "./App.tsx";
import { i18n } from "./i18n/index.ts";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Reading a citizen's data is logged; never fetch it again just because a window got focus.
      refetchOnWindowFocus: false,
      staleTime: 5 * 60_000,
      // A problem the server answered (4xx) will not go away by asking again.
      retry: (count, error) =>
        !(error instanceof ProblemError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);

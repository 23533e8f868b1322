import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { loadInitialLocale } from "./i18n/t.ts";
import { readBootPayload } from "./shell/boot-payload.ts";
import { startFirstScreen } from "./shell/start-first-screen.ts";
import { makeQueryClient, makeTrpcClient } from "./trpc.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const boot = readBootPayload(document);
const queryClient = makeQueryClient();
const trpcClient = makeTrpcClient();
const landingScreen = startFirstScreen({ boot, queryClient, trpcClient, location: window.location });
// The first render needs its words, the one dictionary of the reader's language, and draws the
// landing screen whole when its code came with them (both are fetched together).
void Promise.all([loadInitialLocale(boot?.user?.locale), landingScreen]).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} trpcClient={trpcClient} />
    </StrictMode>,
  ),
);

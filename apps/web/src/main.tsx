import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { loadInitialLocale } from "./i18n/t.ts";
import { preloadLandingScreen } from "./shell/lazy-pages.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

preloadLandingScreen(window.location.pathname);
// The first render needs its words: wait for the one dictionary of the current language.
void loadInitialLocale().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

import { E2E_PORT } from "../playwright.config.ts";

/**
 * What the browser adds to the dashboard's own POSTs: the server refuses a state change without
 * it (cross-site request forgery). Specs that call the server through `page.request` send it too.
 */
export const SAME_ORIGIN_HEADERS = { origin: `http://127.0.0.1:${E2E_PORT}` };

import os from "node:os";
import path from "node:path";
import { E2E_PORT } from "../playwright.config.ts";

/**
 * Where the e2e server writes its database's owner URL, for specs that cause database faults
 * (the server runs in Playwright's webServer process, not in the specs' one).
 */
export const E2E_DATABASE_URL_FILE = path.join(os.tmpdir(), `tekser-e2e-${E2E_PORT}.database-url`);

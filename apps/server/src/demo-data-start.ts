import type { Db } from "@tekser/db";
import { activeDemoAccounts, loadDemoData } from "@tekser/demo-data";
import { demoDataDecision } from "./demo-data-policy.ts";
import type { Env } from "./env.ts";

/**
 * Loads the demo data when allowed (printing each new demo account's one-time password once),
 * says why when refused, and on every start names the demo accounts that can still log in.
 */
export async function prepareDemoData(
  db: Db,
  env: Env,
  signingKeyPem: string | undefined,
  log: (message: string) => void,
): Promise<void> {
  const decision = demoDataDecision(env);
  if (decision.refusal) log(decision.refusal);
  if (decision.load) {
    const loaded = await loadDemoData(db, { signingKeyPem });
    if (loaded) {
      log(`  Loaded the demo data: ${loaded.items} items, ${loaded.claims} claims, ${loaded.notices} notices.`);
      if (loaded.accounts.length > 0) {
        const lines = loaded.accounts.map(
          (account) => `      ${account.username.padEnd(12)} ${account.role.padEnd(9)} ${account.password}`,
        );
        log(
          `\n  Demo accounts, with one-time passwords shown only now (each is changed at first login):\n\n${lines.join("\n")}\n`,
        );
      }
    }
  }
  const demoAccounts = await activeDemoAccounts(db);
  if (demoAccounts.length > 0) {
    const named = demoAccounts.map((account) => `${account.username} (${account.role})`).join(", ");
    log(
      `  WARNING: demo accounts can log in on this server: ${named}. Before others can reach it, deactivate them on the Accounts page (as an admin).`,
    );
  }
}

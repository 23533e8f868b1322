import { useTestDatabase } from "@tekser/db/vitest";
import { ensureDemoUsers } from "@tekser/demo-data";
import { describe, expect, it } from "vitest";
import { prepareDemoData } from "./demo-data-start.ts";
import { readEnv } from "./env.ts";

const database = useTestDatabase();

describe("[DEMO][ACCOUNTS] starting with demo data", () => {
  it("refuses the demo on a configured database, and warns on every start while demo accounts can log in", async () => {
    const { db, url } = database;
    const logged: string[] = [];
    await prepareDemoData(db, readEnv({ DATABASE_URL: url }), undefined, (line) => logged.push(line));
    expect(logged).toEqual([
      expect.stringMatching(/Demo data not loaded: DATABASE_URL is set.*TEKSER_DEMO_DATA=force/),
    ]);
    expect(await db.user.count()).toBe(0);
    expect(await db.claim.count()).toBe(0);

    // Demo accounts from an earlier, forced start.
    await ensureDemoUsers(db);
    logged.length = 0;
    await prepareDemoData(db, readEnv({ DATABASE_URL: url, TEKSER_DEMO_DATA: "off" }), undefined, (line) =>
      logged.push(line),
    );
    expect(logged).toEqual([
      expect.stringMatching(
        /WARNING: demo accounts can log in on this server: auditor \(auditor\), demo-admin \(admin\), editor \(editor\), reviewer \(reviewer\), reviewer2 \(reviewer\)\. .*deactivate them on the Accounts page/,
      ),
    ]);
  });
});

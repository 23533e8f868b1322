import { describe, expect, it } from "vitest";
import { demoDataDecision } from "./demo-data-policy.ts";
import { readEnv } from "./env.ts";

describe("[DEMO][ACCOUNTS] demo data only where nobody else can reach it, unless forced", () => {
  it("loads on the embedded database on loopback, the newcomer's default", () => {
    expect(demoDataDecision(readEnv({}))).toEqual({ load: true, refusal: null });
    expect(demoDataDecision(readEnv({ HOST: "localhost" })).load).toBe(true);
    expect(demoDataDecision(readEnv({ HOST: "::1" })).load).toBe(true);
  });

  it("refuses with DATABASE_URL set or a HOST beyond loopback, saying why and how to force it", () => {
    const shared = demoDataDecision(readEnv({ DATABASE_URL: "postgresql://tekser@db.internal:5432/tekser" }));
    expect(shared.load).toBe(false);
    expect(shared.refusal).toMatch(/DATABASE_URL is set.*TEKSER_DEMO_DATA=force/);
    const exposed = demoDataDecision(readEnv({ HOST: "0.0.0.0" }));
    expect(exposed.load).toBe(false);
    expect(exposed.refusal).toMatch(/HOST is 0\.0\.0\.0/);
    expect(demoDataDecision(readEnv({ HOST: "192.168.1.20", DATABASE_URL: "postgresql://x@y/z" })).refusal).toMatch(
      /DATABASE_URL.*and HOST is 192\.168\.1\.20/,
    );
  });

  it("loads anywhere when forced and nowhere when off", () => {
    expect(demoDataDecision(readEnv({ HOST: "0.0.0.0", TEKSER_DEMO_DATA: "force" }))).toEqual({
      load: true,
      refusal: null,
    });
    expect(demoDataDecision(readEnv({ TEKSER_DEMO_DATA: "off" }))).toEqual({ load: false, refusal: null });
  });
});

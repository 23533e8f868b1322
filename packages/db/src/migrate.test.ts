import { describe, expect, it } from "vitest";
import { prismaCliEnvironment } from "./migrate.ts";

describe("[DB][MIGRATE] the Prisma CLI's environment", () => {
  it("turns off the CLI's update check, which calls Prisma's server on every run", () => {
    const environment = prismaCliEnvironment("postgresql://owner@127.0.0.1:5432/tekser");
    expect(environment.CHECKPOINT_DISABLE).toBe("1");
    expect(environment.DATABASE_URL).toBe("postgresql://owner@127.0.0.1:5432/tekser");
  });
});

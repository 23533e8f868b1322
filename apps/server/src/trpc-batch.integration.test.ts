import { useTestDatabase } from "@tekser/db/vitest";
import { describe, expect, it } from "vitest";
import { logInOverHttp, useHttpApp } from "../test/http-test-app.ts";

const database = useTestDatabase();
const http = useHttpApp(database);

describe("[HTTP][BATCH] batched tRPC reads", () => {
  it("answers a batch whose procedure list is longer than 100 characters (the claim page refetches that many at once)", async () => {
    const { cookie } = await logInOverHttp(http.app, database.db, "reviewer");
    const procedures = Array.from({ length: 16 }, () => "auth.me");
    expect(procedures.join(",").length).toBeGreaterThan(100);
    const response = await http.app.inject({
      method: "GET",
      url: `/trpc/${procedures.join(",")}?batch=1&input=%7B%7D`,
      headers: { cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json<{ result: { data: { role: string } } }[]>();
    expect(results).toHaveLength(16);
    expect(results.every((entry) => entry.result.data.role === "reviewer")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { useTestDatabase } from "./vitest-database.ts";

const database = useTestDatabase();

// Prisma's query interpreter reads a record's relations at once; inside an interactive
// transaction they share its one connection. node-postgres queues such queries itself only with a
// deprecation warning, and pg 9 refuses them: the adapter (patches/@prisma__adapter-pg@*.patch)
// sends a transaction's statements one after another.
describe("[DB] Prisma's transactions on one connection", () => {
  it("reads a claim's relations inside a transaction without node-postgres queueing them", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const claim = await database.db.claim.create({
        data: { title: "Алматыда жаңа метро бекеті ашылды", lang: "kk", firstSeenAt: new Date() },
      });
      const read = await database.db.$transaction((tx) =>
        tx.claim.findUnique({
          where: { id: claim.id },
          include: {
            items: true,
            reviews: true,
            comments: true,
            notices: true,
            importedNotices: true,
            mergedFrom: true,
          },
        }),
      );
      expect(read).toMatchObject({ id: claim.id, items: [], reviews: [], comments: [], notices: [], mergedFrom: [] });
      // Warnings are emitted on the next turn.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
  });
});

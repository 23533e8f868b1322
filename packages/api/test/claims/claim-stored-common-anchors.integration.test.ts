import { describe, expect, it } from "vitest";
import { claimOf, ingestDocument, ingestItems, parsedItem } from "@tekser/domain/test/claim-items.ts";
import { useTestDatabase } from "../harness.ts";

/** A disclaimer the outlet ends every story with. */
const DISCLAIMER =
  "Редакция пікірі автордың көзқарасымен сәйкес келмеуі мүмкін, материалды көшіріп басуға тек белсенді сілтеме арқылы рұқсат етіледі.";

const WORDS = (
  "әкімдік облыс аудан қала ауыл мектеп аурухана жол көпір зауыт шахта кеніш бидай егіс мал жайылым су арық тасқын өрт " +
  "полиция сот прокуратура депутат министр басқарма кеңес жоба бюджет салық несие банк тариф жылу газ электр теміржол " +
  "әуежай вокзал автобус пойыз ұшақ жүк экспорт импорт астық көмір мұнай металл мыс алтын уран балық бал жеміс көкөніс " +
  "дәрігер мұғалім оқушы студент зейнеткер жұмысшы кәсіпкер фермер инженер құрылысшы жүргізуші тергеуші сарапшы " +
  "жөндеу салу ашу жабу тексеру бекіту ұлғайту азайту жоспарлау қаржыландыру сатып алу тасымалдау қорғау өтеу"
).split(" ");

/** A story of its own for each number: sentences of words drawn by a seeded generator, sharing no run of them. */
function story(seed: number): string {
  let state = seed * 7919 + 17;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return WORDS[state % WORDS.length] as string;
  };
  return Array.from({ length: 20 }, () => `${Array.from({ length: 9 }, next).join(" ")}.`).join(" ");
}

describe("[CLAIMS][CLUSTERING] a phrase hundreds of stored texts share", () => {
  const database = useTestDatabase();

  it("does not hide the story a copy quotes behind the hundreds of stored stories that end with the same disclaimer", async () => {
    const { db } = database;
    const STORIES = 450;
    const ids = await ingestDocument(
      db,
      ...Array.from({ length: STORIES }, (_, index) =>
        parsedItem({ site: "outlet.kz", title: `Жаңалық ${index}`, text: `${story(index)}\n\n${DISCLAIMER}` }),
      ),
    );
    const claims = new Set(await Promise.all(ids.map((id) => claimOf(db, id))));
    expect(claims.size).toBe(STORIES);
    // What autovacuum does as the table grows: the statistics then name the disclaimer's anchors.
    await db.$executeRawUnsafe(`ANALYZE "ItemFingerprint"`);

    const quoted = STORIES - 10;
    const sentences = story(quoted).split(". ");
    const [copyId] = await ingestItems(
      db,
      parsedItem({
        site: "t.me/janalyqtar",
        text: `Қараңыздар!\n\n${sentences.slice(2, 4).join(". ")}.\n\n${DISCLAIMER}`,
      }),
    );
    expect(await claimOf(db, copyId!)).toBe(await claimOf(db, ids[quoted]!));
  });
});

describe("[CLAIMS][CLUSTERING] a phrase that fills the passage lookup before statistics name it", () => {
  const database = useTestDatabase();

  it("finds the story a whole copy reprints by its band keys", async () => {
    const { db } = database;
    // No statistics yet, as before autovacuum first analyses a growing table.
    await db.$executeRawUnsafe(`ALTER TABLE "ItemFingerprint" SET (autovacuum_enabled = false)`);
    const STORIES = 450;
    const ids = await ingestDocument(
      db,
      ...Array.from({ length: STORIES }, (_, index) =>
        parsedItem({ site: "outlet.kz", title: `Жаңалық ${index}`, text: `${story(index)}\n\n${DISCLAIMER}` }),
      ),
    );
    // The last story stored: the passage lookup's first 400 texts sharing the disclaimer leave it out.
    const copied = STORIES - 1;
    const [copyId] = await ingestItems(
      db,
      parsedItem({ site: "t.me/janalyqtar", text: `Оқыңыздар!\n\n${story(copied)}\n\n${DISCLAIMER}` }),
    );
    expect(await claimOf(db, copyId!)).toBe(await claimOf(db, ids[copied]!));
  });
});

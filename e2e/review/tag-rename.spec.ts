import { expect, test } from "@playwright/test";
import { logIn } from "../support/session.ts";

const RUN = Date.now().toString(36);
const ELECTION = `Сайлау ${RUN}`;
const RENAMED = `Сайлау 2026 ${RUN}`;
const HEALTH = `Денсаулық ${RUN}`;

test("[REVIEW][TAGS]: an admin renames a tag in place; the queue's filter offers the new name, and a name another tag has is refused", async ({
  page,
}) => {
  await logIn(page, "admin");
  await page.getByRole("link", { name: "Team settings" }).click();
  const tags = page.getByTestId("team-tags");
  for (const name of [ELECTION, HEALTH]) {
    await tags.getByLabel("Tag name").fill(name);
    await tags.getByRole("button", { name: "Add tag" }).click();
    await expect(tags.getByRole("listitem").filter({ hasText: name })).toHaveCount(1);
  }

  // Another tag's name is refused, naming it; the tag keeps its name.
  await tags.getByRole("button", { name: `Rename the tag “${ELECTION}” or change its colour` }).click();
  const form = tags.getByRole("form", { name: `Rename the tag “${ELECTION}”` });
  await form.getByLabel("Tag name").fill(HEALTH);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toContainText(`There is already a tag named “${HEALTH}”.`);

  await form.getByLabel("Tag name").fill(RENAMED);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toHaveCount(0);
  await expect(tags.getByRole("listitem").filter({ hasText: RENAMED })).toHaveCount(1);
  await expect(tags.getByRole("listitem").filter({ hasText: new RegExp(`^${ELECTION}`) })).toHaveCount(0);

  await page.goto("/");
  const filter = page.getByLabel("Tag", { exact: true });
  await expect(filter.locator("option", { hasText: RENAMED })).toHaveCount(1);
  await expect(filter.locator("option", { hasText: ELECTION })).toHaveCount(0);
});

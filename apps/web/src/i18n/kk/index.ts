import { shell } from "./shell.ts";
import { vocabulary } from "./vocabulary.ts";
import { errors } from "./errors.ts";
import { auth } from "./auth.ts";
import { account } from "./account.ts";
import { notifications } from "./notifications.ts";
import { accounts } from "./accounts.ts";
import { queue } from "./queue.ts";
import { search } from "./search.ts";
import { claim } from "./claim.ts";
import { review } from "./review.ts";
import { publish } from "./publish.ts";
import { tags } from "./tags.ts";
import { checklist } from "./checklist.ts";
import { verdictScale } from "./verdict-scale.ts";
import { ingest } from "./ingest.ts";
import { archiveImport } from "./archive-import.ts";
import { sources } from "./sources.ts";
import { audit } from "./audit.ts";
import { metrics } from "./metrics.ts";
import { newsroom } from "./newsroom.ts";
import { settings } from "./settings.ts";
import type { en } from "../en/index.ts";
import type { Translation } from "../translation.ts";

/** Every dashboard string in Kazakh, key for key with en (the type refuses a missing key). */
export const kk: Translation<typeof en> = {
  ...shell,
  ...vocabulary,
  ...errors,
  ...auth,
  ...account,
  ...notifications,
  ...accounts,
  ...queue,
  ...search,
  ...claim,
  ...review,
  ...publish,
  ...tags,
  ...checklist,
  ...verdictScale,
  ...ingest,
  ...archiveImport,
  ...sources,
  ...audit,
  ...metrics,
  ...newsroom,
  ...settings,
};

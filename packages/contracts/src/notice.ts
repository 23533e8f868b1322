import { z } from "zod";
import { ZLang } from "./enums.ts";

export const ZPublishNoticeInput = z.object({
  claimId: z.uuid(),
  lang: ZLang.exclude(["other"]),
  headline: z.string().trim().min(1, "A notice needs a headline").max(300),
  summary: z.string().trim().min(1, "A notice needs a summary").max(5000),
});
export type TPublishNoticeInput = z.infer<typeof ZPublishNoticeInput>;

import { z } from "zod";

/** One audited change as announced to open dashboards (no payload: clients refetch what they show). */
export const ZChangeEvent = z.object({
  seq: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  actorId: z.string().nullable(),
});
export type TChangeEvent = z.infer<typeof ZChangeEvent>;

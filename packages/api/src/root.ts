import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { claimRouter } from "./routers/claim.ts";
import { ingestRouter } from "./routers/ingest.ts";
import { noticeRouter } from "./routers/notice.ts";
import { reviewRouter } from "./routers/review.ts";
import { sourceRouter } from "./routers/source.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** One router per domain, in pipeline order: ingest → claims → review → publish → audit. */
export const appRouter = router({
  auth: authRouter,
  ingest: ingestRouter,
  source: sourceRouter,
  claim: claimRouter,
  review: reviewRouter,
  notice: noticeRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

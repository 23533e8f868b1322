import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { claimRouter } from "./routers/claim.ts";
import { ingestRouter } from "./routers/ingest.ts";
import { newsroomRouter } from "./routers/newsroom.ts";
import { noticeRouter } from "./routers/notice.ts";
import { reviewRouter } from "./routers/review.ts";
import { userRouter } from "./routers/user.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** One router per domain, in pipeline order: ingest → claims → review → publish → audit. */
export const appRouter = router({
  auth: authRouter,
  user: userRouter,
  ingest: ingestRouter,
  claim: claimRouter,
  review: reviewRouter,
  notice: noticeRouter,
  newsroom: newsroomRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

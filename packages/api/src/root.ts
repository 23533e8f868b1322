import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { claimRouter } from "./routers/claim.ts";
import { commentRouter } from "./routers/comment.ts";
import { ingestRouter } from "./routers/ingest.ts";
import { newsroomRouter } from "./routers/newsroom.ts";
import { metricsRouter } from "./routers/metrics.ts";
import { noticeRouter } from "./routers/notice.ts";
import { queueViewRouter } from "./routers/queue-view.ts";
import { realtimeRouter } from "./routers/realtime.ts";
import { reviewRouter } from "./routers/review.ts";
import { userRouter } from "./routers/user.ts";
import { workflowRouter } from "./routers/workflow.ts";
import { sourceRouter } from "./routers/source.ts";
import { tiplineRouter } from "./routers/tipline.ts";
import { tagRouter } from "./routers/tag.ts";
import { verdictScaleRouter } from "./routers/verdict-scale.ts";
import { archiveImportRouter } from "./routers/archive-import.ts";
import { notificationRouter } from "./routers/notification.ts";
import { mediaRouter } from "./routers/media.ts";
import { createCallerFactory, router } from "./trpc.ts";

/** One router per domain, in pipeline order: ingest → claims → review → publish → audit. */
export const appRouter = router({
  auth: authRouter,
  user: userRouter,
  ingest: ingestRouter,
  source: sourceRouter,
  claim: claimRouter,
  workflow: workflowRouter,
  queueView: queueViewRouter,
  comment: commentRouter,
  review: reviewRouter,
  notice: noticeRouter,
  newsroom: newsroomRouter,
  audit: auditRouter,
  realtime: realtimeRouter,
  metrics: metricsRouter,
  tipline: tiplineRouter,
  tag: tagRouter,
  verdictScale: verdictScaleRouter,
  archiveImport: archiveImportRouter,
  notification: notificationRouter,
  media: mediaRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

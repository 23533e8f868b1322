import type { AppRouter } from "@tekser/api";
import type { TBootPayload } from "@tekser/contracts";
import type { QueryClient } from "@tanstack/react-query";
import type { TRPCClient } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { prefetchQueuePage } from "../queue/prefetch-queue-page.ts";
import { preloadLandingScreen } from "./lazy-pages.ts";

interface FirstScreen {
  boot: TBootPayload | null;
  queryClient: QueryClient;
  trpcClient: TRPCClient<AppRouter>;
  location: Pick<Location, "pathname" | "search">;
}

/**
 * Starts together, before the app's first render, what the first screen waits for: its code, and
 * for a signed-in reader landing on the queue, its rows. The user comes from the boot payload, so
 * neither waits for an `auth.me` answer nor for the dictionary the render needs. Settles when the
 * landing screen's code is in, so the first render can draw it without a Suspense fallback.
 */
export function startFirstScreen({ boot, queryClient, trpcClient, location }: FirstScreen): Promise<void> {
  const landingScreen = preloadLandingScreen(location.pathname);
  if (!boot) return landingScreen; // no payload (the dev server): the shell asks `auth.me` as it renders
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.auth.me.queryKey(), boot.user);
  const user = boot.user;
  // Until the password is changed or two-factor sign-in set up, the shell shows that form instead.
  const seesQueue = user !== null && !user.mustChangePassword && !user.mustEnrolTotp;
  if (seesQueue && location.pathname === "/") prefetchQueuePage(trpc, queryClient, location.search);
  return landingScreen;
}

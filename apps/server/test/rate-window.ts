import { afterEach, beforeEach, vi } from "vitest";

/**
 * The public allowance counts in windows of the clock's minutes. Each test in the calling file
 * starts a second into a minute (this process's Date only, running on from there), so its
 * requests all fall in one window however slowly the machine runs them.
 */
export function startEachTestInAFreshRateWindow(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(Math.ceil(Date.now() / 60_000) * 60_000 + 1000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

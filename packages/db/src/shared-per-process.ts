/**
 * One resource for every caller in this process under `key`: the first caller starts it, the
 * others wait for the same start, and it is stopped when the last caller releases it. Kept on
 * `globalThis` because vitest loads each project's global setup as its own module instance.
 */
export async function acquireShared<T extends { stop(): Promise<void> }>(
  key: string,
  start: () => Promise<T>,
): Promise<{ resource: T; release(): Promise<void> }> {
  const slot = Symbol.for(key);
  const registry = globalThis as { [slot]?: { resource: Promise<T>; holders: number } };
  const shared = (registry[slot] ??= { resource: start(), holders: 0 });
  shared.holders++;
  let resource: T;
  try {
    resource = await shared.resource;
  } catch (error) {
    if (--shared.holders === 0) delete registry[slot];
    throw error;
  }
  let released = false;
  return {
    resource,
    release: async () => {
      if (released) return;
      released = true;
      if (--shared.holders > 0) return;
      delete registry[slot];
      await resource.stop();
    },
  };
}

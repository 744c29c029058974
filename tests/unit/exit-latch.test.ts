import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the latch (its state is the module's) and a page whose reloads are counted. */
async function freshLatch() {
  vi.resetModules();
  return import('../../src/safety/exit-latch');
}

describe('exit latch', () => {
  let reload: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    reload = vi.fn();
    vi.stubGlobal('location', { reload });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lets a reload through while no exit has begun', async () => {
    const latch = await freshLatch();
    expect(latch.exitHasBegun()).toBe(false);
    latch.reloadUnlessExiting();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('holds every reload back once an exit has begun', async () => {
    const latch = await freshLatch();
    latch.beginExit();
    latch.reloadUnlessExiting();
    latch.reloadUnlessExiting();
    expect(latch.exitHasBegun()).toBe(true);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a kiosk’s next visitor gets the reload that was held back, once', async () => {
    const latch = await freshLatch();
    latch.beginExit();
    latch.reloadUnlessExiting();
    latch.endExit();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(latch.exitHasBegun()).toBe(false);
    latch.beginExit();
    latch.endExit();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

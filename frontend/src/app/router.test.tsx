import { describe, expect, it, vi } from 'vitest';
import { createAppRouter, preloadRoute } from '@/app/router';

describe('the application router (issue 9)', () => {
  it('starts initialised, the first screen in place, when its chunk loaded before the router was made', async () => {
    window.history.replaceState({}, '', '/');
    const early = createAppRouter();
    expect(early.state.initialized).toBe(false); // the home route still lazy: the boot fallback renders first
    early.dispose();
    preloadRoute('/');
    await vi.waitFor(() => {
      const router = createAppRouter();
      try {
        expect(router.state.initialized).toBe(true);
        expect(router.state.matches.map((m) => Boolean(m.route.lazy))).toEqual([false, false, false]);
      } finally {
        router.dispose();
      }
    });
  });
});

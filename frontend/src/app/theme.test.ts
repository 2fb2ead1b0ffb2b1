import { describe, expect, it } from 'vitest';
import { appTheme, appThemeFor } from '@/app/theme';

describe('appThemeFor', () => {
  it('turns antd motion off for someone who asks for reduced motion, keeping every other setting', () => {
    const reduced = appThemeFor(true);
    expect(reduced.token?.motion).toBe(false);
    expect(reduced).toMatchObject({ ...appTheme, token: { ...appTheme.token, motion: false } });
    expect(reduced.zeroRuntime).toBe(true);
  });

  it('keeps the theme as it is otherwise', () => {
    expect(appThemeFor(false)).toBe(appTheme);
    expect(appThemeFor(false).token?.motion).toBeUndefined();
  });
});

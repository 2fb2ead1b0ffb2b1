import type { ThemeConfig } from 'antd';

/** Colours chosen for WCAG AA contrast (≥ 4.5:1 on white for text and links). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#9c1f18',
    colorInfo: '#1d4ed8',
    colorSuccess: '#1b7a3a',
    colorWarning: '#a15c00',
    colorError: '#b3261e',
    colorTextDescription: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.66)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 6,
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif",
  },
};

/**
 * The signed-in application's theme: {@link theme} without antd's run-time style serialisation, its
 * component styles coming from antd's static stylesheet instead (app/antd-styles.ts, issue 9).
 */
export const appTheme: ThemeConfig = { ...theme, zeroRuntime: true };

/**
 * The theme for someone whose system asks for less motion (prefers-reduced-motion, WCAG 2.3.3): antd's
 * zooms, slides and fades off, so dialogs and menus appear at once. The browser tests run so too.
 */
export function appThemeFor(reducedMotion: boolean): ThemeConfig {
  return reducedMotion ? { ...appTheme, token: { ...appTheme.token, motion: false } } : appTheme;
}

/** Whether this browser asks for reduced motion (read once, at start). */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

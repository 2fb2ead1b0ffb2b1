// antd's component styles as one static file (issue 9): the signed-in application runs antd with
// theme.zeroRuntime, so its first render serialises no CSS-in-JS; the theme's tokens still reach the
// page as the CSS variables antd injects at run time (the static rules read only var(--ant-…)).
// The file holds antd's own static rules for the components the application can render only
// (scripts/antd-css.mjs, generated at build time the way antd generates antd/dist/antd.css).
import antdCssUrl from '@cache/antd.css?url';

let loading: Promise<void> | undefined;

/**
 * Adds antd's stylesheet ahead of the page's own (where antd's run-time styles go: the application's
 * rules in styles.css override antd's at equal specificity) and resolves once it is loaded, or failed:
 * the application renders then, so it never paints unstyled. Started once, as early as possible.
 */
export function loadAntdStyles(): Promise<void> {
  loading ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = antdCssUrl;
    link.dataset.antd = '';
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'));
  });
  return loading;
}

export { antdCssUrl };

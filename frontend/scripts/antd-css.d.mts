import type { Plugin } from 'vite';

export declare const ANTD_CSS: string;
export declare function importedNames(srcDir?: string): Set<string>;
export declare function componentsInUse(srcDir?: string): string[];
export declare function extractAntdCss(includes: string[]): string;
export declare function ensureAntdCss(options?: { srcDir?: string; force?: boolean }): string[];
export declare function setup(): void;
export declare function antdCss(): Plugin;

/** Runtime configuration, fetched from /config.json at start so one build serves every environment. */
export interface RuntimeConfig {
  /** Prefix of API calls; "" means the SPA's own origin (nginx / vite preview proxy /api). */
  apiBaseUrl: string;
  oidcAuthority: string;
  oidcClientId: string;
}

export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (typeof value !== 'object' || value === null) throw new Error('config.json is not an object');
  const record = value as Record<string, unknown>;
  const str = (key: string, required: boolean): string => {
    const v = record[key];
    if (typeof v === 'string') return v;
    if (v === undefined && !required) return '';
    throw new Error(`config.json: "${key}" must be a string`);
  };
  return {
    apiBaseUrl: str('apiBaseUrl', false).replace(/\/+$/, ''),
    oidcAuthority: str('oidcAuthority', true),
    oidcClientId: str('oidcClientId', true),
  };
}

export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return parseRuntimeConfig(await response.json());
}

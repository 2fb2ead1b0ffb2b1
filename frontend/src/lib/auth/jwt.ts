/** Reads a JWT's payload without verifying it (the API verifies; the SPA only shows or hides controls). */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Realm roles from `realm_access.roles` of a Keycloak access token. */
export function realmRoles(token: string | undefined): string[] {
  if (!token) return [];
  const access = decodeJwtPayload(token).realm_access;
  if (typeof access !== 'object' || access === null) return [];
  const roles = (access as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

export function tokenClaim(token: string | undefined, claim: string): string | undefined {
  if (!token) return undefined;
  const value = decodeJwtPayload(token)[claim];
  return typeof value === 'string' ? value : undefined;
}

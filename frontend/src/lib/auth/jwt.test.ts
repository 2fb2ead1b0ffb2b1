import { describe, expect, it } from 'vitest';
import { realmRoles, tokenClaim } from '@/lib/auth/jwt';
import { safeReturnTo } from '@/lib/auth/oidc-session';

const b64url = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const token = (payload: unknown) => `${b64url({ alg: 'RS256' })}.${b64url(payload)}.sig`;

describe('access token claims', () => {
  it('reads realm roles and the unit claim', () => {
    const jwt = token({ realm_access: { roles: ['officer', 'offline_access'] }, unit: 'BKN.SCT', name: 'Sở Công Thương' });
    expect(realmRoles(jwt)).toEqual(['officer', 'offline_access']);
    expect(tokenClaim(jwt, 'unit')).toBe('BKN.SCT');
    expect(tokenClaim(jwt, 'name')).toBe('Sở Công Thương');
  });
  it('returns no roles for a missing or malformed token', () => {
    expect(realmRoles(undefined)).toEqual([]);
    expect(realmRoles('not-a-jwt')).toEqual([]);
  });
  it('follows only same-origin paths after sign-in', () => {
    expect(safeReturnTo('/terms/3')).toBe('/terms/3');
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('/auth/callback?code=x')).toBe('/');
  });
});

import type { components } from '@/lib/api/schema.gen';

/** The kinds of a term's records other screens point at (the API's AgendaLinkKind). */
export type RecordKind = components['schemas']['AgendaLinkKind'];

const ANCHOR_PREFIX: Record<RecordKind, string> = { CAMPAIGN: 'campaign', COVENANT: 'covenant', SCHEME_ADOPTION: 'scheme', VOTE: 'vote' };

/** The element id a record carries on its term's page, so that a link can point at it ("campaign-12"). */
export function recordAnchor(kind: RecordKind, id: number | string): string {
  return `${ANCHOR_PREFIX[kind]}-${id}`;
}

/** Typed link builders for every screen, shared so features can link to each other without imports. */
/** The filters the public awards list takes (the API's query parameters). */
export interface PublicAwardsFilter {
  provinceId?: number;
  blocId?: number;
  year?: number;
}
const AWARDS_FILTER_KEYS = ['provinceId', 'blocId', 'year'] as const;

export const paths = {
  home: () => '/',
  units: () => '/units',
  unitNew: () => '/units/new',
  unit: (id: number | string) => `/units/${id}`,
  unitEdit: (id: number | string) => `/units/${id}/edit`,
  provinces: () => '/provinces',
  province: (id: number | string) => `/provinces/${id}`,
  blocs: () => '/blocs',
  blocNew: () => '/blocs/new',
  bloc: (id: number | string) => `/blocs/${id}`,
  blocEdit: (id: number | string) => `/blocs/${id}/edit`,
  termNew: (blocId?: number | string) => (blocId === undefined ? '/terms/new' : `/terms/new?blocId=${blocId}`),
  term: (id: number | string) => `/terms/${id}`,
  termEdit: (id: number | string) => `/terms/${id}/edit`,
  /** A record shown on its term's page (a campaign, the covenant, a scheme): the page at the record's anchor. */
  termRecord: (termId: number | string, kind: RecordKind, id: number | string) => `/terms/${termId}#${recordAnchor(kind, id)}`,
  /** The audit trail, optionally filtered to one entity ("/audit?entityType=Unit&entityId=12"). */
  audit: (filter?: { entityType?: string; entityId?: number | string }) => {
    const query = new URLSearchParams();
    if (filter?.entityType) query.set('entityType', filter.entityType);
    if (filter?.entityId !== undefined) query.set('entityId', String(filter.entityId));
    const search = query.toString();
    return search ? `/audit?${search}` : '/audit';
  },
  /** A unit officer's ballot for an open vote (phone-first). */
  voteBallot: (id: number | string) => `/votes/${id}/ballot`,
  /** A vote's results: rounds, elected units, the published ballot list (receipts), the minutes. */
  voteResults: (id: number | string) => `/votes/${id}/results`,
  /** A published ranking's public page: no sign-in (read from GET /api/v1/public/rankings/{id}). */
  publicRanking: (id: number | string) => `/public/rankings/${id}`,
  /** A certified, published vote's public page: result, votes, the receipts, the minutes' SHA-256 (GET /api/v1/public/votes/{id}). */
  publicVote: (id: number | string) => `/public/votes/${id}`,
  /** The decided awards for everyone, optionally of one province, bloc or year (GET /api/v1/public/awards). */
  publicAwards: (filter?: PublicAwardsFilter) => {
    const query = new URLSearchParams();
    for (const key of AWARDS_FILTER_KEYS) if (filter?.[key] !== undefined) query.set(key, String(filter[key]));
    const search = query.toString();
    return search ? `/public/awards?${search}` : '/public/awards';
  },
  /** A bloc's confirmed leaders and deputies by year, for everyone (GET /api/v1/public/blocs/{blocId}/leaders). */
  publicBlocLeaders: (blocId: number | string) => `/public/blocs/${blocId}/leaders`,
} as const;


/** A page shown without sign-in: which one, and what its path (and query) names. */
export type PublicPage =
  | { kind: 'ranking'; id: number }
  | { kind: 'vote'; id: number }
  | { kind: 'awards'; filter: PublicAwardsFilter }
  | { kind: 'leaders'; blocId: number };

const ID = '([1-9][0-9]{0,14})';
const PUBLIC_PATHS: { pattern: RegExp; page: (match: RegExpExecArray, query: URLSearchParams) => PublicPage }[] = [
  { pattern: new RegExp(`^/public/rankings/${ID}/?$`), page: (m) => ({ kind: 'ranking', id: Number(m[1]) }) },
  { pattern: new RegExp(`^/public/votes/${ID}/?$`), page: (m) => ({ kind: 'vote', id: Number(m[1]) }) },
  { pattern: /^\/public\/awards\/?$/, page: (_, q) => ({ kind: 'awards', filter: awardsFilter(q) }) },
  { pattern: new RegExp(`^/public/blocs/${ID}/leaders/?$`), page: (m) => ({ kind: 'leaders', blocId: Number(m[1]) }) },
];

/** The public awards list's filters read from its query; a value that is not a positive integer is left out. */
function awardsFilter(query: URLSearchParams): PublicAwardsFilter {
  const filter: PublicAwardsFilter = {};
  for (const key of AWARDS_FILTER_KEYS) {
    const value = idParam(query.get(key));
    if (value !== undefined && value > 0) filter[key] = value;
  }
  return filter;
}

/** The public page a location shows (no sign-in, no router), or undefined for any other path. */
export function publicPage(pathname: string, search = ''): PublicPage | undefined {
  for (const { pattern, page } of PUBLIC_PATHS) {
    const match = pattern.exec(pathname);
    if (match) return page(match, new URLSearchParams(search));
  }
  return undefined;
}

/** Reads a numeric route parameter; undefined when absent or not a positive integer. */
export function idParam(value: string | undefined | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

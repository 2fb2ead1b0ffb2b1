/** Typed link builders for every screen, shared so features can link to each other without imports. */
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
  /** The audit trail, optionally filtered to one entity ("/audit?entityType=Unit&entityId=12"). */
  audit: (filter?: { entityType?: string; entityId?: number | string }) => {
    const query = new URLSearchParams();
    if (filter?.entityType) query.set('entityType', filter.entityType);
    if (filter?.entityId !== undefined) query.set('entityId', String(filter.entityId));
    const search = query.toString();
    return search ? `/audit?${search}` : '/audit';
  },
} as const;

/** Reads a numeric route parameter; undefined when absent or not a positive integer. */
export function idParam(value: string | undefined | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

import { createContext, useContext, type ReactNode } from 'react';
import type { components } from '@/lib/api/schema.gen';

type UnitDetail = components['schemas']['UnitDetail'];

/** A section of the unit's page contributed by another feature (awards, restrictions): rendered in order without importing it. */
export interface UnitSection {
  key: string;
  render: (unit: UnitDetail) => ReactNode;
}

const UnitSectionsContext = createContext<readonly UnitSection[]>([]);

export const UnitSectionsProvider = UnitSectionsContext.Provider;

export function useUnitSections(): readonly UnitSection[] {
  return useContext(UnitSectionsContext);
}

import { createContext, useContext, type ReactNode } from 'react';
import type { components } from '@/lib/api/schema.gen';

type Term = components['schemas']['Term'];

/**
 * A section of the term's page contributed by another feature (campaigns, covenant, conferences …):
 * the term page renders every section the app registers, in order, without importing those features.
 */
export interface TermSection {
  key: string;
  /** i18n key of the heading when the page frames the section in a card; without one the section frames itself. */
  titleKey?: string;
  render: (term: Term) => ReactNode;
}

const TermSectionsContext = createContext<readonly TermSection[]>([]);

export const TermSectionsProvider = TermSectionsContext.Provider;

export function useTermSections(): readonly TermSection[] {
  return useContext(TermSectionsContext);
}

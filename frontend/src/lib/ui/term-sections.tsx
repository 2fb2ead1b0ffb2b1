import { createContext, useContext, type ReactNode } from 'react';

/**
 * A section of the term's page contributed by another feature (conferences, campaigns …): the term
 * page renders every section the app registers, in order, without importing those features.
 */
export interface TermSection {
  key: string;
  /** i18n key of the section's heading. */
  titleKey: string;
  render: (termId: number) => ReactNode;
}

const TermSectionsContext = createContext<readonly TermSection[]>([]);

export const TermSectionsProvider = TermSectionsContext.Provider;

export function useTermSections(): readonly TermSection[] {
  return useContext(TermSectionsContext);
}

import { lazy, Suspense } from 'react';
import type { UnitSection } from '@/lib/ui/unit-sections';

const Restrictions = lazy(async () => ({ default: (await import('@/features/awards/components/restrictions-section')).RestrictionsSection }));
const Awards = lazy(async () => ({ default: (await import('@/features/awards/components/unit-awards-section')).UnitAwardsSection }));

/** The sections other features add to the unit's page, in the order shown. */
export const UNIT_SECTIONS: readonly UnitSection[] = [
  {
    key: 'awards',
    render: (unit) => (
      <Suspense fallback={null}>
        <Awards unit={unit} />
      </Suspense>
    ),
  },
  {
    key: 'restrictions',
    render: (unit) => (
      <Suspense fallback={null}>
        <Restrictions unit={unit} />
      </Suspense>
    ),
  },
];

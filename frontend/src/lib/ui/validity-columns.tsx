import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format/date';

/** A dated name row: in force from validFrom to validTo (open-ended while current). */
export interface Dated {
  validFrom: string;
  validTo?: string;
}

/** The "from" and "to" columns of a name-history table (units, provinces), dd/MM/yyyy. */
export function validityColumns<T extends Dated>(t: TFunction) {
  return [
    { title: t('unit.validFrom'), key: 'from', render: (_: unknown, n: T) => <span className="nowrap">{formatDate(n.validFrom)}</span> },
    {
      title: t('unit.validTo'),
      key: 'to',
      render: (_: unknown, n: T) =>
        n.validTo ? <span className="nowrap">{formatDate(n.validTo)}</span> : <span>({t('unit.current')})</span>,
    },
  ];
}

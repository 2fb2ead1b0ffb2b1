import { Link } from 'react-router-dom';
import { paths } from '@/lib/routing/paths';

/** A province named as the record gives it (e.g. as it was in a term's year), linking to its page. */
export function ProvinceLink({ id, name }: { id: number; name: string }) {
  return <Link to={paths.province(id)}>{name}</Link>;
}

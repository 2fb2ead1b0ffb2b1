import { useEffect, useState } from 'react';
import { isApiError } from '@/lib/api/problem';

/** What a public page read: the data, "not there" (404: not published, as the API says), or a failure. */
export type PublicRead<T> = { data: T } | { missing: true } | { failed: true } | undefined;

/**
 * One read of a public endpoint without the application's data layer (a public page has no query client):
 * undefined while loading, then the answer; read again when {@code key} changes, an older answer dropped.
 */
export function usePublicRead<T>(read: () => Promise<T>, key: string): PublicRead<T> {
  const [state, setState] = useState<{ key: string; read: PublicRead<T> }>();
  useEffect(() => {
    let live = true;
    read()
      .then((data) => live && setState({ key, read: { data } }))
      .catch((e: unknown) => live && setState({ key, read: isApiError(e) && e.isNotFound ? { missing: true } : { failed: true } }));
    return () => {
      live = false;
    };
    // the read is named by its key: a new function each render must not read again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.read : undefined;
}

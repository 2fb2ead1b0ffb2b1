import { useEffect, useState } from 'react';

const QUERY = '(max-width: 767px)';

/** A phone-width screen (below 768 px): wide tables become one card per row (the scoring grid, the ranking). */
export function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const update = () => setNarrow(media.matches);
    media.addEventListener?.('change', update);
    return () => media.removeEventListener?.('change', update);
  }, []);
  return narrow;
}

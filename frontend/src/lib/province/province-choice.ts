import { useSyncExternalStore } from 'react';
import { useAuth } from '@/lib/auth/auth-context';

// The province a national user chose in the header; remembered for the browser session only.
const KEY = 'thidua.provinceId';
const listeners = new Set<() => void>();

function read(): number | undefined {
  try {
    const value = Number(sessionStorage.getItem(KEY));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function setProvinceChoice(id: number | undefined) {
  try {
    if (id) sessionStorage.setItem(KEY, String(id));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable (private mode): the choice lasts until the next render only
  }
  listeners.forEach((listener) => listener());
}

export function useProvinceChoice(): number | undefined {
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * The `provinceId` list filter to send: a national user's choice (undefined = every province).
 * Everyone else sends none; the server limits them to their own province anyway.
 */
export function useProvinceFilter(): number | undefined {
  const { isNational } = useAuth();
  const choice = useProvinceChoice();
  return isNational ? choice : undefined;
}

import { useState } from 'react';
import type { FormInstance } from 'antd';
import { formFieldErrors, isApiError, type FieldError } from '@/lib/api/problem';

/**
 * Maps a failed submit onto the form: problem+json `errors[].field` beside their fields,
 * a 412 as a conflict flag, anything else as a general error shown above the form.
 * `fieldMap` renames API field paths to form paths (e.g. "decision.date" is the same in both).
 */
export function useFormErrors(form: FormInstance, knownTopLevel: readonly string[]) {
  const [general, setGeneral] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);

  const clear = () => {
    setGeneral(null);
    setUnmatched([]);
    setConflict(false);
  };

  const apply = (error: unknown) => {
    clear();
    if (isApiError(error) && error.isStale) {
      setConflict(true);
      return;
    }
    if (isApiError(error) && error.fieldErrors.length > 0) {
      const { fields, unmatched: rest } = formFieldErrors(error, knownTopLevel);
      form.setFields(fields.map((f) => ({ name: f.name, errors: f.errors })));
      setUnmatched(rest);
      if (fields.length === 0) setGeneral(error);
      return;
    }
    setGeneral(error);
  };

  return { general, unmatched, conflict, apply, clear };
}

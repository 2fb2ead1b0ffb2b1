import type { components } from '@/lib/api/schema.gen';

export type Problem = components['schemas']['Problem'];
export type FieldError = { field: string; message: string; code?: string };
export type ProblemRelated = components['schemas']['ProblemRelated'];

/** An error answered by the API (application/problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** The stable rule code (e.g. UNIT_CODE_TAKEN, STALE_ETAG); react to it, never to the text. */
  readonly code: string | undefined;
  readonly fieldErrors: FieldError[];
  /** The records the refusal is about (e.g. the terms a merged unit still leads), when it names some. */
  readonly related: ProblemRelated[];

  constructor(status: number, problem: Partial<Problem> | undefined, fallbackTitle?: string) {
    const title = problem?.title ?? fallbackTitle ?? `HTTP ${status}`;
    super(problem?.detail ?? title);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem?.type ?? 'about:blank';
    this.title = title;
    this.detail = problem?.detail ?? undefined;
    this.code = typeof problem?.code === 'string' ? problem.code : undefined;
    this.fieldErrors = (problem?.errors ?? [])
      .filter((e) => typeof e?.field === 'string' && typeof e?.message === 'string')
      .map((e) => ({ field: e.field, message: e.message, code: typeof e.code === 'string' ? e.code : undefined }));
    this.related = Array.isArray(problem?.related) ? problem.related : [];
  }

  /** 412: someone else changed the entity since it was read. */
  get isStale(): boolean {
    return this.status === 412;
  }
  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
  get isForbidden(): boolean {
    return this.status === 403;
  }
  get isNotFound(): boolean {
    return this.status === 404;
  }
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function looksLikeProblem(body: unknown): body is Partial<Problem> {
  return typeof body === 'object' && body !== null && ('title' in body || 'status' in body || 'type' in body);
}

/** Turns an error body (already parsed by openapi-fetch, or raw text) and the response into an ApiError. */
export function toApiError(response: Response | undefined, body: unknown): ApiError {
  const status = response?.status ?? 0;
  if (looksLikeProblem(body)) return new ApiError(status, body);
  if (typeof body === 'string' && body.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (looksLikeProblem(parsed)) return new ApiError(status, parsed);
    } catch {
      /* not JSON: fall through */
    }
  }
  return new ApiError(status, undefined, response?.statusText || undefined);
}

/**
 * Converts a problem's field paths ("decision.number", "rules.flagQuota", "predecessorIds[0]")
 * into the name paths a form uses, e.g. ["decision", "number"], ["predecessorIds", 0].
 */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Field errors grouped for a form (antd's form.setFields shape). Errors whose field is not among
 * the form's known top-level names are returned apart so they can be shown above the form.
 */
export function formFieldErrors(
  error: ApiError,
  knownTopLevel?: readonly string[],
): { fields: { name: (string | number)[]; errors: string[] }[]; unmatched: FieldError[] } {
  const byField = new Map<string, string[]>();
  const unmatched: FieldError[] = [];
  for (const fe of error.fieldErrors) {
    const path = fieldPath(fe.field);
    const top = path[0];
    if (path.length === 0 || (knownTopLevel && (typeof top !== 'string' || !knownTopLevel.includes(top)))) {
      unmatched.push(fe);
      continue;
    }
    const key = JSON.stringify(path);
    byField.set(key, [...(byField.get(key) ?? []), fe.message]);
  }
  const fields = [...byField.entries()].map(([key, errors]) => ({
    name: JSON.parse(key) as (string | number)[],
    errors,
  }));
  return { fields, unmatched };
}

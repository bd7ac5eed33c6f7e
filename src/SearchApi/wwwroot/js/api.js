// Fetches JSON from the search API. Errors come back as application/problem+json
// ({title, detail, errors}) and are thrown as ApiError so a view can show them as written.

export class ApiError extends Error {
  constructor(title, detail = '', errors = null, status = 0) {
    super(title);
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.status = status;
  }
}

// A short-lived cache makes Back and re-opened records instant without serving stale results for long.
const CACHE_MS = 60_000;
const CACHE_SIZE = 40;
const cache = new Map();

/** Resolves to { data, ms }: the JSON body and how long the request took. */
export async function getJson(path, { signal } = {}) {
  const cached = cache.get(path);
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.result;

  const started = performance.now();
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('The search service cannot be reached', 'Check your connection, then try again.');
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const data = isJson ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(
      data?.title ?? (response.status === 404 ? 'Not found' : `The request failed (${response.status})`),
      data?.detail ?? '',
      data?.errors ?? null,
      response.status);
  }
  const result = { data, ms: performance.now() - started };
  cache.set(path, { at: Date.now(), result });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
  return result;
}

/** Path segment for a record or meeting id; ids contain ':' and may contain '/'. */
export function idSegment(id) {
  return encodeURIComponent(id);
}

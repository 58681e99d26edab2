import type { CSRF_COOKIE, CSRF_HEADER, ErrorCode, ErrorResponse, FieldError } from '@smartcity/contracts';

// The values live in @smartcity/contracts; they are restated here (checked against the contract's literal types)
// so the bundle does not pull the contracts' class-validator decorators into the browser.
const CSRF_HEADER_NAME: typeof CSRF_HEADER = 'x-csrf-token';
const CSRF_COOKIE_NAME: typeof CSRF_COOKIE = 'scr_csrf';

export const API_BASE_PATH = '/api/v1';

/** Codes the client produces itself when there is no error envelope to read. */
export type ClientErrorCode = 'client.network-error' | 'client.unexpected-response';
export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** A failed API call: the server's error envelope, typed. UI code switches on `code`, never on `message`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly fields: FieldError[];
  readonly requestId: string | null;
  readonly details: Record<string, unknown>;

  constructor(init: {
    code: ApiErrorCode;
    status: number;
    message: string;
    fields?: FieldError[];
    requestId?: string | null;
    details?: Record<string, unknown>;
  }) {
    super(init.message);
    this.code = init.code;
    this.status = init.status;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId ?? null;
    this.details = init.details ?? {};
  }

  /** A 4xx answer: retrying the same request will not help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

let csrfTokenFromSession: string | null = null;

/** Remembers the token from a SessionResponse, used when the `scr_csrf` cookie cannot be read. */
export function setCsrfToken(token: string | null): void {
  csrfTokenFromSession = token;
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function currentCsrfToken(): string | null {
  return readCookie(CSRF_COOKIE_NAME) ?? csrfTokenFromSession;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type ApiRequestOptions = {
  method?: HttpMethod;
  /** Sent as JSON, except FormData, which is sent as multipart/form-data (file uploads). */
  body?: unknown;
  signal?: AbortSignal;
};

function isErrorEnvelope(value: unknown): value is ErrorResponse {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  if (isErrorEnvelope(body)) {
    const { fields, ...details } = body.details ?? {};
    return new ApiError({
      code: body.code,
      status: response.status,
      message: body.message,
      fields: Array.isArray(fields) ? fields : [],
      requestId: body.requestId ?? response.headers.get('x-request-id'),
      details,
    });
  }
  // No envelope: a proxy or gateway answered (the API is down or restarting).
  const unavailable = response.status === 502 || response.status === 503 || response.status === 504;
  return new ApiError({
    code: unavailable ? 'common.unavailable' : 'client.unexpected-response',
    status: response.status,
    message: `HTTP ${response.status}`,
    requestId: response.headers.get('x-request-id'),
  });
}

/**
 * Calls `/api/v1<path>` with the session cookie, sends JSON, adds the CSRF header to every write, and returns
 * the parsed body (`undefined` for 204). Throws `ApiError` for any non-2xx answer or network failure.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  // The browser sets the multipart Content-Type (with its boundary) itself.
  if (options.body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = currentCsrfToken();
    if (token) headers[CSRF_HEADER_NAME] = token;
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE_PATH}${path}`, {
      method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ code: 'client.network-error', status: 0, message: String(error) });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (body === undefined) {
    throw new ApiError({
      code: 'client.unexpected-response',
      status: response.status,
      message: 'Empty or invalid JSON body',
    });
  }
  return body as T;
}

export const apiClient = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
  /** POSTs a multipart form (a file upload) with the CSRF header. */
  upload: <T>(path: string, form: FormData) => apiRequest<T>(path, { method: 'POST', body: form }),
};

/** The browser URL of an API path, for plain links (downloads) that need no script. */
export function apiUrl(path: string): string {
  return `${API_BASE_PATH}${path}`;
}

import { ApiError, apiClient, setCsrfToken } from './api-client';
import { shouldRetry } from './query-client';

type FetchArgs = [input: string, init: RequestInit];

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

describe('apiClient', () => {
  const realFetch = globalThis.fetch;
  let fetchMock: jest.Mock<Promise<Response>, FetchArgs>;

  beforeEach(() => {
    fetchMock = jest.fn<Promise<Response>, FetchArgs>();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    setCsrfToken(null);
  });

  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  const lastCall = () => {
    const [input, init] = fetchMock.mock.calls[fetchMock.mock.calls.length - 1];
    return { url: input, init, headers: init.headers as Record<string, string> };
  };

  it('GETs JSON under /api/v1 with the session cookie and no CSRF header', async () => {
    setCsrfToken('token-1');
    fetchMock.mockResolvedValue(jsonResponse(200, [{ id: 'o1' }]));

    const result = await apiClient.get<{ id: string }[]>('/organizations');

    expect(result).toEqual([{ id: 'o1' }]);
    const { url, init, headers } = lastCall();
    expect(url).toBe('/api/v1/organizations');
    expect(init.method).toBe('GET');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBeUndefined();
    expect(headers['x-csrf-token']).toBeUndefined();
  });

  it('sends writes as JSON with the CSRF token from the session', async () => {
    setCsrfToken('token-2');
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 'i1' }));

    await apiClient.post('/organizations/o1/invitations', { email: 'a@b.ru', role: 'municipal_editor' });

    const { init, headers } = lastCall();
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ email: 'a@b.ru', role: 'municipal_editor' }));
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['x-csrf-token']).toBe('token-2');
  });

  it('adds the CSRF header to DELETE and PATCH too', async () => {
    setCsrfToken('token-3');
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await apiClient.delete('/organizations/o1/members/m1');
    expect(lastCall().headers['x-csrf-token']).toBe('token-3');
    expect(lastCall().init.method).toBe('DELETE');

    fetchMock.mockResolvedValue(jsonResponse(200, { locale: 'en' }));
    await apiClient.patch('/me', { locale: 'en' });
    expect(lastCall().headers['x-csrf-token']).toBe('token-3');
  });

  it('uploads a FormData body as multipart with the CSRF header and no JSON content type', async () => {
    setCsrfToken('token-4');
    fetchMock.mockResolvedValue(jsonResponse(202, { id: 'imp-1' }));
    const form = new FormData();
    form.append('file', new Blob(['{}'], { type: 'application/json' }), 'catalogue.json');

    await apiClient.upload('/catalogue/imports', form);

    const { url, init, headers } = lastCall();
    expect(url).toBe('/api/v1/catalogue/imports');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(form);
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers['x-csrf-token']).toBe('token-4');
  });

  it('returns undefined for 204 No Content', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiClient.post('/auth/logout')).resolves.toBeUndefined();
  });

  it('turns the error envelope into a typed ApiError', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        code: 'common.validation-failed',
        message: 'Validation failed',
        details: {
          fields: [{ field: 'email', reason: 'email must be an e-mail address', constraint: 'isEmail' }],
          extra: 1,
        },
        requestId: 'req-1',
      }),
    );

    const error = await apiClient.post('/auth/login', { email: 'x', password: 'y' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.code).toBe('common.validation-failed');
    expect(apiError.status).toBe(400);
    expect(apiError.requestId).toBe('req-1');
    expect(apiError.fields).toEqual([
      { field: 'email', reason: 'email must be an e-mail address', constraint: 'isEmail' },
    ]);
    expect(apiError.details).toEqual({ extra: 1 });
    expect(apiError.isClientError).toBe(true);
  });

  it('reports a gateway answer without an envelope as unavailable', async () => {
    fetchMock.mockResolvedValue(new Response('<html>Bad Gateway</html>', { status: 502 }));

    const error = (await apiClient.get('/health').catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('common.unavailable');
    expect(error.status).toBe(502);
    expect(error.requestId).toBeNull();
  });

  it('reports a network failure as client.network-error', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));

    const error = (await apiClient.get('/health').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('client.network-error');
    expect(error.status).toBe(0);
  });

  it('refuses a 200 without a JSON body', async () => {
    fetchMock.mockResolvedValue(new Response('not json', { status: 200 }));
    const error = (await apiClient.get('/health').catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('client.unexpected-response');
  });
});

describe('shouldRetry', () => {
  it('never retries a 4xx answer', () => {
    expect(shouldRetry(0, new ApiError({ code: 'common.not-found', status: 404, message: 'x' }))).toBe(false);
    expect(shouldRetry(0, new ApiError({ code: 'common.unauthenticated', status: 401, message: 'x' }))).toBe(
      false,
    );
  });

  it('retries 5xx and network failures twice', () => {
    const error = new ApiError({ code: 'common.unavailable', status: 503, message: 'x' });
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
    expect(shouldRetry(0, new ApiError({ code: 'client.network-error', status: 0, message: 'x' }))).toBe(
      true,
    );
  });
});

import { createHash, createHmac } from 'node:crypto';

/**
 * AWS Signature Version 4 for header-signed requests (what every S3-compatible store accepts), with Node's crypto
 * only. Checked against AWS's documented example in sigv4.spec.ts.
 */
export type SigV4Request = {
  method: string;
  url: URL;
  /** Headers to sign (host is added from the URL); x-amz-date and x-amz-content-sha256 are added here. */
  headers: Record<string, string>;
  payloadSha256: string;
};

export type SigV4Credentials = {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
};

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it (S3 paths keep their slashes). */
const encode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export const amzDate = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** The request's headers plus `authorization`, `x-amz-date` and `x-amz-content-sha256`. */
export function signV4(
  request: SigV4Request,
  credentials: SigV4Credentials,
  now: Date,
): Record<string, string> {
  const datetime = amzDate(now);
  const date = datetime.slice(0, 8);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v.trim()])),
    host: request.url.host,
    'x-amz-date': datetime,
    'x-amz-content-sha256': request.payloadSha256,
  };
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map((n) => `${n}:${headers[n].replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const path = request.url.pathname
    .split('/')
    .map((segment) => encode(decodeURIComponent(segment)))
    .join('/');
  const query = [...request.url.searchParams.entries()]
    .map(([k, v]) => [encode(k), encode(v)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const canonicalRequest = [
    request.method.toUpperCase(),
    path || '/',
    query,
    canonicalHeaders,
    signedHeaders,
    request.payloadSha256,
  ].join('\n');
  const scope = `${date}/${credentials.region}/${credentials.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', datetime, scope, sha256Hex(canonicalRequest)].join('\n');
  const dateKey = hmac(`AWS4${credentials.secretAccessKey}`, date);
  const signingKey = hmac(hmac(hmac(dateKey, credentials.region), credentials.service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(stringToSign).digest('hex');
  return {
    ...headers,
    authorization:
      `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope},` +
      `SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}

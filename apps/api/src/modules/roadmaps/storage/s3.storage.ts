import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

import { assertStorageKey, FileStorage, StoredFileMissing } from './file-storage';
import { sha256Hex, signV4, type SigV4Credentials } from './sigv4';

export type S3StorageOptions = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** endpoint/bucket/key (MinIO and most compatible stores) instead of bucket.endpoint/key. */
  forcePathStyle: boolean;
};

/**
 * An S3-compatible bucket (AWS S3, MinIO, Yandex Object Storage, …) through its REST API: PUT, GET and DELETE of
 * one object, signed with SigV4 using Node's crypto and fetch (no SDK dependency).
 */
export class S3Storage extends FileStorage {
  private readonly credentials: SigV4Credentials;

  constructor(
    private readonly options: S3StorageOptions,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super();
    this.credentials = {
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.secretAccessKey,
      region: options.region,
      service: 's3',
    };
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, body, { 'content-type': contentType });
    if (!res.ok) throw await this.failure('PUT', key, res);
  }

  async get(key: string): Promise<Readable> {
    const res = await this.send('GET', key);
    if (res.status === 404) throw new StoredFileMissing(key);
    if (!res.ok || !res.body) throw await this.failure('GET', key, res);
    return Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
  }

  async delete(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (!res.ok && res.status !== 404) throw await this.failure('DELETE', key, res);
  }

  /** The object's URL: path-style or virtual-hosted-style. */
  url(key: string): URL {
    assertStorageKey(key);
    const endpoint = new URL(this.options.endpoint);
    const base = endpoint.pathname.replace(/\/+$/, '');
    if (this.options.forcePathStyle) {
      return new URL(`${endpoint.protocol}//${endpoint.host}${base}/${this.options.bucket}/${key}`);
    }
    return new URL(`${endpoint.protocol}//${this.options.bucket}.${endpoint.host}${base}/${key}`);
  }

  private send(method: string, key: string, body?: Buffer, headers: Record<string, string> = {}) {
    const url = this.url(key);
    const signed = signV4(
      { method, url, headers, payloadSha256: sha256Hex(body ?? '') },
      this.credentials,
      this.clock(),
    );
    const { host: _host, ...sendHeaders } = signed;
    return fetch(url, { method, headers: sendHeaders, body: body ? new Uint8Array(body) : undefined });
  }

  private async failure(method: string, key: string, res: Response): Promise<Error> {
    const text = await res.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? res.statusText;
    return new Error(`S3 ${method} ${key} failed: ${res.status} ${code}`);
  }
}

import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Services see only this; the driver (local disk or S3-compatible) is chosen by
 * configuration. Keys are made by `newStorageKey` from a random UUID, never from anything a user sent (file
 * names stay in the database), so no upload can name a path.
 */
export abstract class FileStorage {
  /** Stores the bytes under the key (replacing nothing: keys are unique). */
  abstract put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes as a stream; rejects with StoredFileMissing when there is nothing under the key. */
  abstract get(key: string): Promise<Readable>;
  /** Deletes the file; deleting a missing key succeeds (deletes are retried by a job). */
  abstract delete(key: string): Promise<void>;
}

export class StoredFileMissing extends Error {}

const KEY = /^[a-z]+(\/[0-9]{4}){1}\/[0-9]{2}\/[0-9a-f-]{36}$/;

/** A fresh key such as `evidence/2025/11/1b9d…`; the date part keeps directories and listings small. */
export function newStorageKey(prefix: 'evidence' | 'documents' | 'agreements', now = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${prefix}/${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

/** Drivers refuse anything that is not a key made by newStorageKey (defence in depth against path tricks). */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}

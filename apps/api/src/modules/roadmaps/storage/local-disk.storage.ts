import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

import { assertStorageKey, FileStorage, StoredFileMissing } from './file-storage';

/** Files on a local (or mounted) disk under one root directory. Writes go to a temp file, then rename. */
export class LocalDiskStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, body: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.partial`;
    await writeFile(temp, body, { flag: 'wx' });
    await rename(temp, path);
  }

  async get(key: string): Promise<Readable> {
    const path = this.path(key);
    try {
      await stat(path);
    } catch {
      throw new StoredFileMissing(key);
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    assertStorageKey(key);
    return join(this.root, ...key.split('/'));
  }
}

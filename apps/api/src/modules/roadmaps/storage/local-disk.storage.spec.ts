import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

import { newStorageKey, StoredFileMissing } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';

const read = async (stream: Readable) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe(LocalDiskStorage.name, () => {
  let dir: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scr-storage-'));
    storage = new LocalDiskStorage(dir);
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('puts, streams back and deletes a file under its key', async () => {
    const key = newStorageKey('evidence', new Date('2025-11-20T00:00:00Z'));

    await storage.put(key, Buffer.from('%PDF-1.7'));
    const content = await read(await storage.get(key));
    await storage.delete(key);
    await storage.delete(key);

    expect(key).toMatch(/^evidence\/2025\/11\/[0-9a-f-]{36}$/);
    expect(content.toString()).toBe('%PDF-1.7');
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    expect(await readdir(join(dir, 'evidence', '2025', '11'))).toEqual([]);
  });

  it('refuses keys it did not make', async () => {
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/Not a storage key/);
    await expect(storage.get('evidence/2025/11/../../x')).rejects.toThrow(/Not a storage key/);
  });
});

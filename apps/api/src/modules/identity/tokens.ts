import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (session tokens, invitation links, CSRF tokens). 256 bits. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256, so a database leak does not leak live sessions or links. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** An unguessable capability: 24 random bytes in base64url (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** Tokens are stored hashed: a stolen database file does not hand out seats. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function tokenMatches(token: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

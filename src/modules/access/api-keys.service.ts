import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, Role, Viewer } from '../../context.js';
import type { Db } from '../../db/database.js';
import { UserErrorList, UserInputError } from '../../shared/user-errors.js';
import { cleanText } from '../../shared/text.js';

// An API key reads `ck_<prefix>_<secret>`: the prefix finds the row, the SHA-256 of the whole
// key must match the stored hash. Keys are 192 random bits, so a fast hash is enough; a slow
// password hash would only add latency to every request.

const keyPattern = /^ck_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32})$/;
const lastUsedResolutionMs = 60_000;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function newKey(): { key: string; prefix: string } {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  return { key: `ck_${prefix}_${randomBytes(24).toString('base64url')}`, prefix };
}

export interface CreatedApiKey {
  apiKeyId: string;
  /** The key itself: shown in this response only. */
  secret: string;
}

export async function issueApiKey(
  prisma: Db,
  name: string,
  role: Role,
  createdBy: string | null,
): Promise<CreatedApiKey> {
  const { key, prefix } = newKey();
  const row = await prisma.apiKey.create({
    data: { name, role, prefix, secretHash: sha256(key).toString('hex'), createdBy },
  });
  return { apiKeyId: row.id, secret: key };
}

export async function createApiKey(ctx: Context, input: { name: string; role: Role }): Promise<CreatedApiKey> {
  const errors = new UserErrorList();
  const name = cleanText(input.name);
  if (!name) errors.add(['name'], 'REQUIRED', 'Give the key a name that says who or what uses it.');
  else if (name.length > 100) errors.add(['name'], 'TOO_LONG', 'name must be at most 100 characters.');
  errors.throwIfAny();
  return issueApiKey(ctx.prisma, name!, input.role, ctx.viewer?.name ?? null);
}

export async function revokeApiKey(ctx: Context, id: string): Promise<{ apiKeyId: string }> {
  const key = await ctx.prisma.apiKey.findUnique({ where: { id } });
  if (!key) throw new UserInputError([{ field: ['id'], code: 'NOT_FOUND', message: 'No API key has this id.' }]);
  if (key.revokedAt)
    throw new UserInputError([{ field: ['id'], code: 'INVALID_STATE', message: 'This key is already revoked.' }]);
  await ctx.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  // Open sockets of this key, on every instance, close on this event.
  // If the event is lost, each instance's periodic re-check closes them within a minute.
  await ctx.pubsub
    .publish(apiKeyRevokedTopic, { apiKeyId: key.id } satisfies ApiKeyRevoked)
    .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not announce a revoked key'));
  return { apiKeyId: key.id };
}

export const apiKeyRevokedTopic = 'apiKeyRevoked';
export interface ApiKeyRevoked {
  apiKeyId: string;
}

export interface Authenticator {
  /** The viewer an `Authorization` header (or graphql-ws `authorization` param) stands for, or null. */
  viewerFor(authorization: string | undefined | null): Promise<Viewer | null>;
}

export function createAuthenticator(
  prisma: Db,
  options: { adminApiKey?: string; onError?: (error: unknown) => void },
): Authenticator {
  const adminKeyHash = options.adminApiKey ? sha256(options.adminApiKey) : null;
  return {
    async viewerFor(authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      if (!match) return null;
      const presented = match[1];
      const presentedHash = sha256(presented);
      if (adminKeyHash && timingSafeEqual(presentedHash, adminKeyHash)) {
        return { id: 'env:ADMIN_API_KEY', name: 'ADMIN_API_KEY', role: 'ADMIN' };
      }
      const parts = keyPattern.exec(presented);
      if (!parts) return null;
      const key = await prisma.apiKey.findUnique({ where: { prefix: parts[1] } });
      if (!key || key.revokedAt || !timingSafeEqual(presentedHash, Buffer.from(key.secretHash, 'hex'))) return null;
      if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > lastUsedResolutionMs) {
        // Recorded to the minute, so at most one write per key per minute; a failure to record
        // must not fail the request.
        await prisma.apiKey
          .update({ where: { id: key.id }, data: { lastUsedAt: new Date() } })
          .catch(options.onError ?? (() => {}));
      }
      return { id: key.id, name: key.name, role: key.role };
    },
  };
}

/** On a database with no usable key, creates an admin key for the first user; returns it. */
export async function ensureFirstAdminKey(prisma: Db): Promise<string | null> {
  const usable = await prisma.apiKey.count({ where: { revokedAt: null } });
  if (usable > 0) return null;
  return (await issueApiKey(prisma, 'First administrator (created at first start)', 'ADMIN', null)).secret;
}

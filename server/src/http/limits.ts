import { ipKeyGenerator, MemoryStore, rateLimit, type Options, type RateLimitRequestHandler, type Store } from "express-rate-limit";
import { Redis } from "ioredis";
import { RedisStore } from "rate-limit-redis";
import type { Request, Response } from "express";
import type { ServerConfig } from "../config.ts";
import { ServiceError } from "../sessions/service.ts";
import { sendError } from "./answers.ts";

export type LimitName = "sessions-created" | "unknown-codes" | "admin-failures" | "uploads";

const REFUSAL_LOG_MS = 60_000;

/**
 * Logs refusals of one limit to one address once a minute at most: the first refusal at once,
 * then how many followed in each minute while they go on. A sweep fills no log.
 */
export class RefusalLog {
  private readonly counts = new Map<string, number>();

  constructor(private readonly log: (line: string) => void = console.warn) {}

  note(limit: LimitName, address: string): void {
    const key = `${limit} ${address}`;
    const count = this.counts.get(key);
    if (count !== undefined) {
      this.counts.set(key, count + 1);
      return;
    }
    this.log(`limit ${limit}: ${address} refused (further refusals counted for a minute)`);
    this.counts.set(key, 0);
    this.summarizeLater(limit, address, key);
  }

  private summarizeLater(limit: LimitName, address: string, key: string): void {
    setTimeout(() => {
      const count = this.counts.get(key) ?? 0;
      if (count === 0) return void this.counts.delete(key);
      this.log(`limit ${limit}: ${address}: ${count} more refused in the last minute`);
      this.counts.set(key, 0);
      this.summarizeLater(limit, address, key);
    }, REFUSAL_LOG_MS).unref();
  }
}

/** The address a limit counts: the client's, IPv6 grouped by /56 as one household or office is. */
export function addressKey(ip: string | undefined): string {
  return ipKeyGenerator(ip ?? "unknown");
}

/**
 * The per-address limits, from the configuration. Counters live in memory, or in Redis when
 * REDIS_URL is set so that every process behind one address counts the same hits.
 */
export class AddressLimits {
  private readonly redis?: Redis;
  readonly refusals: RefusalLog;

  constructor(
    private readonly config: ServerConfig,
    log?: (line: string) => void,
  ) {
    this.refusals = new RefusalLog(log);
    if (config.REDIS_URL) this.redis = new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 });
  }

  get windowMs(): number {
    return this.config.LIMIT_WINDOW_SECONDS * 1000;
  }

  private store(name: LimitName): Store {
    if (!this.redis) return new MemoryStore();
    const redis = this.redis;
    return new RedisStore({ prefix: `sgp:limit:${name}:`, sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<never> });
  }

  /** One limit as express middleware; a refusal answers 429 with the platform's error shape. */
  limiter(name: LimitName, limit: number, options: Partial<Options> = {}): RateLimitRequestHandler & { store: Store } {
    const store = this.store(name);
    const handler = rateLimit({
      windowMs: this.windowMs,
      limit,
      store,
      standardHeaders: "draft-8",
      legacyHeaders: false,
      keyGenerator: (req: Request) => addressKey(req.ip),
      handler: (req: Request, res: Response) => {
        this.refusals.note(name, addressKey(req.ip));
        sendError(res, req, new ServiceError(429, "request.rate_limited"));
      },
      ...options,
    });
    return Object.assign(handler, { store });
  }

  async close(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}

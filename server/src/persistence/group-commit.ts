import type { Storage, Write } from "./storage.ts";

interface Batch {
  writes: Write[];
  done: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const done = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  done.catch(() => undefined); // a failure is handled by whoever waits on the writes
  return { writes: [], done, resolve, reject };
}

/**
 * Group commit: the writes of every room during one event-loop turn go to the database in one
 * transaction, after the turn; each write's promise resolves once that transaction has committed
 * (so an input is acknowledged only once it is logged). While a commit is under way (PostgreSQL
 * answers asynchronously), new writes gather into the next group.
 */
export class GroupCommit {
  private next?: Batch;
  private committing = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(private readonly storage: Pick<Storage, "commit">) {}

  write(write: Write): Promise<void> {
    if (!this.next) {
      this.next = newBatch();
      setImmediate(() => this.flush());
    }
    this.next.writes.push(write);
    return this.next.done;
  }

  /** Resolves once every write made so far has been committed (or has failed). */
  async drain(): Promise<void> {
    while (this.next || this.committing) await Promise.all([this.next?.done.catch(() => undefined), this.idle]);
  }

  private flush(): void {
    const batch = this.next;
    if (this.committing || !batch) return;
    this.next = undefined;
    this.committing = true;
    this.idle = this.storage
      .commit(batch.writes)
      .then(batch.resolve, batch.reject)
      .finally(() => {
        this.committing = false;
        this.flush();
      });
  }
}

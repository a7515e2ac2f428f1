/**
 * Values handed from a producer to a consumer by number, in whatever order each side gets to them.
 * `put` resolves once its value is taken, so a producer that awaits it holds no more than the
 * consumer is about to take (the worker pool's look-ahead bounds that). A producer's failure is
 * passed on to every `take` waiting or still to come.
 */
export class Handoff<T> {
  private readonly ready = new Map<number, { value: T; taken: () => void }>();
  private readonly waiting = new Map<number, { resolve: (value: T) => void; reject: (error: unknown) => void }>();
  private failure: { error: unknown } | undefined;

  put(index: number, value: T): Promise<void> {
    return new Promise((taken) => {
      const waiter = this.waiting.get(index);
      if (!waiter) {
        this.ready.set(index, { value, taken });
        return;
      }
      this.waiting.delete(index);
      waiter.resolve(value);
      taken();
    });
  }

  /** Is the value there to take without waiting? */
  has(index: number): boolean {
    return this.ready.has(index);
  }

  take(index: number): Promise<T> {
    const ready = this.ready.get(index);
    if (ready) {
      this.ready.delete(index);
      ready.taken();
      return Promise.resolve(ready.value);
    }
    if (this.failure) return Promise.reject(this.failure.error);
    return new Promise((resolve, reject) => this.waiting.set(index, { resolve, reject }));
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  /** Throws the producer's failure, if it had one. */
  check(): void {
    if (this.failure) throw this.failure.error;
  }
}

/**
 * Runs a task when woken, never two at once, and at most once per `minIntervalMs`: wakes
 * that arrive while a run is in progress, or too soon after one, collapse into a single
 * later run. A wake after a quiet period runs at once, so a lone event is not delayed;
 * under a stream of wakes each run finds more work waiting and handles it together.
 */
export class CoalescingRunner {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wakeAgain = false;
  private stopped = false;
  private lastStartedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly minIntervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  wake(): void {
    if (this.stopped || this.timer) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    const wait = this.lastStartedAt + this.minIntervalMs - this.now();
    if (wait > 0) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.start();
      }, wait);
      return;
    }
    this.start();
  }

  /** Stops waking and waits for a run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** The run in progress, if any (settles when it ends; never rejects). */
  get current(): Promise<void> | null {
    return this.running;
  }

  private start(): void {
    if (this.stopped) return;
    this.lastStartedAt = this.now();
    this.running = this.task()
      .catch(() => undefined) // the task reports its own failures; a failed run is retried on the next wake
      .finally(() => {
        this.running = null;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }
}

import { CoalescingRunner } from './coalescing-runner';

describe('CoalescingRunner', () => {
  let clock = 0;
  beforeEach(() => {
    jest.useFakeTimers();
    clock = 1_000_000;
  });
  afterEach(() => jest.useRealTimers());

  const flush = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  function setup() {
    const finishers: (() => void)[] = [];
    let runs = 0;
    const runner = new CoalescingRunner(
      () => {
        runs++;
        return new Promise<void>((resolve) => finishers.push(resolve));
      },
      100,
      () => clock,
    );
    const finish = async () => {
      finishers.shift()!();
      await flush();
    };
    const advance = async (ms: number) => {
      clock += ms;
      jest.advanceTimersByTime(ms);
      await flush();
    };
    return { runner, finish, advance, runs: () => runs };
  }

  it('runs at once after a quiet period', () => {
    const { runner, runs } = setup();
    runner.wake();
    expect(runs()).toBe(1);
  });

  it('collapses wakes during a run into one run, no sooner than the interval after the last start', async () => {
    const { runner, finish, advance, runs } = setup();
    runner.wake();
    runner.wake();
    runner.wake();
    await advance(30);
    await finish();
    expect(runs()).toBe(1); // 30 ms after the first start: waits the remaining 70 ms
    await advance(69);
    expect(runs()).toBe(1);
    await advance(1);
    expect(runs()).toBe(2);
    await finish();
    await advance(1000);
    expect(runs()).toBe(2); // nothing woke it since
  });

  it('delays a wake that comes too soon after a run, and merges the wakes that follow', async () => {
    const { runner, finish, advance, runs } = setup();
    runner.wake();
    await finish();
    await advance(10);
    runner.wake();
    runner.wake();
    expect(runs()).toBe(1);
    await advance(90);
    expect(runs()).toBe(2);
  });

  it('keeps going after a failed run and stops cleanly', async () => {
    let calls = 0;
    const runner = new CoalescingRunner(async () => {
      calls++;
      throw new Error('boom');
    }, 0);
    runner.wake();
    await flush();
    runner.wake();
    await flush();
    expect(calls).toBe(2);
    await runner.stop();
    runner.wake();
    expect(calls).toBe(2);
  });
});

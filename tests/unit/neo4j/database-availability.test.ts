import { ErrorCode } from '../../../src/errors/error-codes';
import { ParleyError } from '../../../src/errors/parley.error';
import { DatabaseAvailability, type Probe } from '../../../src/neo4j/database-availability';

const unavailable = () => new ParleyError(ErrorCode.DatabaseUnavailable, 'connection refused');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A probe whose answer the test sets; counts its runs. */
function fakeProbe(): Probe & { up: boolean; runs: number } {
  const probe = {
    up: true,
    runs: 0,
    run: async () => {
      probe.runs++;
      if (!probe.up) throw new Error('no answer');
    },
    close: async () => undefined,
  };
  return probe;
}

function availabilityWith(probe: Probe) {
  return new DatabaseAvailability(probe, { uri: 'bolt://db:7687', checkAfterMs: 30, probeEveryMs: 10 });
}

describe('DatabaseAvailability', () => {
  it('after a read finds Neo4j away, refuses the next ones without running them, until a probe answers', async () => {
    const probe = fakeProbe();
    const availability = availabilityWith(probe);
    probe.up = false;
    await expect(availability.guard(() => Promise.reject(unavailable()))).rejects.toMatchObject({
      code: ErrorCode.DatabaseUnavailable,
    });
    const run = jest.fn(async () => 1);
    await expect(availability.guard(run)).rejects.toMatchObject({
      code: ErrorCode.DatabaseUnavailable,
      message: expect.stringMatching(/unreachable at bolt:\/\/db:7687/),
    });
    expect(run).not.toHaveBeenCalled();
    probe.up = true;
    while (!availability.available) await sleep(5);
    await expect(availability.guard(run)).resolves.toBe(1);
    await availability.close();
  });

  it('fails a slow read at once when the probe it triggers gets no answer', async () => {
    const probe = fakeProbe();
    probe.up = false;
    const availability = availabilityWith(probe);
    let aborted = false;
    const started = Date.now();
    await expect(
      availability.guard(async (signal) => {
        // a read that would take 2 s unless cut short
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, 2000);
          signal.addEventListener('abort', () => {
            aborted = true;
            clearTimeout(timer);
            resolve(undefined);
          });
        });
        return 1;
      }),
    ).rejects.toMatchObject({ code: ErrorCode.DatabaseUnavailable });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(aborted).toBe(true);
    await availability.close();
  });

  it('runs no probe once closed, though a read in flight is slow and then fails as the driver closes', async () => {
    const probe = fakeProbe();
    const availability = availabilityWith(probe);
    await availability.close();
    await expect(
      availability.guard(async () => {
        await sleep(60); // past checkAfterMs: the watchdog asks for a check
        throw unavailable(); // and a failure would schedule probes every probeEveryMs
      }),
    ).rejects.toMatchObject({ code: ErrorCode.DatabaseUnavailable });
    await sleep(50);
    expect(probe.runs).toBe(0);
  });

  it('lets a slow read finish when the probe answers', async () => {
    const probe = fakeProbe();
    const availability = availabilityWith(probe);
    await expect(availability.guard(() => sleep(100).then(() => 'done'))).resolves.toBe('done');
    expect(probe.runs).toBe(1);
    expect(availability.available).toBe(true);
    await availability.close();
  });

  it('refuses reads while the recovery work runs, then serves', async () => {
    const probe = fakeProbe();
    const availability = availabilityWith(probe);
    let finish!: () => void;
    availability.onRecovery(() => new Promise<void>((resolve) => (finish = resolve)));
    availability.observe(unavailable());
    while (!finish) await sleep(5);
    await expect(availability.guard(async () => 1)).rejects.toMatchObject({
      code: ErrorCode.DatabaseUnavailable,
      details: { state: 'recovering' },
    });
    finish();
    while (!availability.available) await sleep(5);
    await expect(availability.guard(async () => 2)).resolves.toBe(2);
    await availability.close();
  });
});

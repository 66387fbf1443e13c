// CPU time of this process and of the Neo4j JVM (all threads, or its JIT compiler threads), read from /proc.
import fs from 'node:fs';
import os from 'node:os';

/** The CPU seconds (user and system) in a /proc stat file, and the thread or process name it gives. */
function statCpu(file: string): { name: string; seconds: number } {
  const stat = fs.readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
    seconds: (Number(fields[11]) + Number(fields[12])) / 100, // USER_HZ on Linux
  };
}

/** A reader of some CPU seconds, if this system has /proc to read them from. */
function cpuReader(read: () => number): (() => number) | undefined {
  try {
    read();
    return read;
  } catch {
    return undefined;
  }
}

/** CPU seconds the JVM's JIT compiler threads (C1, C2) have used so far. */
export const compilerCpu = (pid: number) =>
  cpuReader(() => {
    let total = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      try {
        const { name, seconds } = statCpu(`/proc/${pid}/task/${task}/stat`);
        if (/^C\d CompilerThre/.test(name)) total += seconds;
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return total;
  });

/** CPU seconds a process has used so far, all its threads. */
export const processCpu = (pid: number) => cpuReader(() => statCpu(`/proc/${pid}/stat`).seconds);

/** This process's CPU seconds so far, all threads. */
export const ownCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** The machine's load averages (1, 5, 15 min) as printed beside every figure a bench gives. */
export const loadAverage = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

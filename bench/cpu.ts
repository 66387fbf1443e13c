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

/** The pid of the process listening on a local TCP port (a Neo4j the bench did not start), if /proc can tell. */
export function listenerPid(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      // local address "HEX_IP:HEX_PORT", state 0A = LISTEN, inode in column 10
      if (f.length > 9 && f[3] === '0A' && parseInt(f[1]!.split(':')[1]!, 16) === port) inodes.add(f[9]!);
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(pid);
      } catch {
        // the descriptor closed between the listing and the read
      }
    }
  }
  return undefined;
}

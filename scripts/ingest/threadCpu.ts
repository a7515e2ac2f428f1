/**
 * CPU seconds (user + system) used so far by the calling thread, from Linux's /proc/thread-self
 * (undefined elsewhere). For bench:scale on a shared machine: the busiest thread's CPU time is what
 * the run would take with a core to each thread, whatever the neighbours were doing.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function threadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces, so split after its closing paren).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

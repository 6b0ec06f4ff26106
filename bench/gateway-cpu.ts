import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** The pid of the process listening on the URL's port on this machine (Linux `ss`). */
export function pidListeningOn(url: string): number {
  const port = new URL(url).port;
  const listing = execFileSync('ss', ['-Hltnp', `sport = :${port}`]).toString();
  const pid = /pid=(\d+)/.exec(listing)?.[1];
  if (!pid) throw new Error(`no process found listening on :${port}`);
  return Number(pid);
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc. Unlike throughput it does
 * not depend on what else the machine is running, so it compares the two paths even when other
 * work saturates the cores.
 */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) in parentheses; utime and stime are
  // the 14th and 15th fields of the line, the 12th and 13th after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

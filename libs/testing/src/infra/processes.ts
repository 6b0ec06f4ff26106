import { readdirSync, readFileSync } from 'node:fs';

/**
 * Whether `pid` names a running process. A zombie (dead, not yet reaped by its parent) counts as
 * gone: `process.kill(pid, 0)` succeeds on one, so a check built on it passes for a killed child.
 */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state follows the command name, which is in parentheses and may itself hold spaces.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Pids of running processes whose command line or environment holds `text` (this user's only). */
export function processesMentioning(text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if ((cmdline.includes(text) || environ.includes(text)) && isRunning(pid)) found.push(pid);
    } catch {
      // Gone meanwhile, or another user's process: neither is ours.
    }
  }
  return found;
}

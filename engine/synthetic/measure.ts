/**
 * Measuring a command the way the benchmark needs: wall-clock time, and the peak memory of the whole
 * process tree (the build's Node process plus the Pagefind and esbuild binaries it starts), sampled
 * from /proc. `/usr/bin/time` or `getrusage` would give the largest single process instead, which
 * misses Pagefind's own memory while Node holds the site model.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const PAGE = 4096;

/** Resident memory (bytes) of `pid` and all its descendants, now; 0 where /proc is not available. */
export function treeRss(pid: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const e of entries) {
    try {
      const stat = readFileSync(`/proc/${e}/stat`, "utf8");
      // Fields after the command name (which may hold spaces) start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      const p = Number(e);
      rss.set(p, Number(fields[21]) * PAGE);
      (children.get(ppid) ?? children.set(ppid, []).get(ppid)!).push(p);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

export interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock time from start to exit, ms. */
  ms: number;
  /** Highest sampled resident memory of the process and its descendants, bytes. */
  peakRss: number;
  /**
   * CPU time (user + system) of the process and the descendants it waited for, ms, from GNU time when
   * it is installed. Less disturbed than wall-clock time by other work on the machine.
   */
  cpuMs?: number;
}

const GNU_TIME = "/usr/bin/time";

/** Runs a command, sampling its process tree's memory every `every` ms. */
export function runMeasured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; every?: number } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timed = executable(GNU_TIME);
    const scratch = timed ? mkdtempSync(path.join(os.tmpdir(), "bench-time-")) : "";
    const report = path.join(scratch, "time.txt");
    const [cmd, argv] = timed ? [GNU_TIME, ["-f", "%U %S", "-o", report, command, ...args]] : [command, args];
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let peakRss = 0;
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.every ?? 50);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      let cpuMs: number | undefined;
      if (timed) {
        try {
          const [user, system] = readFileSync(report, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
          if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
        } catch {
          // No report: the command could not be run.
        }
        rmSync(scratch, { recursive: true, force: true });
      }
      resolve({ code, stdout, stderr, ms: performance.now() - started, peakRss, ...(cpuMs !== undefined ? { cpuMs } : {}) });
    });
  });
}

/** Total size in bytes and number of files below a folder. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number; largest: { file: string; bytes: number } }> {
  let bytes = 0;
  let files = 0;
  let largest = { file: "", bytes: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    const size = (await stat(file)).size;
    bytes += size;
    files += 1;
    if (size > largest.bytes && file.endsWith(".html")) largest = { file: path.relative(dir, file), bytes: size };
  }
  return { bytes, files, largest };
}

/** The machine, as the README reports it: cores, memory, CPU model, Node version. */
export function machine(): { cores: number; memoryGB: number; cpu: string; node: string; platform: string } {
  let cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  cpu = cpu.replace(/\s+/g, " ");
  return { cores: os.availableParallelism?.() ?? os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30), cpu, node: process.version, platform: `${os.type()} ${os.release()}` };
}

/** True when `file` exists and is executable by someone. */
export function executable(file: string): boolean {
  try {
    return (statSync(file).mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

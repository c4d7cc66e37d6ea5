/** Runs the real build command (`engine/cli/build.ts` under tsx), as `npm run build` does. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ROOT } from "./sites.ts";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "engine/cli/build.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, SITE_URL: "", PATH_PREFIX: "", ...env },
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

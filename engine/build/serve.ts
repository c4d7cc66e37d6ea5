/**
 * `npm start`: serves `_site/` with live reload, and rebuilds when content, seeds, layouts or the
 * engine change. Each rebuild runs in a fresh process so that edited modules are read again.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";

export async function serve(options: { root: string; outDir: string; port: number }): Promise<void> {
  const prefix = process.env.PATH_PREFIX ?? "/";
  const server = EleventyDevServer.getServer("archive", options.outDir, { port: options.port, pathPrefix: prefix, domDiff: false });
  server.serve(options.port);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const rebuild = () => {
    if (running) return void (timer = setTimeout(rebuild, 200));
    running = true;
    const child = spawn(process.execPath, [...process.execArgv, path.join(options.root, "engine/cli/build.ts"), "--out", options.outDir], { stdio: "inherit", env: process.env });
    child.on("exit", (code) => {
      running = false;
      if (code === 0) server.reload({});
    });
  };
  for (const dir of ["content", "seeds", "layouts", "engine"]) {
    watch(path.join(options.root, dir), { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, 150);
    });
  }
  console.log(`Watching content/, seeds/, layouts/ and engine/ for changes.`);
}

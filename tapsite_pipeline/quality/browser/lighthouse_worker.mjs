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
const lhModule = (...parts) => pathToFileURL(join(nodeModules, 'lighthouse', 'core', ...parts)).href;
const {default: lighthouse} = await import(lhModule('index.js'));
const {pageFunctions} = await import(lhModule('lib', 'page-functions.js'));
const constants = await import(lhModule('config', 'constants.js'));

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

// CPU calibration (Lighthouse docs, throttling.md, "calibrating multipliers"): the default 4x slowdown turns a
// high-end desktop into a mid-tier phone, so on a slower or busier host it emulates a slower phone than
// intended and the simulated TBT of a static page swings with the machine. With opts.cpuTargetIndex set,
// each audit's multiplier is host benchmark index / target (between 1 and the default 4), the host index
// being the lowest of the last three measured (one by this worker at start, then each audit's own). The
// lowest, not the median: a host busy in bursts is as slow as its busy moments, and a repeat after a
// run slowed by a burst then simulates with that run's index instead of repeating the same overshoot.
const DEFAULT_THROTTLING = constants.throttling.mobileSlow4G;
const recentIndex = [];
function calibrationIndex() {
  return opts.cpuTargetIndex && recentIndex.length ? Math.min(...recentIndex) : null;
}
function cpuMultiplier(index) {
  if (index === null) return DEFAULT_THROTTLING.cpuSlowdownMultiplier;
  const m = index / opts.cpuTargetIndex;
  return Math.round(Math.min(DEFAULT_THROTTLING.cpuSlowdownMultiplier, Math.max(1, m)) * 10) / 10;
}
function remember(index) {
  if (!Number.isFinite(index) || index <= 0) return;
  recentIndex.push(index);
  if (recentIndex.length > 3) recentIndex.shift();
}
async function measureHostIndex() {   // in the audited Chromium, as Lighthouse measures it (Node's V8 differs)
  const {default: puppeteer} = await import(pathToFileURL(join(nodeModules, 'puppeteer-core', 'lib', 'esm',
    'puppeteer', 'puppeteer-core.js')).href);
  const browser = await puppeteer.connect({browserURL: `http://127.0.0.1:${port}`});
  try {
    const page = await browser.newPage();
    try {
      return await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`);
    } finally { await page.close(); }
  } finally { await browser.disconnect(); }
}
function configFor(multiplier) {
  const settings = {...(opts.settings || {})};
  if (opts.cpuTargetIndex) {
    settings.throttling = {...DEFAULT_THROTTLING, ...(settings.throttling || {}), cpuSlowdownMultiplier: multiplier};
  }
  return {extends: 'lighthouse:default', settings};
}
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
  // the audits a busy CPU cannot move, by id (null: not applicable; an id this Lighthouse lacks is left out)
  const loadFree = {};
  for (const id of opts.loadFreeAudits || []) if (lhr.audits[id]) loadFree[id] = lhr.audits[id].score;
  return {categories, metrics, failed, loadFree, runtimeError: lhr.runtimeError?.message || null,
          warnings: lhr.runWarnings || [], benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
          cpuMultiplier: lhr.configSettings?.throttling?.cpuSlowdownMultiplier ?? null};
}

if (opts.cpuTargetIndex) {
  try { remember(await measureHostIndex()); } catch (err) { process.stderr.write(`calibration: ${err}\n`); }
}
process.stdout.write(JSON.stringify({ready: true, port, hostIndex: recentIndex[0] ?? null}) + '\n');
const rl = createInterface({input: process.stdin});
for await (const line of rl) {
  if (!line.trim()) continue;
  const job = JSON.parse(line);
  const t0 = Date.now();
  let out;
  const index = calibrationIndex();
  try {
    const result = await lighthouse(job.url, {port, output: 'json', logLevel: 'error'},
                                    configFor(cpuMultiplier(index)));
    out = {id: job.id, ok: !result.lhr.runtimeError, ...summarise(result.lhr), calibrationIndex: index};
    remember(out.benchmarkIndex);
  } catch (err) {
    out = {id: job.id, ok: false, error: String(err && err.message || err)};
  }
  out.ms = Date.now() - t0;
  process.stdout.write(JSON.stringify(out) + '\n');
}
process.exit(0);

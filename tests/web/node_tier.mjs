#!/usr/bin/env node
/*
 * The Node tier: every case of render.php (the hostile corpus in every field
 * of postcheckout and of the cart and profile events, plus seeded random
 * strings), checked without a browser.
 *
 * For each snippet: the bytes are exactly what the contract says; a page that
 * holds it (in <body>, and in <head>) tokenizes with parse5 into exactly one
 * extra element, a <script> whose text is the snippet's body; the body holds
 * no </script, <!-- or <script (nor anything else the escaping removes); the
 * body, run by vm in a fresh context with window = {}, pushes exactly the
 * expected (trimmed) data and touches nothing else; the JSON in it parses to
 * the same data. For invalid input: a ValidationException at an invalid field.
 * Any PHP warning, echo, other exception or crash is a failure.
 *
 *   node node_tier.mjs [--random=N] [--seed=S] [--verbose]
 *   env: FLOCKTORY_EXT (default ../../modules/flocktory.so), PHP (default php),
 *        FLOCKTORY_EDITION=php (the PHP edition, polyfill/bootstrap.php, instead)
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import {isMainThread, parentPort, Worker} from 'node:worker_threads';
import {parse} from 'parse5';

const here = path.dirname(fileURLToPath(import.meta.url));
vm.runInThisContext(fs.readFileSync(path.join(here, 'www/contract.js'), 'utf8'), {filename: 'contract.js'});
const C = globalThis.FlocktoryContract;

const opts = Object.fromEntries(process.argv.slice(2).map((a) => {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (!m) throw new Error('unknown argument ' + a);
  return [m[1], m[2] ?? true];
}));
const ext = process.env.FLOCKTORY_EXT || path.resolve(here, '../../modules/flocktory.so');
const php = process.env.PHP || 'php';
// FLOCKTORY_EDITION=php: the PHP edition (polyfill/bootstrap.php) instead of the extension.
const edition = process.env.FLOCKTORY_EDITION === 'php' ? 'php' : 'ext';
const load = edition === 'php' ? 'auto_prepend_file=' + path.resolve(here, '../../polyfill/bootstrap.php') : 'extension=' + ext;
const editionLabel = edition === 'php' ? ' [PHP edition]' : '';
const random = Number(opts.random ?? 4000);
const seed = Number(opts.seed ?? 20240601);

function elements(node, out = []) {
  for (const child of node.childNodes || []) {
    if (child.tagName) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

function text(node) {
  return (node.childNodes || []).map((n) => (n.nodeName === '#text' ? n.value : '?' + n.nodeName)).join('');
}

/* The snippet in a page, as an HTML parser sees it. */
function parseProblems(snippet, bodyText, nonce, where) {
  const page = where === 'head'
    ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thank you</title>${snippet}</head><body><p id="after">after</p></body></html>`
    : `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thank you</title></head><body><p id="before">Thank you</p>${snippet}<p id="after">after</p></body></html>`;
  const wantTags = where === 'head'
    ? ['html', 'head', 'meta', 'title', 'script', 'body', 'p']
    : ['html', 'head', 'meta', 'title', 'body', 'p', 'script', 'p'];
  const els = elements(parse(page));
  const tags = els.map((e) => e.tagName);
  const out = [];
  out.scriptText = null;
  if (tags.join() !== wantTags.join()) {
    out.push(`${where}: the page parses into elements ${JSON.stringify(tags.slice(0, 20))}, want ${JSON.stringify(wantTags)}`);
  }
  const scripts = els.filter((e) => e.tagName === 'script');
  if (scripts.length !== 1) return out.concat(`${where}: ${scripts.length} script elements, want 1`);
  const s = scripts[0];
  out.scriptText = text(s);
  const attrs = s.attrs.map((a) => `${a.name}=${a.value}`).join(' ');
  const wantAttrs = 'type=text/javascript' + (nonce == null ? '' : ' nonce=' + nonce);
  if (attrs !== wantAttrs) out.push(`${where}: script attributes ${JSON.stringify(attrs)}, want ${JSON.stringify(wantAttrs)}`);
  if (s.childNodes.length !== 1 || s.childNodes[0].nodeName !== '#text' || s.childNodes[0].value !== bodyText) {
    const d = C.diff(text(s), bodyText, 'script text');
    out.push(`${where}: the script element's text is not the snippet's body: ${d || 'node structure'}`);
  }
  const after = els.find((e) => e.attrs.some((a) => a.name === 'id' && a.value === 'after'));
  if (!after || text(after) !== 'after') out.push(`${where}: the markup after the snippet did not survive`);
  return out;
}

function runProblems(bodyText, event, expected, id) {
  const window = {};
  const context = vm.createContext({window});
  try {
    vm.runInContext(bodyText, context, {timeout: 2000, filename: id});
  } catch (e) {
    return [`evaluating the body threw ${e && e.name}: ${String(e && e.message).slice(0, 200)}`];
  }
  const out = [];
  const globals = Object.keys(context);
  if (globals.join() !== 'window') out.push(`the body left globals ${JSON.stringify(globals)}`);
  if (Object.keys(window).join() !== 'flocktory') out.push(`window has keys ${JSON.stringify(Object.keys(window))}`);
  const q = window.flocktory;
  if (!Array.isArray(q) || q.length !== 1) return out.concat(`window.flocktory is not an array of one entry`);
  const d = C.diff(q[0], [event, expected], 'window.flocktory[0]');
  if (d) out.push('pushed data: ' + d);
  return out;
}

function snippetProblems(snippet, event, expected, nonce, id) {
  const out = [];
  const want = C.snippet(expected, nonce, event);
  if (snippet !== want) {
    const d = C.diff(snippet, want, 'snippet');
    out.push('not the contract\'s bytes: ' + d);
  }
  const open = C.openTag(nonce);
  if (!snippet.startsWith(open) || !snippet.endsWith('</script>')) {
    return out.concat('the snippet does not start with ' + open + ' and end with </script>');
  }
  const bodyText = snippet.slice(open.length, -'</script>'.length);
  out.push(...C.bodyProblems(bodyText));
  /* In <head> too, but the big ones only once (parse5 is slow on megabytes). */
  const inBody = parseProblems(snippet, bodyText, nonce, 'body');
  out.push(...inBody);
  if (snippet.length < 32768) out.push(...parseProblems(snippet, bodyText, nonce, 'head'));
  /* Run what the parser put in the element, as a browser would. */
  out.push(...runProblems(inBody.scriptText ?? bodyText, event, expected, id));
  const head = '\nwindow.flocktory = window.flocktory || [];\nwindow.flocktory.push(["' + event + '",';
  const m = bodyText.startsWith(head) && bodyText.endsWith(']);\n') ? [null, bodyText.slice(head.length, -4)] : null;
  if (!m) {
    out.push(`the push line is not window.flocktory.push(["${event}",…]);`);
  } else {
    try {
      const d = C.diff(JSON.parse(m[1]), expected, 'payload as JSON');
      if (d) out.push(d);
    } catch (e) {
      out.push('the payload is not JSON: ' + e.message);
    }
  }
  return out;
}

/* The outcome against the contract; the same rules as judge() in lib/cases.php. */
function outcomeProblems(c) {
  const g = c.got;
  if (g.warnings.length) return ['PHP reported: ' + g.warnings.join(' | ')];
  if (g.error) return [g.error];
  if (c.expect.data) {
    if (!('snippet' in g)) return [`valid input threw ValidationException at ${g.exception.field}: ${g.exception.message}`];
    return snippetProblems(g.snippet, c.event, c.expect.data, c.nonce, c.id);
  }
  if ('snippet' in g) return [`invalid input (${c.expect.invalid.join(', ')}) was accepted: ${g.snippet.slice(0, 300)}`];
  const f = g.exception.field;
  if (!c.expect.invalid.includes(f)) return [`ValidationException at ${f}, want one of ${c.expect.invalid.join(', ')}`];
  if (!g.exception.message.startsWith(f + ': ')) return [`the message does not start with "${f}: ": ${g.exception.message}`];
  return [];
}

/* Workers check cases; the main thread runs render.php and counts. */
if (!isMainThread) {
  parentPort.on('message', (batch) => {
    parentPort.postMessage(batch.map(([seq, line]) => {
      const c = JSON.parse(line);
      let problems;
      try {
        problems = outcomeProblems(c);
      } catch (e) {
        problems = ['the checker threw: ' + (e && e.stack)];
      }
      return {seq, id: c.id, src: c.src, invalid: !!c.expect.invalid, problems};
    }));
  });
} else {
  await main();
}

async function main() {
  const started = Date.now();
  const child = spawn(php, ['-n', '-d', load, '-d', 'memory_limit=1G', '-d', 'error_reporting=-1',
    '-d', 'display_errors=stderr', path.join(here, 'render.php'), `--random=${random}`, `--seed=${seed}`],
    {stdio: ['ignore', 'pipe', 'pipe']});
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({code, signal})));

  const nWorkers = Math.max(2, Math.min(4, os.availableParallelism ? os.availableParallelism() : os.cpus().length));
  const workers = [];
  let total = 0, corpus = 0, rnd = 0, rejected = 0, rendered = 0, end = null, inFlight = 0, checked = 0;
  const failures = [];
  let allChecked;
  const done = new Promise((resolve) => { allChecked = resolve; });
  let reading = true;
  for (let i = 0; i < nWorkers; i++) {
    const w = new Worker(fileURLToPath(import.meta.url), {argv: process.argv.slice(2)});
    w.on('message', (results) => {
      for (const r of results) {
        checked++;
        if (r.problems.length) failures.push(r);
        else if (r.invalid) rejected++;
        else rendered++;
      }
      inFlight -= results.length;
      if (inFlight < 100 && child.stdout.isPaused()) child.stdout.resume();
      if (!reading && inFlight === 0) allChecked();
    });
    w.on('error', (e) => { failures.push({seq: -1, id: 'worker', src: '', problems: [String(e && e.stack)]}); inFlight = 0; allChecked(); });
    workers.push(w);
  }

  /* Lines go to the workers in small batches (large lines alone), round robin. */
  let batch = [], batchBytes = 0, next = 0;
  const flush = () => {
    if (!batch.length) return;
    inFlight += batch.length;
    workers[next++ % nWorkers].postMessage(batch);
    batch = [];
    batchBytes = 0;
    if (inFlight > 400) child.stdout.pause();
  };
  for await (const line of readline.createInterface({input: child.stdout, crlfDelay: Infinity})) {
    if (line.startsWith('{"end":')) { end = JSON.parse(line).end; continue; }
    const src = /"src":"([^"]*)"/.exec(line);
    if (src && src[1].startsWith('corpus:')) corpus++; else rnd++;
    batch.push([total++, line]);
    batchBytes += line.length;
    if (batch.length >= 32 || batchBytes > 1 << 18) flush();
  }
  flush();
  reading = false;
  if (inFlight === 0) allChecked();
  await done;
  await Promise.all(workers.map((w) => w.terminate()));

  const {code, signal} = await exited;
  const fail = (why) => failures.push({seq: Infinity, id: 'render.php', src: 'the generator', problems: [why]});
  if (code !== 0 || signal) fail(`exited with ${signal || code}: ${stderr.slice(0, 2000)}`);
  else if (stderr) fail('wrote to stderr: ' + stderr.slice(0, 2000));
  if (end !== total) fail(`output ended after ${total} cases (end marker ${end})`);
  if (checked !== total) fail(`${checked} of ${total} cases checked`);
  if (total === 0) fail('no cases');

  failures.sort((a, b) => a.seq - b.seq);
  const show = opts.verbose ? failures.length : 20;
  for (const f of failures.slice(0, show)) {
    console.log(`FAIL ${f.id} (${f.src}):\n  ${f.problems.map((p) => p.slice(0, 600)).join('\n  ')}`);
  }
  if (failures.length > show) console.log(`… ${failures.length - show} more failures (--verbose shows all)`);
  console.log(`node tier${editionLabel}: ${total} cases (${corpus} corpus, ${rnd} random), ${rejected} rejected as invalid by contract, ` +
    `${failures.length} failures` + (opts.verbose ? ` [${rendered} rendered and checked, ${nWorkers} workers, ` +
    `${((Date.now() - started) / 1000).toFixed(1)} s]` : ''));
  process.exitCode = failures.length ? 1 : 0;
}

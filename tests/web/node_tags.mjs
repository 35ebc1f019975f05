#!/usr/bin/env node
/*
 * The Node tier for the tags: every case of render_tags.php (the hostile
 * corpus and seeded random strings in every attribute field). For each tag,
 * a page that holds it parses with parse5 into exactly one extra element, a
 * <div class="i-flocktory"> with no children, whose attributes are exactly
 * class and the expected ones, in order, each value equal to the validated
 * (trimmed) input; the markup after it survives. Invalid input must be a
 * ValidationException at one of the invalid fields. Any warning is a failure.
 *
 *   node node_tags.mjs [--random=N] [--seed=S]
 *   env: FLOCKTORY_EXT, PHP, FLOCKTORY_WEB_BREAK (see lib/break.php),
 *        FLOCKTORY_EDITION=php (the PHP edition, polyfill/bootstrap.php, instead)
 */
import {spawn} from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import {fileURLToPath} from 'node:url';
import {parse} from 'parse5';

const here = path.dirname(fileURLToPath(import.meta.url));
const opts = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const ext = process.env.FLOCKTORY_EXT || path.resolve(here, '../../modules/flocktory.so');
const php = process.env.PHP || 'php';
// FLOCKTORY_EDITION=php: the PHP edition (polyfill/bootstrap.php) instead of the extension.
const edition = process.env.FLOCKTORY_EDITION === 'php' ? 'php' : 'ext';
const load = edition === 'php' ? 'auto_prepend_file=' + path.resolve(here, '../../polyfill/bootstrap.php') : 'extension=' + ext;
const editionLabel = edition === 'php' ? ' [PHP edition]' : '';

function elements(node, out = []) {
  for (const child of node.childNodes || []) {
    if (child.tagName) {
      out.push(child);
      elements(child, out);
    }
  }
  return out;
}

function tagProblems(tag, attrs) {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><p id="before">x</p>${tag}<p id="after">after</p></body></html>`;
  const els = elements(parse(page));
  const tags = els.map((e) => e.tagName).join();
  const out = [];
  if (tags !== 'html,head,meta,title,body,p,div,p') return [`the page parses into ${tags}`];
  const div = els[6];
  if (div.childNodes.length) out.push('the div has children');
  const got = div.attrs.map((a) => [a.name, a.value]);
  const want = [['class', 'i-flocktory'], ...attrs];
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    out.push(`attributes ${JSON.stringify(got).slice(0, 400)}, want ${JSON.stringify(want).slice(0, 400)}`);
  }
  if (els[7].attrs.map((a) => a.value).join() !== 'after' || els[7].childNodes[0]?.value !== 'after') {
    out.push('the markup after the tag did not survive');
  }
  return out;
}

function problems(c) {
  const g = c.got;
  if (g.warnings.length) return ['PHP reported: ' + g.warnings.join(' | ')];
  if (g.error) return [g.error];
  if (c.expect.attrs) {
    if (!('tag' in g)) return [`valid input threw at ${g.exception.field}: ${g.exception.message}`];
    return tagProblems(g.tag, c.expect.attrs);
  }
  if ('tag' in g) return [`invalid input (${c.expect.invalid}) was accepted: ${g.tag.slice(0, 200)}`];
  const f = g.exception.field;
  if (!c.expect.invalid.includes(f) || !g.exception.message.startsWith(f + ': ')) return [`ValidationException at ${f}`];
  return [];
}

const child = spawn(php, ['-n', '-d', load, '-d', 'memory_limit=1G', '-d', 'error_reporting=-1',
  '-d', 'display_errors=stderr', path.join(here, 'render_tags.php'), `--random=${opts.random ?? 2000}`,
  `--seed=${opts.seed ?? 20240601}`], {stdio: ['ignore', 'pipe', 'pipe']});
let stderr = '';
child.stderr.on('data', (d) => { stderr += d; });
const exited = new Promise((resolve) => child.on('close', (code) => resolve(code)));
let total = 0, rejected = 0, end = null;
const failures = [];
for await (const line of readline.createInterface({input: child.stdout, crlfDelay: Infinity})) {
  const c = JSON.parse(line);
  if ('end' in c) { end = c.end; continue; }
  total++;
  const p = problems(c);
  if (p.length) failures.push(`FAIL ${c.id} (${c.src}):\n  ${p.join('\n  ')}`);
  else if (c.expect.invalid) rejected++;
}
const code = await exited;
if (code !== 0 || stderr) failures.push(`render_tags.php exited with ${code}: ${stderr.slice(0, 1000)}`);
if (end !== total || total === 0) failures.push(`render_tags.php ended after ${total} cases (end marker ${end})`);
failures.slice(0, 20).forEach((f) => console.log(f));
console.log(`node tier (tags)${editionLabel}: ${total} cases, ${rejected} rejected as invalid by contract, ${failures.length} failures`);
process.exitCode = failures.length ? 1 : 0;

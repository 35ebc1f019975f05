/*
 * The checker: the last script of every browser-tier page. It compares what
 * the snippets pushed to window.flocktory with the expected data, checks that
 * the page is exactly the sections the server wrote (one <script> per
 * section, its text the contract's body, nothing injected around it), reads
 * the tripwire, and writes the verdict into <pre id="verdict"> on load.
 */
(function () {
  'use strict';
  var tw = window.__tripwire, C = window.FlocktoryContract, t0 = performance.now();
  var exp = JSON.parse(document.getElementById('expected').textContent);
  var n = exp.cases.length, problems = [], badCases = {}, failures = exp.server.failures.length;
  /* A problem of case k, or of the page (k undefined); failures counts cases and page problems. */
  function pageProblem(s, k) {
    problems.push(s);
    if (k === undefined) failures++;
    else if (!badCases[k]) { badCases[k] = true; failures++; }
  }

  var problem = pageProblem;
  exp.server.failures.forEach(function (f) { problems.push('server: ' + f); });

  var q = window.flocktory;
  if (n > 0 && !Array.isArray(q)) problem('window.flocktory is not an array');
  q = Array.isArray(q) ? q : [];
  if (q.length !== n) problem('window.flocktory has ' + q.length + ' entries, want ' + n);
  var sections = document.querySelectorAll('section');
  if (sections.length !== n) problem(sections.length + ' sections, want ' + n);

  exp.cases.forEach(function (c, k) {
    var where = c.id + ' (' + c.src + '): ';
    function problem(s) { pageProblem(where + s, k); }
    var d = C.diff(q[k], [c.event, c.data], 'window.flocktory[' + k + ']');
    if (d) problem(d);
    var sec = document.getElementById('c' + k);
    if (!sec || sec !== sections[k]) return problem('section c' + k + ' is missing or out of place');
    var kids = sec.childNodes;
    if (kids.length !== 2 || kids[0].nodeName !== 'H2' || kids[1].nodeName !== 'SCRIPT') {
      return problem('the section holds ' + Array.prototype.map.call(kids, function (x) { return x.nodeName; }).join(',') + ', want H2,SCRIPT');
    }
    var s = kids[1];
    if (s.getAttribute('type') !== 'text/javascript' || s.attributes.length !== (c.nonce == null ? 1 : 2) ||
        s.nonce !== (c.nonce == null ? '' : c.nonce)) problem('script attributes are wrong');
    var bd = C.diff(s.text, C.body(c.data, c.event), 'script text');
    if (bd) problem('the parser gave the script a text that is not the contract\'s body: ' + bd);
    C.bodyProblems(s.text).forEach(problem);
    var end = sec.nextSibling;
    if (!end || end.nodeName !== 'I' || end.id !== 'e' + k) problem('the markup after the snippet did not survive');
  });

  var want = {HTML: 1, HEAD: 1, META: 1, TITLE: 1, LINK: 1, BODY: 1, PRE: 1, SECTION: n, H2: n, I: n, SCRIPT: n + 4};
  var okAttrs = {lang: 1, charset: 1, id: 1, 'class': 1, type: 1, nonce: 1, rel: 1, href: 1, src: 1};
  var seen = {};
  Array.prototype.forEach.call(document.getElementsByTagName('*'), function (el) {
    seen[el.nodeName] = (seen[el.nodeName] || 0) + 1;
    Array.prototype.forEach.call(el.attributes, function (a) {
      if (!okAttrs[a.name]) problem('unexpected attribute ' + el.nodeName + ' ' + a.name + '=' + a.value.slice(0, 100));
    });
  });
  Object.keys(want).concat(Object.keys(seen)).forEach(function (tag) {
    if ((seen[tag] || 0) !== (want[tag] || 0)) problem((seen[tag] || 0) + ' ' + tag + ' elements, want ' + (want[tag] || 0));
  });

  function verdict() {
    tw.drain();
    if (tw.scriptsAdded !== n + 3) problem('the parser added ' + tw.scriptsAdded + ' script elements, want ' + (n + 3));
    if (location.href !== tw.href) problem('navigated to ' + location.href);
    if (document.title !== 'flocktory browser tier') problem('the title changed');
    tw.hits.forEach(function (h) { problem('TRIPWIRE ' + h); });
    var p = problems;
    var cases = n + exp.server.rejected + exp.server.failures.length;
    var line = (p.length ? 'FAIL' : 'PASS') + ' page=' + exp.page + ' cases=' + cases + ' rendered=' + n +
      ' rejected=' + exp.server.rejected + ' failures=' + (p.length ? Math.max(1, failures) : 0) + ' injected=' + tw.hits.length +
      ' ms=' + Math.round(t0) + '+' + Math.round(performance.now() - t0);
    var pre = document.getElementById('verdict');
    pre.textContent = line + (p.length ? '\n' + p.slice(0, 40).join('\n') + (p.length > 40 ? '\n… ' + (p.length - 40) + ' more' : '') : '');
    document.body.replaceChildren(pre);
  }
  if (document.readyState === 'complete') verdict();
  else window.addEventListener('load', verdict);
})();

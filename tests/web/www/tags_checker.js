/*
 * The checker of a tag page: each section holds exactly one element, a
 * <div class="i-flocktory"> with no children, whose attributes are exactly
 * class and the expected ones, in order, and getAttribute() of each returns
 * exactly the expected value; the page holds nothing else the server did
 * not write; the tripwire saw nothing run. The verdict goes into
 * <pre id="verdict"> on load, as checker.js writes it.
 */
(function () {
  'use strict';
  var tw = window.__tripwire, t0 = performance.now();
  var exp = JSON.parse(document.getElementById('expected').textContent);
  var n = exp.cases.length, problems = exp.server.failures.map(function (f) { return 'server: ' + f; });
  var failures = exp.server.failures.length, bad = {};
  function problem(s, k) {
    problems.push(s);
    if (k === undefined) failures++;
    else if (!bad[k]) { bad[k] = true; failures++; }
  }
  var sections = document.querySelectorAll('section');
  if (sections.length !== n) problem(sections.length + ' sections, want ' + n);
  exp.cases.forEach(function (c, k) {
    var where = c.id + ' (' + c.src + '): ';
    var sec = document.getElementById('c' + k);
    if (!sec || sec !== sections[k]) return problem(where + 'section c' + k + ' is missing or out of place', k);
    if (sec.childNodes.length !== 1 || sec.firstChild.nodeName !== 'DIV') {
      return problem(where + 'the section holds ' + Array.prototype.map.call(sec.childNodes, function (x) { return x.nodeName; }).join(','), k);
    }
    var div = sec.firstChild, want = [['class', 'i-flocktory']].concat(c.attrs);
    if (div.childNodes.length) problem(where + 'the div has children', k);
    var got = Array.prototype.map.call(div.attributes, function (a) { return [a.name, a.value]; });
    if (JSON.stringify(got) !== JSON.stringify(want)) problem(where + 'attributes ' + JSON.stringify(got).slice(0, 300), k);
    want.forEach(function (a) {
      if (div.getAttribute(a[0]) !== a[1]) problem(where + 'getAttribute(' + a[0] + ') is ' + JSON.stringify(div.getAttribute(a[0])).slice(0, 200), k);
    });
    var end = sec.nextSibling;
    if (!end || end.nodeName !== 'I' || end.id !== 'e' + k) problem(where + 'the markup after the tag did not survive', k);
  });
  var want = {HTML: 1, HEAD: 1, META: 1, TITLE: 1, LINK: 1, BODY: 1, PRE: 1, SECTION: n, DIV: n, I: n, SCRIPT: 3};
  var seen = {};
  Array.prototype.forEach.call(document.getElementsByTagName('*'), function (el) { seen[el.nodeName] = (seen[el.nodeName] || 0) + 1; });
  Object.keys(want).concat(Object.keys(seen)).forEach(function (tag) {
    if ((seen[tag] || 0) !== (want[tag] || 0)) problem((seen[tag] || 0) + ' ' + tag + ' elements, want ' + (want[tag] || 0));
  });
  function verdict() {
    tw.drain();
    if (tw.scriptsAdded !== 2) problem('the parser added ' + tw.scriptsAdded + ' script elements, want 2');
    if (location.href !== tw.href) problem('navigated to ' + location.href);
    tw.hits.forEach(function (h) { problem('TRIPWIRE ' + h); });
    var p = problems, cases = n + exp.server.rejected + exp.server.failures.length;
    var line = (p.length ? 'FAIL' : 'PASS') + ' page=' + exp.page + ' cases=' + cases + ' rendered=' + n +
      ' rejected=' + exp.server.rejected + ' failures=' + (p.length ? Math.max(1, failures) : 0) + ' injected=' + tw.hits.length +
      ' ms=' + Math.round(t0) + '+' + Math.round(performance.now() - t0);
    var pre = document.getElementById('verdict');
    pre.textContent = line + (p.length ? '\n' + p.slice(0, 40).join('\n') : '');
    document.body.replaceChildren(pre);
  }
  if (document.readyState === 'complete') verdict();
  else window.addEventListener('load', verdict);
})();

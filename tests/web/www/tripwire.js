/*
 * The tripwire: the first script of every browser-tier page, before any
 * snippet. Anything injected that runs or that the parser builds flips it:
 * alert/confirm/prompt/print/open, the __pwn() the corpus payloads call, an
 * uncaught error, an error event on any element (img onerror=… fires one),
 * an on* or javascript: attribute, any navigation, and every <script> the
 * parser adds is counted (the checker compares the count with the cases).
 */
(function () {
  'use strict';
  var tw = window.__tripwire = {hits: [], scriptsAdded: 0, href: location.href};
  function hit(kind, detail) {
    tw.hits.push(kind + ': ' + String(detail).slice(0, 200));
  }
  tw.hit = hit;
  window.__pwn = function (x) { hit('__pwn', x); };
  ['alert', 'confirm', 'prompt', 'print', 'open'].forEach(function (name) {
    window[name] = function (x) { hit(name, x); };
  });
  window.onerror = function (msg, src, line, col) {
    hit('onerror', msg + ' at ' + src + ':' + line + ':' + col);
    return true;
  };
  window.addEventListener('error', function (e) {
    if (e.target && e.target !== window) hit('error event', e.target.nodeName + ' ' + (e.target.src || e.target.href || ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) { hit('unhandledrejection', e.reason); });
  document.addEventListener('securitypolicyviolation', function (e) { hit('csp', e.violatedDirective); });
  ['beforeunload', 'pagehide', 'hashchange', 'popstate'].forEach(function (name) {
    window.addEventListener(name, function () { hit('navigation', name); });
  });
  if (window.navigation) {
    window.navigation.addEventListener('navigate', function (e) { hit('navigation', e.destination && e.destination.url); });
  }
  function suspicious(el, name, value) {
    if (/^on/i.test(name)) hit('inline handler', el.nodeName + ' ' + name + '=' + value);
    /* data-* values are inert text (the tags carry names like "javascript:…"). */
    else if (!/^data-/i.test(name) && /^[\s\u0000-\u001f]*j[\s]*a[\s]*v[\s]*a[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t[\s]*:/i.test(value || '')) {
      hit('javascript: URL', el.nodeName + ' ' + name + '=' + value);
    }
  }
  var seenScripts = new WeakSet();
  function added(node) {
    if (node.nodeType !== 1) return;
    var all = [node].concat(Array.prototype.slice.call(node.querySelectorAll('*')));
    all.forEach(function (el) {
      if (el.nodeName === 'SCRIPT' && !seenScripts.has(el)) {
        seenScripts.add(el);
        tw.scriptsAdded++;
      }
      Array.prototype.forEach.call(el.attributes, function (a) { suspicious(el, a.name, a.value); });
    });
  }
  function records(list) {
    list.forEach(function (r) {
      if (r.type === 'attributes') suspicious(r.target, r.attributeName, r.target.getAttribute(r.attributeName));
      else Array.prototype.forEach.call(r.addedNodes, added);
    });
  }
  var observer = new MutationObserver(records);
  observer.observe(document.documentElement, {childList: true, subtree: true, attributes: true});
  tw.drain = function () { records(observer.takeRecords()); };
})();

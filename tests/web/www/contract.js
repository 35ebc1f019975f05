/*
 * The contract of issues 2 and 14, written again in JavaScript for the web
 * tiers: the byte-exact snippet that flocktory_postcheckout() (or a cart or
 * profile function, with its event name) must produce for a payload, and an exact comparison of data (types, key order, every UTF-16
 * code unit). A classic script: the browser pages inline it, node_tier.mjs
 * runs it with vm.runInThisContext. It defines globalThis.FlocktoryContract.
 */
(function (root) {
  'use strict';

  /* JSON.stringify already writes " \ \b \t \n \f \r and the other controls
   * as \u00xx with lowercase digits; the contract adds < > & ' U+2028 U+2029
   * (the data holds no lone surrogates: it comes from valid UTF-8). */
  function jsonString(s) {
    return JSON.stringify(s).replaceAll('<', '\\u003C').replaceAll('>', '\\u003E').replaceAll('&', '\\u0026')
      .replaceAll("'", '\\u0027').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
  }

  function json(v) {
    if (typeof v === 'string') return jsonString(v);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (Array.isArray(v)) return '[' + v.map(json).join(',') + ']';
    return '{' + Object.keys(v).map(function (k) { return jsonString(k) + ':' + json(v[k]); }).join(',') + '}';
  }

  function openTag(nonce) {
    return '<script type="text/javascript"' + (nonce == null ? '' : ' nonce="' + nonce + '"') + '>';
  }

  /* event: "postcheckout" unless given. */
  function body(payload, event) {
    return '\nwindow.flocktory = window.flocktory || [];\nwindow.flocktory.push(["' + (event || 'postcheckout') + '",' +
      json(payload) + ']);\n';
  }

  function snippet(payload, nonce, event) {
    return openTag(nonce) + body(payload, event) + '</script>';
  }

  function show(s, at) {
    return JSON.stringify(s.slice(Math.max(0, at - 30), at + 30));
  }

  /* null when got and want are the same data, else where they first differ. */
  function diff(got, want, path) {
    path = path || '$';
    if (typeof want === 'string' || typeof want === 'number' || typeof want === 'boolean') {
      if (typeof got !== typeof want) return path + ': got ' + typeof got + ', want ' + typeof want;
      if (got === want) return null;
      if (typeof want !== 'string') return path + ': got ' + got + ', want ' + want;
      var i = 0;
      while (i < got.length && i < want.length && got.charCodeAt(i) === want.charCodeAt(i)) i++;
      return path + ': strings differ at code unit ' + i + ' (lengths ' + got.length + '/' + want.length +
        '): got ' + show(got, i) + ', want ' + show(want, i);
    }
    if (Array.isArray(want)) {
      if (!Array.isArray(got)) return path + ': got ' + typeof got + ', want an array';
      if (got.length !== want.length) return path + ': got ' + got.length + ' elements, want ' + want.length;
      for (var j = 0; j < want.length; j++) {
        var d = diff(got[j], want[j], path + '[' + j + ']');
        if (d) return d;
      }
      return null;
    }
    if (got === null || typeof got !== 'object' || Array.isArray(got)) return path + ': got ' + typeof got + ', want an object';
    var gk = Object.keys(got), wk = Object.keys(want);
    if (gk.join('\u0000') !== wk.join('\u0000')) return path + ': keys ' + JSON.stringify(gk) + ', want ' + JSON.stringify(wk);
    for (var k = 0; k < wk.length; k++) {
      var e = diff(got[wk[k]], want[wk[k]], path + '.' + wk[k]);
      if (e) return e;
    }
    return null;
  }

  /* What the body of a script element may not contain: the three sequences
   * that change the HTML tokenizer's state, and (by the escaping rules) any
   * < > & ' U+2028 U+2029 or control character but the three newlines. */
  function bodyProblems(b) {
    var out = [];
    if (/<\/script/i.test(b)) out.push('body contains </script');
    if (/<!--/.test(b)) out.push('body contains <!--');
    if (/<script/i.test(b)) out.push('body contains <script');
    var m = /[<>&'\u2028\u2029]/.exec(b);
    if (m) out.push('body contains an unescaped U+' + m[0].charCodeAt(0).toString(16).toUpperCase() + ' at ' + m.index);
    var c = /[\u0000-\u0009\u000b-\u001f]/.exec(b);
    if (c) out.push('body contains the control character U+' + c[0].charCodeAt(0).toString(16).toUpperCase() + ' at ' + c.index);
    if (b.split('\n').length !== 4) out.push('body holds ' + (b.split('\n').length - 1) + ' newlines, want 3');
    return out;
  }

  root.FlocktoryContract = {json: json, openTag: openTag, body: body, snippet: snippet, diff: diff, bodyProblems: bodyProblems};
})(typeof globalThis !== 'undefined' ? globalThis : this);

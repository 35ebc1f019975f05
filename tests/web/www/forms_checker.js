// The checker of the forms pages (forms.php): captures what each snippet
// pushed onto window.flocktory, compares it with the expected data, and
// writes "PASS|FAIL mode=… cases=N …" and any failure into #verdict.
'use strict';
(function () {
  const snaps = {};
  const failures = [];
  let expected = null;
  const want = (k, which) => JSON.stringify([(expected || (expected = JSON.parse(
    document.getElementById('expected').textContent)))[k][which]]);

  // The queue as it stands, then a fresh page state for the next snippet.
  window.formsSnap = function (k, kind) {
    const q = window.flocktory;
    (snaps[k] = snaps[k] || {})[kind] = q === undefined ? null : JSON.stringify(q);
    window.flocktory = undefined;
  };

  function finish(mode, counts) {
    const cases = Object.keys(expected || JSON.parse(document.getElementById('expected').textContent)).length;
    if (window.__injected) {
      failures.push('injected code ran');
    }
    const parts = Object.entries(counts).map(([k, v]) => `${k}=${v}`).join(' ');
    document.getElementById('verdict').textContent =
      `${failures.length ? 'FAIL' : 'PASS'} mode=${mode} cases=${cases} ${parts} failures=${failures.length}`
      + failures.map((f) => '\n' + f).join('');
  }

  // Element and second form pushed the same, and what the twin says.
  function compare(kind) {
    let same = 0;
    for (const k of Object.keys(expected || JSON.parse(document.getElementById('expected').textContent))) {
      const s = snaps[k] || {};
      const w = want(k, 'own');
      if (s.element !== w) {
        failures.push(`case ${k} element pushed ${s.element}, expected ${w}`);
      } else if (s[kind] !== w) {
        failures.push(`case ${k} ${kind} pushed ${s[kind]}, expected ${w}`);
      } else {
        same++;
      }
    }
    return same;
  }

  window.formsVerdict = function (mode) {
    finish(mode, { same: compare(mode) });
  };

  // The AJAX recipe: fetch the JSON form, push it; odd cases through res.json().
  window.formsFetch = async function () {
    try {
      const n = Object.keys(JSON.parse(document.getElementById('expected').textContent)).length;
      for (let k = 0; k < n; k++) {
        const res = await fetch('forms_json.php?case=' + k);
        window.flocktory = window.flocktory || [];
        if (!res.ok) {
          failures.push(`case ${k}: HTTP ${res.status}`);
        } else if (k % 2) {
          window.flocktory.push(await res.json());
        } else {
          window.flocktory.push(JSON.parse(await res.text()));
        }
        window.formsSnap(k, 'json');
      }
      const bad = await fetch('forms_json.php?case=invalid');
      const body = await bad.json();
      const rejected = bad.status === 422 && body.field === 'item.price' ? 1 : 0;
      if (!rejected) {
        failures.push(`invalid item: HTTP ${bad.status} ${JSON.stringify(body)}, expected 422 at item.price`);
      }
      finish('fetch', { same: compare('json'), rejected422: rejected });
    } catch (e) {
      failures.push('fetch: ' + e);
      finish('fetch', { same: 0 });
    }
  };

  // Each frame's queue: pushed under its own hash, absent with one byte
  // changed; the JS form's hash runs the JS in a bare <script>, not the element.
  window.formsFrames = function () {
    const frames = Array.from(document.querySelectorAll('iframe.frame'));
    let pending = frames.length;
    const counts = { ran_own_hash: 0, ran_one_byte_changed: 0, control_ran: 0, js_hash_ran_bare_script: 0,
      js_hash_ran_element: 0 };
    const runs = { own: ['own', 'ran_own_hash'], control: ['changed', 'control_ran'],
      wrapped: ['own', 'js_hash_ran_bare_script'] };
    const blocked = { changed: 'ran_one_byte_changed', js_hash: 'js_hash_ran_element' };
    const done = function (frame) {
      const k = frame.dataset.case;
      const variant = frame.dataset.variant;
      const q = frame.contentWindow.flocktory;
      const got = q === undefined ? null : JSON.stringify(q);
      if (runs[variant]) {
        const w = want(k, runs[variant][0]);
        if (got === w) {
          counts[runs[variant][1]]++;
        } else {
          failures.push(`case ${k} ${variant}: pushed ${got}, expected ${w}`);
        }
      } else if (got !== null) {
        counts[blocked[variant]]++;
        failures.push(`case ${k} ${variant}: ran where its hash does not match: ${got}`);
      }
      if (--pending === 0) {
        finish('hash', counts);
      }
    };
    for (const frame of frames) {
      const d = frame.contentDocument;
      if (d && d.readyState === 'complete' && d.location.href !== 'about:blank') {
        done(frame);
      } else {
        frame.addEventListener('load', () => done(frame), { once: true });
      }
    }
  };
})();

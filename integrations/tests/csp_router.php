<?php
/*
 * php -S router for the Chromium check: serves the rendered pages from
 * $FLOCKTORY_PAGES under a strict nonce CSP, so that only scripts carrying
 * the page's nonce run (no 'unsafe-inline', no host allowed).
 */

declare(strict_types=1);

require __DIR__ . '/fixtures.php';

$page = basename((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = getenv('FLOCKTORY_PAGES') . '/' . $page;
if (!preg_match('/^(twig|blade)\.html$/', $page) || !is_file($file)) {
    http_response_code(404);
    return;
}
header("Content-Security-Policy: script-src 'nonce-" . NONCE . "'; object-src 'none'; base-uri 'none'");
header('Content-Type: text/html; charset=utf-8');
readfile($file);

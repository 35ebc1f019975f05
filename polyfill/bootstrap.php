<?php
/*
 * flocktory, PHP edition: Composer's one autoload file (phpsnippets/flocktory).
 * Defines the ten flocktory_*() functions, Flocktory\ValidationException and
 * the FLOCKTORY_* constants, each only if it does not exist yet: with the C
 * extension loaded it defines nothing, whichever loads first and however
 * often this file is required. Signatures and defaults are the extension's
 * (flocktory.stub.php); tests/01_arguments/reflection_signatures.phpt
 * compares them.
 */
declare(strict_types=1);

namespace {
    if (!defined('FLOCKTORY_ELEMENT')) {
        define('FLOCKTORY_ELEMENT', 0);
    }
    if (!defined('FLOCKTORY_JS')) {
        define('FLOCKTORY_JS', 1);
    }
    if (!defined('FLOCKTORY_JSON')) {
        define('FLOCKTORY_JSON', 2);
    }
    if (!class_exists(Flocktory\ValidationException::class, false)) {
        require_once __DIR__ . '/src/ValidationException.php';
    }
    // The extension's functions all come together; so do these.
    if (!function_exists('flocktory_postcheckout')) {
        require_once __DIR__ . '/src/Snippets.php';
        require_once __DIR__ . '/src/functions.php';
    }
}

<?php

// Published by `php artisan vendor:publish --tag=flocktory-config`.
return [
    // The shop's Flocktory site id, for @flocktoryLoader without an argument.
    'site_id' => env('FLOCKTORY_SITE_ID'),
];

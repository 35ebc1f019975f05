<?php
/*
 * A deliberately broken attribute writer, to show that the web tiers catch
 * one: FLOCKTORY_WEB_BREAK=quot leaves " raw, =amp leaves & raw (by undoing
 * the real writer's entities). Loaded only by lib/tags.php when that
 * variable is set.
 */
declare(strict_types=1);

namespace Flocktory\Web;

function flocktory_break(string $tag): string
{
    return match (getenv('FLOCKTORY_WEB_BREAK')) {
        'quot' => str_replace('&quot;', '"', $tag),
        'amp' => str_replace('&amp;', '&', $tag),
        default => $tag,
    };
}

function flocktory_user(...$a) { return flocktory_break(\flocktory_user(...$a)); }
function flocktory_item_view(...$a) { return flocktory_break(\flocktory_item_view(...$a)); }
function flocktory_category_view(...$a) { return flocktory_break(\flocktory_category_view(...$a)); }
function flocktory_exchange(...$a) { return flocktory_break(\flocktory_exchange(...$a)); }

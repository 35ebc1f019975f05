--TEST--
tags: attributes: runs of 0, 1, 15, 16, 17 and 4096 bytes with a special byte at each end, through both string paths
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// Each special byte and its entity; every byte around it is copied.
$special = ['&' => '&amp;', '"' => '&quot;', "'" => '&#39;', '<' => '&lt;', '>' => '&gt;', "\r" => '&#13;'];
$bad = 0;
$n = 0;
foreach ([0, 1, 15, 16, 17, 4096] as $run) {
    foreach (['a', 'é'] as $fill) {
        // $run bytes: 'é' is two, so an odd run ends with an 'a'.
        $plain = $fill === 'a' ? str_repeat('a', $run) : str_repeat('é', intdiv($run, 2)) . ($run % 2 ? 'a' : '');
        foreach ($special as $c => $e) {
            foreach (["x$c$plain$c" . 'x', "x$plain$c" . 'x', "x$c{$plain}x", "x{$plain}x"] as $v) {
                $want = strtr($v, $special);
                $tag = flocktory_item_view(['id' => 1, 'vendor' => $v]);
                $bad += $tag !== '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1" data-fl-item-vendor="' . $want . '"></div>';
                $n++;
            }
        }
    }
}
echo "$n cases, $bad wrong\n";
?>
--EXPECT--
288 cases, 0 wrong

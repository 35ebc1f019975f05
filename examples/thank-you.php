<?php
/*
 * A plain PHP thank-you page. ./dev demo --serve serves it; docs/frameworks.md
 * shows the same pattern.
 */

// In a shop these come from the order that was just placed.
$customer = ['id' => 1001, 'name' => 'Иван Иванов', 'email' => 'Ivan@Example.COM', 'phone' => '+7 (916) 123-45-67'];
$lines = [
    ['sku' => 'A-1', 'name' => 'Кроссовки "Nike" <Air>', 'price' => '4999,90', 'qty' => 1, 'img' => 'https://img.example.com/a1.jpg'],
    ['sku' => 'B-2', 'name' => 'Носки & шнурки', 'price' => '299.00', 'qty' => 3, 'img' => null],
];
$orderId = 'SO-1001';
$total = '5896,90';

// A CSP nonce, when the page sends a Content-Security-Policy header.
$nonce = base64_encode(random_bytes(16));
header("Content-Security-Policy: script-src 'nonce-$nonce'");

$items = [];
foreach ($lines as $line) {
    $items[] = [
        'id' => $line['sku'],
        'title' => $line['name'],
        'price' => $line['price'],
        'count' => $line['qty'],
        'image' => $line['img'],
    ];
}

try {
    // Everything known about the customer: phone and id are read only when
    // there is no email, so a messy phone next to an email costs nothing.
    $flocktory = flocktory_postcheckout(
        ['name' => $customer['name'], 'email' => $customer['email'], 'phone' => $customer['phone'], 'id' => $customer['id']],
        ['id' => $orderId, 'price' => $total, 'items' => $items],
        nonce: $nonce,
    );
} catch (Flocktory\ValidationException $e) {
    // Bad data must not break the thank-you page: log it and go on.
    error_log('flocktory: ' . $e->getMessage());
    $flocktory = '';
}
?>
<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Спасибо за заказ</title></head>
<body>
<h1>Спасибо! Заказ <?= htmlspecialchars($orderId) ?> оформлен.</h1>
<?= $flocktory ?>

</body>
</html>

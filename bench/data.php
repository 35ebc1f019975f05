<?php
/*
 * Deterministic benchmark orders: realistic Cyrillic titles with quotes,
 * < and &, and a mix of int, float and decimal-string prices.
 */

const BENCH_WORDS = ['Кроссовки', 'Nike', 'Air', 'Max', 'футболка', 'хлопок', '"Лето"', 'Размер', 'XL',
    '<новинка>', 'Носки', '&', 'шнурки', 'Рюкзак', "O'Neill", 'городской', '25л', 'Куртка', 'зимняя', 'мужская'];
const BENCH_ASCII_WORDS = ['Sneakers', 'Nike', 'Air', 'Max', 'T-shirt', 'cotton', 'Summer', 'Size', 'XL',
    'new', 'Socks', 'and', 'laces', 'Backpack', 'ONeill', 'city', '25l', 'Jacket', 'winter', 'mens'];

function bench_user(): array
{
    return ['name' => 'Иван Иванов', 'email' => 'ivan.ivanov@example.com', 'sex' => 'm'];
}

function bench_order(int $items, bool $ascii = false): array
{
    mt_srand(20261128 + $items);
    $words = $ascii ? BENCH_ASCII_WORDS : BENCH_WORDS;
    $lines = [];
    for ($i = 0; $i < $items; $i++) {
        $title = [];
        for ($w = 0, $n = mt_rand(3, 6); $w < $n; $w++) {
            $title[] = $words[mt_rand(0, count($words) - 1)];
        }
        $cents = mt_rand(100, 9999900);
        $price = match ($i % 3) {
            0 => intdiv($cents, 100),                                   // int
            1 => $cents / 100,                                          // float
            2 => intdiv($cents, 100) . ',' . sprintf('%02d', $cents % 100), // decimal string
        };
        $lines[] = [
            'id' => 'SKU-' . (100000 + $i),
            'title' => implode(' ', $title),
            'price' => $price,
            'image' => 'https://cdn.example.com/img/' . (100000 + $i) . '.jpg',
            'count' => mt_rand(1, 5),
        ];
    }
    return ['id' => 'SO-' . (7000 + $items), 'price' => '123456,78', 'custom_field' => 'promo-2026', 'items' => $lines];
}

/** What json_encode() is given: the payload already validated and normalised. */
function bench_normalized(array $user, array $order): array
{
    $num = static fn ($p) => is_string($p) ? (float)str_replace(',', '.', $p) : $p;
    $items = [];
    foreach ($order['items'] as $item) {
        $item['price'] = $num($item['price']);
        $items[] = $item;
    }
    return ['user' => $user, 'order' => ['id' => $order['id'], 'price' => $num($order['price']),
        'custom_field' => $order['custom_field'], 'items' => $items]];
}

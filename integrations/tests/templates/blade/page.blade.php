<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>{{ $title }} (Blade)</title>
@flocktoryLoader(1234)
</head><body>
<h1>{{ $title }}</h1>
@flocktoryPostcheckout($user, $order)
@flocktoryPostcheckout($user, $bad_order)
@flocktoryUser($user)@flocktoryItemView($item)@flocktoryCategoryView(7)@flocktoryExchange($user, 'thank_you')
@flocktoryAddToCart($cart_item)
@flocktoryUpdateCart([$cart_item])
@flocktoryAttachToProfile($profile)
{!! $checker !!}

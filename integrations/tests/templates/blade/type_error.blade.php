<h1>before</h1>
@flocktoryPostcheckout('not an array', $order)
<p>after</p>

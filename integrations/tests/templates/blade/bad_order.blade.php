<h1>before</h1>
@flocktoryPostcheckout($user, $bad_order)
@flocktoryUser($user)
<p>after</p>

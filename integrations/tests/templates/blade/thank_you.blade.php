<title>{{ $title }}</title>
@flocktoryLoader
<h1>{{ $title }}</h1>
@flocktoryPostcheckout($user, $order)
@flocktoryUser($user)
<p>end</p>

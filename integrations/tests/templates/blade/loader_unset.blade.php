<head>@flocktoryLoader</head>

<?php
/*
 * The AJAX endpoint of the forms pages, as docs/frameworks.md recommends:
 * the push's argument (FLOCKTORY_JSON) with 200, or 422 and the field and
 * message of the ValidationException.
 *
 *   forms_json.php?case=K   (K from lib/forms.php; "invalid": a price the contract rejects)
 */
declare(strict_types=1);

require dirname(__DIR__) . '/lib/forms.php';

header('Content-Type: application/json; charset=utf-8');
header('Cache-Control: no-store');
try {
    if (($_GET['case'] ?? '') === 'invalid') {
        echo flocktory_add_to_cart(['id' => '1', 'price' => '1 200,50', 'count' => 1], as: FLOCKTORY_JSON);
    } else {
        echo Flocktory\Web\Forms\snippet((int) ($_GET['case'] ?? 0), FLOCKTORY_JSON);
    }
} catch (Flocktory\ValidationException $e) {
    http_response_code(422);
    echo json_encode(['field' => $e->getField(), 'message' => $e->getMessage()]);
}

// Cheapest round trip: used by readiness checks and the driver round-trip test.
RETURN 1 AS ok

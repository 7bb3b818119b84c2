# Consent by channel with its history, and the exports that respect it (#9).
relais_add_test(consent_tests SOURCES test_consent.cpp LIBS relais_views)

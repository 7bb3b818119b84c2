# The audit trail (#9): every change of personal data recorded by triggers, whatever made it.
relais_add_test(audit_tests SOURCES test_audit.cpp LIBS relais_models)

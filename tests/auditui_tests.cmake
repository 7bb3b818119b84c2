# The audit trail's screens (#9): the audit log, a record's change history, the retention.
relais_add_test(auditui_tests SOURCES test_auditui.cpp LIBS relais_views)

# The retention review (#9): who has had no activity, and what the officer decides.
relais_add_test(retention_tests SOURCES test_retention.cpp LIBS relais_views)

relais_add_test(dashboard_tests SOURCES test_dashboard.cpp LIBS relais_views)

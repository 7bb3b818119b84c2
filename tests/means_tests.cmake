relais_add_test(means_tests SOURCES test_meanspage.cpp LIBS relais_views)

# The right of access (#9): everything held about one person, as PDF and JSON.
relais_add_test(personaldata_tests SOURCES test_personaldata.cpp printtesting.h LIBS relais_views)

relais_add_test(print_tests
    SOURCES test_attendancesheet.cpp test_sessionsheet.cpp test_certificates.cpp printtesting.h
    LIBS relais_views)

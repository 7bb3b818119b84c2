# The right to erasure (#9): identity erased, figures unchanged, no trace in the file's bytes.
relais_add_test(anonymise_tests SOURCES test_anonymise.cpp LIBS relais_models)

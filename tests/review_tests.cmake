relais_add_test(review_tests SOURCES test_annualreview.cpp LIBS relais_views)
# The French run loads the translation the app ships.
target_compile_definitions(review_tests PRIVATE RELAIS_QM_DIR="${PROJECT_BINARY_DIR}/app")

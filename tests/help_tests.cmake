# Help > User guide (#11): the guide in the interface's language, its images and links.
relais_add_test(help_tests SOURCES test_userguide.cpp LIBS relais_views)
target_compile_definitions(help_tests PRIVATE
    RELAIS_TS_FR="${PROJECT_SOURCE_DIR}/translations/relais_fr.ts")

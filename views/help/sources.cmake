# Sources of views/help (Help > User guide, #11), appended to RELAIS_VIEWS_SOURCES (paths
# relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    help/userguidewindow.cpp help/userguidewindow.h
)
# The guide and the screenshots it shows, embedded so that it opens wherever the binary
# is. Kept out of RELAIS_VIEWS_SOURCES: lupdate would read the Markdown as C++.
list(APPEND RELAIS_VIEWS_RESOURCES "${PROJECT_SOURCE_DIR}/docs/guide.qrc")

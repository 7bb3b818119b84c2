# Sources of views/serd, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    serd/actiondialog.cpp serd/actiondialog.h
    serd/editiondialog.cpp serd/editiondialog.h
    serd/occurrencedialog.cpp serd/occurrencedialog.h
    serd/serdpage.cpp serd/serdpage.h
)

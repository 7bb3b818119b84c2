# Sources of views/backup, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    backup/backupactions.cpp backup/backupactions.h
    backup/restorebackupdialog.cpp backup/restorebackupdialog.h
)

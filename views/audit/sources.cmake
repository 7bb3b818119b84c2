# Sources of views/audit (the audit trail, #9), appended to RELAIS_VIEWS_SOURCES (paths
# relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    audit/auditlogdialog.cpp audit/auditlogdialog.h
    audit/audittableview.cpp audit/audittableview.h
    audit/recordhistorydialog.cpp audit/recordhistorydialog.h
)

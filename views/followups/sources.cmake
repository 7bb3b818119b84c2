# Sources of views/followups, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    followups/followupspage.cpp followups/followupspage.h
    followups/followuptreeview.cpp followups/followuptreeview.h
    followups/reassigndialog.cpp followups/reassigndialog.h
    followups/rescheduledialog.cpp followups/rescheduledialog.h
)

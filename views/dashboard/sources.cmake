# Sources of views/dashboard, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    dashboard/chartpanel.cpp dashboard/chartpanel.h
    dashboard/dashboardpage.cpp dashboard/dashboardpage.h
    dashboard/figuretile.cpp dashboard/figuretile.h
    dashboard/flowgrid.cpp dashboard/flowgrid.h
    dashboard/headlinefigures.cpp dashboard/headlinefigures.h
)

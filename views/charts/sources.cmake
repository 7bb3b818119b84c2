# Sources of views/charts, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    charts/chartstyle.cpp charts/chartstyle.h
    charts/indicatorcharts.cpp charts/indicatorcharts.h
    charts/reviewcontent.cpp charts/reviewcontent.h
)

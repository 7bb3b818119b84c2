# Sources of the demo generator, appended to RELAIS_MODELS_SOURCES (paths relative to models/).
list(APPEND RELAIS_MODELS_SOURCES
    db/bulkloader.cpp db/bulkloader.h
    demo/demodata.cpp demo/demodata.h
    demo/demogenerator.cpp demo/demogenerator.h
)

# desktop_files_valid: the files the package installs for the desktop pass their
# validators, and the screenshots the AppStream metadata names exist in the tree.
#   cmake -DDESKTOP_FILE=… -DMETAINFO_FILE=… -DMIME_FILE=… -DSCREENSHOTS_DIR=…
#         -DSCREENSHOTS_URL=… -DWORK_DIR=… -P check_desktop_files.cmake

function(require_program var name package)
    find_program(${var} ${name})
    if(NOT ${var})
        message(FATAL_ERROR "${name} not found: install ${package} (scripts/dev.sh does).")
    endif()
endfunction()

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (exit ${result}):\n${out}${err}")
    endif()
    # desktop-file-validate exits 0 on warnings; a warning is a defect all the same.
    if(out MATCHES "warning:|error:" OR err MATCHES "warning:|error:")
        message(FATAL_ERROR "${what} complained:\n${out}${err}")
    endif()
    message(STATUS "${what}: ok")
endfunction()

require_program(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
require_program(APPSTREAMCLI appstreamcli appstream)
require_program(UPDATE_MIME_DATABASE update-mime-database shared-mime-info)

run("desktop-file-validate ${DESKTOP_FILE}" "${DESKTOP_FILE_VALIDATE}" "${DESKTOP_FILE}")
# --no-net: the screenshots' URLs are checked against the tree below instead.
run("appstreamcli validate ${METAINFO_FILE}" "${APPSTREAMCLI}" validate --no-net "${METAINFO_FILE}")

# The MIME package, compiled alone into a scratch database: update-mime-database
# reports a malformed file on its standard error.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/mime/packages")
file(COPY "${MIME_FILE}" DESTINATION "${WORK_DIR}/mime/packages")
run("update-mime-database with ${MIME_FILE}" "${UPDATE_MIME_DATABASE}" -V "${WORK_DIR}/mime")
if(NOT EXISTS "${WORK_DIR}/mime/application/x-relais.xml")
    message(FATAL_ERROR "${MIME_FILE} does not declare application/x-relais")
endif()

file(READ "${METAINFO_FILE}" metainfo)
string(REGEX MATCHALL "<image[^>]*>[^<]*</image>" images "${metainfo}")
if(NOT images)
    message(FATAL_ERROR "${METAINFO_FILE} has no screenshot")
endif()
foreach(image IN LISTS images)
    string(REGEX REPLACE "<image[^>]*>([^<]*)</image>" "\\1" url "${image}")
    string(FIND "${url}" "${SCREENSHOTS_URL}/" at)
    if(NOT at EQUAL 0)
        message(FATAL_ERROR "screenshot ${url} is not under ${SCREENSHOTS_URL}/")
    endif()
    string(REPLACE "${SCREENSHOTS_URL}/" "" name "${url}")
    if(NOT EXISTS "${SCREENSHOTS_DIR}/${name}")
        message(FATAL_ERROR "screenshot ${name} (${url}) is not in ${SCREENSHOTS_DIR}")
    endif()
endforeach()
message(STATUS "screenshots: ok")

# A test of the relais executable's command line, run as a user would, without a
# display (QT_QPA_PLATFORM=xcb with no DISPLAY: anything that opened a window would fail).
#   cmake -DRELAIS=… -DSQLITE3=… -DVERSION=… -DWORK_DIR=… -P check_command_line.cmake
set(ENV{QT_QPA_PLATFORM} xcb)
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(run expected_result)
    execute_process(COMMAND "${RELAIS}" ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result STREQUAL expected_result)
        message(FATAL_ERROR "relais ${ARGN}: exit ${result}, expected ${expected_result}\n${out}${err}")
    endif()
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

run(0 --version)
if(NOT out MATCHES "Relais ${VERSION}")
    message(FATAL_ERROR "--version printed: ${out}")
endif()

run(0 --help)
if(NOT out MATCHES "demo --output FILE")
    message(FATAL_ERROR "--help does not describe the demo command: ${out}")
endif()

set(demo "${WORK_DIR}/demo.relais")
run(0 demo --output "${demo}" --contacts 40)
execute_process(COMMAND "${SQLITE3}" "${demo}" "SELECT count(*) FROM contact" OUTPUT_VARIABLE count
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT count STREQUAL "40")
    message(FATAL_ERROR "the demo file holds ${count} contacts, not 40")
endif()

# An existing file is never overwritten.
file(SHA256 "${demo}" before)
run(1 demo --output "${demo}")
file(SHA256 "${demo}" after)
if(NOT before STREQUAL after)
    message(FATAL_ERROR "demo changed an existing file")
endif()
if(NOT err MATCHES "already exists")
    message(FATAL_ERROR "no clear message for an existing file: ${err}")
endif()

run(2 demo)
run(2 demo --output "${WORK_DIR}/x.relais" --contacts many)
run(2 --contacts 10)
if(EXISTS "${WORK_DIR}/x.relais")
    message(FATAL_ERROR "a refused command wrote a file")
endif()

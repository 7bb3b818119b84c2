# desktop_files_valid: the files the package installs for the desktop pass their
# validators, and the screenshots the AppStream metadata names exist in the tree.
# Also: the Windows and macOS icons, committed, are icon files with the sizes those
# systems ask for (their builds cannot be run here).
#   cmake -DDESKTOP_FILE=… -DMETAINFO_FILE=… -DMIME_FILE=… -DSCREENSHOTS_DIR=…
#         -DSCREENSHOTS_URL=… -DICONS_DIR=… -DWORK_DIR=… -P check_desktop_files.cmake

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

# Windows: an ICO directory (reserved 0, type 1) holding 16, 32, 48 and 256 px at least
# (a width of 0 in an entry means 256).
file(READ "${ICONS_DIR}/relais.ico" ico HEX LIMIT 4096)
string(SUBSTRING "${ico}" 0 8 ico_header)
if(NOT ico_header STREQUAL "00000100")
    message(FATAL_ERROR "${ICONS_DIR}/relais.ico is not an icon file (header ${ico_header})")
endif()
string(SUBSTRING "${ico}" 8 2 count_low)
math(EXPR ico_count "0x${count_low}")
set(ico_widths)
foreach(index RANGE 1 ${ico_count})
    math(EXPR at "12 + (${index} - 1) * 32")
    string(SUBSTRING "${ico}" ${at} 2 width)
    math(EXPR width "0x${width}")
    if(width EQUAL 0)
        set(width 256)
    endif()
    list(APPEND ico_widths ${width})
endforeach()
foreach(size 16 32 48 256)
    list(FIND ico_widths ${size} found)
    if(found EQUAL -1)
        message(FATAL_ERROR "${ICONS_DIR}/relais.ico has no ${size} px image (has ${ico_widths})")
    endif()
endforeach()
message(STATUS "relais.ico (${ico_widths} px): ok")

# macOS: an icns file whose length field is its size, with the 128 px (it32 or ic07),
# 256 px (ic08) and 512 px (ic09) images Finder and the Dock use.
file(READ "${ICONS_DIR}/relais.icns" icns HEX)
string(SUBSTRING "${icns}" 0 8 icns_magic)
string(SUBSTRING "${icns}" 8 8 icns_length)
file(SIZE "${ICONS_DIR}/relais.icns" icns_size)
math(EXPR icns_length "0x${icns_length}")
if(NOT icns_magic STREQUAL "69636e73" OR NOT icns_length EQUAL icns_size)
    message(FATAL_ERROR "${ICONS_DIR}/relais.icns is not a whole icns file")
endif()
foreach(types "it32;ic07" ic08 ic09)
    set(found -1)
    foreach(type IN LISTS types)
        string(HEX "${type}" type_hex)
        string(FIND "${icns}" "${type_hex}" at)
        if(NOT at EQUAL -1)
            set(found ${at})
        endif()
    endforeach()
    if(found EQUAL -1)
        message(FATAL_ERROR "${ICONS_DIR}/relais.icns has no ${types} image")
    endif()
endforeach()
message(STATUS "relais.icns: ok")

# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, QML, CMake and script file names its licence in an SPDX line near its top.
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/core/* ${SOURCE_DIR}/app/* ${SOURCE_DIR}/qml/* ${SOURCE_DIR}/platform/* ${SOURCE_DIR}/tests/*
     ${SOURCE_DIR}/scripts/* ${SOURCE_DIR}/cmake/* ${SOURCE_DIR}/CMakeLists.txt)
set(missing "")
foreach(file IN LISTS files)
    if(file MATCHES "\\.(cpp|h|qml|cmake|py|sh)$" OR file MATCHES "CMakeLists\\.txt$")
        file(STRINGS ${SOURCE_DIR}/${file} head LIMIT_COUNT 3)
        if(NOT head MATCHES "SPDX-License-Identifier:")
            list(APPEND missing ${file})
        endif()
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "No SPDX-License-Identifier line in:\n  ${text}")
endif()

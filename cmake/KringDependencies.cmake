# SPDX-License-Identifier: GPL-3.0-or-later
# Third-party libraries, each behind one imported target.

# SQLCipher, linked statically, never the system SQLite (see docs/architecture.md).
find_path(SQLCIPHER_INCLUDE_DIR sqlite3.h PATH_SUFFIXES sqlcipher REQUIRED NO_DEFAULT_PATH
          PATHS /usr/include/sqlcipher /usr/local/include/sqlcipher)
find_library(SQLCIPHER_STATIC_LIBRARY NAMES libsqlcipher.a REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)
add_library(Kring::SQLCipher INTERFACE IMPORTED)
target_include_directories(Kring::SQLCipher INTERFACE ${SQLCIPHER_INCLUDE_DIR})
target_compile_definitions(Kring::SQLCipher INTERFACE SQLITE_HAS_CODEC)
# --exclude-libs keeps every sqlite3_* symbol of the archive local to the binary that links it.
target_link_libraries(Kring::SQLCipher INTERFACE ${SQLCIPHER_STATIC_LIBRARY} OpenSSL::Crypto ${CMAKE_DL_LIBS}
                                                 Threads::Threads "-Wl,--exclude-libs,libsqlcipher.a")


pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
add_library(Kring::Sodium ALIAS PkgConfig::SODIUM)

# libical: RFC 5545 recurrence expansion and iCalendar output (core/schedule, core/interop).
pkg_check_modules(ICAL REQUIRED IMPORTED_TARGET libical)
add_library(Kring::Ical ALIAS PkgConfig::ICAL)

# libqrencode: QR codes of request codes and share links (the app's contact person page).
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
add_library(Kring::QrEncode ALIAS PkgConfig::QRENCODE)

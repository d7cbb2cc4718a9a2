# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiling for arm64 Linux phones on a Debian amd64 machine with multiarch (scripts/build-arm64.sh):
# the compilers of crossbuild-essential-arm64, the arm64 libraries in /usr/lib/aarch64-linux-gnu, Qt's host
# tools from the amd64 Qt (QT_HOST_PATH), and arm64 programs run through qemu-user-static.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

# Libraries and headers: the system (multiarch keeps the arm64 ones apart) and the development packages
# scripts/build-arm64.sh unpacked into KRING_ARM64_DEPS. Programs: the build machine's.
set(KRING_ARM64_DEPS "" CACHE PATH "Folder with unpacked arm64 development packages (usr/include, usr/lib/...)")
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KRING_ARM64_DEPS)
set(CMAKE_FIND_ROOT_PATH ${KRING_ARM64_DEPS} /)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config: the arm64 .pc files only (the unpacked ones first).
set(ENV{PKG_CONFIG_LIBDIR} "${KRING_ARM64_DEPS}/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(PKG_CONFIG_EXECUTABLE /usr/bin/pkg-config CACHE FILEPATH "pkg-config")

# Debian's arm64 Qt packages describe the host tools of an arm64 machine; the amd64 ones (Multi-Arch: foreign,
# shared by both) are found through the amd64 Qt's CMake files.
set(QT_HOST_PATH /usr CACHE PATH "Qt for the build machine")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "CMake files of the build machine's Qt")

# arm64 programs (tests, tools built in the tree, and kring-publisher when the build signs the demo feed, see
# assets/CMakeLists.txt) run under qemu. No -L prefix: Debian multiarch puts the arm64 loader at
# /lib/ld-linux-aarch64.so.1 and the libraries in /usr/lib/aarch64-linux-gnu, where qemu finds them as they are
# (tests/phone runs the arm64 kring the same way); -L /usr/aarch64-linux-gnu would mix in the cross toolchain's
# C library. Without qemu, pass -DKRING_HOST_PUBLISHER=build/app/publisher/kring-publisher.
find_program(KRING_QEMU_AARCH64 qemu-aarch64-static qemu-aarch64)
if(KRING_QEMU_AARCH64)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${KRING_QEMU_AARCH64})
endif()

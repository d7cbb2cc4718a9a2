// SPDX-License-Identifier: GPL-3.0-or-later
// kring-write-directory MEETINGS FILE: writes the synthetic directory of kring-bench as kring-directory/1
// JSON.
#include "directory/directoryjson.h"
#include "syntheticdirectory.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: kring-write-directory MEETINGS FILE\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(kring::DirectoryJson::serialize(generateDirectory(std::atoi(argv[1])))) < 0) {
        std::fprintf(stderr, "kring-write-directory: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
